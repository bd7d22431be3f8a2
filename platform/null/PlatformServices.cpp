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

bool hardenProcess()
{
    return false; // nothing known to do on this platform
}

} // namespace passbook::platform
