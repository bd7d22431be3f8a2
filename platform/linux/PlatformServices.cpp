#include "PlatformServices.h"

#include "DBusNotifier.h"

namespace passbook::platform {

std::unique_ptr<Notifier> makeNotifier(const QString &appName)
{
    return std::make_unique<DBusNotifier>(QDBusConnection::sessionBus(), appName);
}

} // namespace passbook::platform
