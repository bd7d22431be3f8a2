#pragma once

#include <QDateTime>

#include <functional>

namespace passbook::vault {

// Milliseconds since the epoch. Injected wherever behaviour depends on time (backoff, expiry).
using Clock = std::function<qint64()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentMSecsSinceEpoch(); };
}

} // namespace passbook::vault
