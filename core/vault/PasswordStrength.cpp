#include "PasswordStrength.h"

#include <QCoreApplication>

#include <QSet>

#include <cmath>

namespace passbook::vault {

namespace {
bool isVeryCommon(const QString &lower)
{
    static const QSet<QString> common = {
        QStringLiteral("password"),  QStringLiteral("password1"),  QStringLiteral("12345678"),
        QStringLiteral("123456789"), QStringLiteral("1234567890"), QStringLiteral("qwertyuiop"),
        QStringLiteral("qwerty123"), QStringLiteral("iloveyou"),   QStringLiteral("11111111"),
        QStringLiteral("00000000"),  QStringLiteral("abcd1234"),   QStringLiteral("password123"),
        QStringLiteral("passw0rd"),  QStringLiteral("sunshine"),   QStringLiteral("princess"),
        QStringLiteral("football"),  QStringLiteral("baseball"),   QStringLiteral("welcome1"),
        QStringLiteral("letmein1"),  QStringLiteral("admin123"),   QStringLiteral("1q2w3e4r"),
        QStringLiteral("asdfghjkl"), QStringLiteral("zxcvbnm1"),   QStringLiteral("a1234567"),
    };
    return common.contains(lower);
}
} // namespace

PasswordStrength PasswordStrength::estimate(QStringView password)
{
    PasswordStrength s;
    const qsizetype n = password.size();
    if (n == 0) {
        s.hint = QCoreApplication::translate("passbook", "Choose a password of at least %1 characters.")
                     .arg(kMinimumLength);
        return s;
    }
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    QSet<QChar> distinct;
    int repeats = 0;
    int sequences = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = password[i];
        distinct.insert(c);
        if (c.unicode() < 128) {
            if (c.isLower()) {
                lower = true;
            } else if (c.isUpper()) {
                upper = true;
            } else if (c.isDigit()) {
                digit = true;
            } else {
                symbol = true;
            }
        } else {
            other = true; // CJK, Hangul and other scripts: a large alphabet
        }
        if (i > 0 && password[i] == password[i - 1]) {
            ++repeats;
        }
        if (i > 0 && password[i].unicode() == password[i - 1].unicode() + 1) {
            ++sequences;
        }
    }
    const double pool =
        (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 2000 : 0);
    const double effective = std::max<double>(1.0, double(n - repeats - sequences / 2.0));
    s.bits = effective * std::log2(std::max(2.0, pool));
    // little variety in characters caps the estimate
    s.bits = std::min(s.bits, double(distinct.size()) * std::log2(std::max(2.0, pool)) * 1.5);
    if (isVeryCommon(password.toString().toLower())) {
        s.bits = std::min(s.bits, 10.0);
    }
    s.score = s.bits < 28 ? 0 : s.bits < 40 ? 1 : s.bits < 55 ? 2 : s.bits < 70 ? 3 : 4;
    if (n < kMinimumLength) {
        s.score = std::min(s.score, 1);
        s.hint = QCoreApplication::translate("passbook", "Use at least %1 characters.").arg(kMinimumLength);
    } else if (s.score < 3) {
        s.hint = QCoreApplication::translate("passbook",
                                             "Add more words or characters: a short sentence is easy to "
                                             "remember and hard to guess.");
    }
    return s;
}

} // namespace passbook::vault
