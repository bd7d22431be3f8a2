#include "AppLifecycle.h"

namespace passbook::platform {

AppLifecycle::~AppLifecycle() = default;

} // namespace passbook::platform
