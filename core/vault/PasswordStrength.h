#pragma once

#include <QString>

namespace passbook::vault {

// A simple, explainable strength estimate for the password meter and the minimum the vault
// accepts: length, character variety, and penalties for repeats, sequences and very common
// passwords. Score 0 (very weak) .. 4 (strong).
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
