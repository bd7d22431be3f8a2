#include "PlatformServices.h"

#include "NullNotifier.h"

namespace passbook::platform {

std::unique_ptr<Notifier> makeNotifier(const QString &)
{
    return std::make_unique<NullNotifier>();
}

} // namespace passbook::platform
