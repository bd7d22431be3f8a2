#pragma once

#include "platform/Notifier.h"

namespace passbook::platform {

// Where the system has no notification service: the in-app banner and badge are all there is.
class NullNotifier final : public Notifier
{
public:
    [[nodiscard]] bool isAvailable() const override { return false; }
    void show(const QString &, const Message &) override {}
    void withdraw(const QString &) override {}
};

} // namespace passbook::platform
