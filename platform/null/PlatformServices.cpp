#include "PlatformServices.h"

#include "NullNotifier.h"

namespace passbook::platform {

std::unique_ptr<Notifier> makeNotifier(const QString &)
{
    return std::make_unique<NullNotifier>();
}

std::unique_ptr<AppLifecycle> makeAppLifecycle()
{
    return std::make_unique<NullAppLifecycle>();
}

std::unique_ptr<BiometricAuthenticator> makeBiometricAuthenticator()
{
    return std::make_unique<NullBiometricAuthenticator>();
}

std::unique_ptr<SecureKeyStore> makeSecureKeyStore()
{
    return std::make_unique<NullSecureKeyStore>();
}

bool hardenProcess()
{
    return false; // nothing known to do on this platform
}

} // namespace passbook::platform
