#include "VaultManagerPrivate.h"

#include "PasswordStrength.h"

#include <QCoreApplication>

namespace passbook::vault::detail {

using crypto::SecureBuffer;

Error wrongPassword(int failures)
{
    const int left = UnlockThrottle::kFreeAttempts - failures;
    QString message = QCoreApplication::translate(
        "passbook", "That password is not right. Check the keyboard language and Caps Lock, then try again.");
    if (left > 0 && left <= 2) {
        message +=
            QLatin1Char(' ') +
            QCoreApplication::translate(
                "passbook", "After %n more wrong attempt(s) you will have to wait before trying again.",
                nullptr, left);
    } else if (left <= 0) {
        message += QLatin1Char(' ') + QCoreApplication::translate(
                                          "passbook", "You will have to wait before each further attempt.");
    }
    return makeError(ErrorCode::WrongSecret, message, QStringLiteral("password slot did not open"));
}

Result<void> checkNewPassword(const SecureBuffer &password)
{
    const QString text = QString::fromUtf8(password.view());
    const PasswordStrength strength = PasswordStrength::estimate(text);
    if (!strength.acceptable() || text.size() < PasswordStrength::kMinimumLength) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("passbook", "This password is too easy to guess. %1")
                             .arg(strength.hint),
                         QStringLiteral("password rejected by strength policy"));
    }
    return {};
}

} // namespace passbook::vault::detail
