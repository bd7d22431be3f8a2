#include "VaultManagerPrivate.h"

#include "PasswordStrength.h"
#include "crypto/Aead.h"

#include <QCoreApplication>

namespace passbook::vault::detail {

using crypto::SecureBuffer;

KeySlot passwordSlot(const VaultHeader &header, const crypto::KdfParams &kdf, const SecureBuffer &kek,
                     const SecureBuffer &vaultKey)
{
    KeySlot slot;
    slot.name = kPasswordSlot;
    slot.kdf = kdf;
    slot.wrappedKey = crypto::Aead::seal(kek, vaultKey, header.slotAssociatedData(slot));
    return slot;
}

Error databaseDoesNotOpen(const Error &cause)
{
    return makeError(
        ErrorCode::DamagedDatabase,
        QCoreApplication::translate(
            "passbook",
            "Your password is right, but the record database on this device does not open with "
            "it: the database is damaged, or the vault file (vault.json) was put back from before "
            "a password change. Nothing was changed. If you have the newer vault file, put it "
            "back; otherwise rebuild the database and your records will be downloaded again "
            "from your hospitals."),
        cause.detail);
}

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
