#pragma once

#include "platform/AppLifecycle.h"
#include "platform/BiometricAuthenticator.h"
#include "platform/SecureKeyStore.h"
#include "platform/Notifier.h"

#include <memory>

namespace passbook::platform {

// The platform services of this OS (chosen by CMake: platform/<os>/PlatformServices.cpp, or
// platform/null/ where there is none).
[[nodiscard]] std::unique_ptr<Notifier> makeNotifier(const QString &appName);
[[nodiscard]] std::unique_ptr<AppLifecycle> makeAppLifecycle();
[[nodiscard]] std::unique_ptr<BiometricAuthenticator> makeBiometricAuthenticator();
[[nodiscard]] std::unique_ptr<SecureKeyStore> makeSecureKeyStore();
// No core dumps and no debugger attaching to this process (release builds call it first thing in
// main, DESIGN.md §9). Returns false if the OS refused.
bool hardenProcess();

} // namespace passbook::platform
