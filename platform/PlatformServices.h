#pragma once

#include "platform/Notifier.h"

#include <memory>

namespace passbook::platform {

// The platform services of this OS (chosen by CMake: platform/<os>/PlatformServices.cpp, or
// platform/null/ where there is none).
[[nodiscard]] std::unique_ptr<Notifier> makeNotifier(const QString &appName);

} // namespace passbook::platform
