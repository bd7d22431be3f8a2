#pragma once

#include <QString>

namespace passbook::vault {

// The strength estimate behind the password meter and the minimum the vault accepts: zxcvbn
// (Debian's libzxcvbn, the C port of Dropbox's estimator) gives the bits of guessing work
// against dictionaries, names, keyboard patterns, dates, repeats, sequences and l33t substitutions
// — "Summer2024!" is about 19 bits, "correct horse battery staple" about 70. Score 0 (very weak)
// .. 4 (strong) from those bits; the vault needs 8 characters and score 2 (40 bits), since the
// vault file can be attacked offline (Argon2id slows each guess, it does not stop a weak one).
struct PasswordStrength
{
    static constexpr int kMinimumLength = 8;
    static constexpr int kMinimumScore = 2;

    int score = 0;
    double bits = 0;
    QString hint; // what would make it stronger, for people

    [[nodiscard]] bool acceptable() const { return score >= kMinimumScore; }
    [[nodiscard]] static PasswordStrength estimate(QStringView password);
};

} // namespace passbook::vault
