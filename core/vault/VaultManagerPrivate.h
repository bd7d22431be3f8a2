#pragma once

// What VaultManager's three source files share (VaultManager.cpp, VaultKeySlots.cpp, VaultFiles.cpp).
#include "UnlockThrottle.h"
#include "VaultHeader.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QString>

namespace passbook::vault::detail {

inline const QString kPasswordSlot = QStringLiteral("password");
inline const QString kCounterKey = QStringLiteral("write_counter");
inline const QString kVaultIdKey = QStringLiteral("vault_id");

[[nodiscard]] Error wrongPassword(int failures);
// The password slot of `header`: `vaultKey` wrapped under the password's key, bound to its KDF
// parameters (creating a vault, and a password change with new keys).
[[nodiscard]] KeySlot passwordSlot(const VaultHeader &header, const crypto::KdfParams &kdf,
                                   const crypto::SecureBuffer &kek, const crypto::SecureBuffer &vaultKey);
// The header opened with the password, but its key does not open the record database: damage, or
// a vault.json put back from before a password change (which gave the database new keys).
[[nodiscard]] Error databaseDoesNotOpen(const Error &cause);
// The strength policy for a new password.
[[nodiscard]] Result<void> checkNewPassword(const crypto::SecureBuffer &password);

} // namespace passbook::vault::detail
