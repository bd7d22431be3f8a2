#pragma once

// What VaultManager's three source files share (VaultManager.cpp, VaultKeySlots.cpp, VaultFiles.cpp).
#include "UnlockThrottle.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QString>

namespace passbook::vault::detail {

inline const QString kPasswordSlot = QStringLiteral("password");
inline const QString kCounterKey = QStringLiteral("write_counter");
inline const QString kVaultIdKey = QStringLiteral("vault_id");

[[nodiscard]] Error wrongPassword(int failures);
// The strength policy for a new password.
[[nodiscard]] Result<void> checkNewPassword(const crypto::SecureBuffer &password);

} // namespace passbook::vault::detail
