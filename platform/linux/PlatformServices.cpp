#include "PlatformServices.h"

#include "DBusNotifier.h"
#include "DBusSessionLifecycle.h"
#include "FprintdAuthenticator.h"
#include "KernelKeyringKeyStore.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace passbook::platform {

std::unique_ptr<Notifier> makeNotifier(const QString &appName)
{
    return std::make_unique<DBusNotifier>(QDBusConnection::sessionBus(), appName);
}

std::unique_ptr<AppLifecycle> makeAppLifecycle()
{
    return std::make_unique<DBusSessionLifecycle>(QDBusConnection::sessionBus(), QDBusConnection::systemBus(),
                                                  qEnvironmentVariable("XDG_SESSION_ID"));
}

std::unique_ptr<BiometricAuthenticator> makeBiometricAuthenticator()
{
    return std::make_unique<FprintdAuthenticator>(QDBusConnection::systemBus());
}

std::unique_ptr<SecureKeyStore> makeSecureKeyStore()
{
    // Never a store that keeps the key on disk (the Secret Service would: any process of the user
    // reads it there, without a finger): the login's kernel keyring, or this process's memory where
    // the kernel does not allow keyrings.
    if (KernelKeyringKeyStore::kernelAllows()) {
        return std::make_unique<KernelKeyringKeyStore>();
    }
    return std::make_unique<MemoryKeyStore>();
}

bool hardenProcess()
{
    const rlimit none{0, 0};
    const bool noCore = setrlimit(RLIMIT_CORE, &none) == 0;
    // Not dumpable: no core file, and other processes of the same user cannot ptrace-attach or
    // read /proc/<pid>/mem.
    const bool noAttach = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return noCore && noAttach;
}

} // namespace passbook::platform
