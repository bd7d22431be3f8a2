#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFile>

#include <functional>
#include <time.h>

namespace passbook::vault {

// Milliseconds since the epoch. Injected wherever behaviour depends on time (backoff, expiry).
using Clock = std::function<qint64()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentMSecsSinceEpoch(); };
}

// Time the person cannot set: milliseconds since this boot (CLOCK_BOOTTIME counts suspend too),
// with the boot's id (a new one after each restart).
struct BootTime
{
    qint64 sinceBootMs = 0;
    QByteArray bootId;
};
using BootClock = std::function<BootTime()>;

inline BootClock systemBootClock()
{
    return [] {
        BootTime t;
        struct timespec ts
        {
        };
        if (::clock_gettime(CLOCK_BOOTTIME, &ts) == 0) {
            t.sinceBootMs = qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
        }
        QFile id(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        if (id.open(QIODevice::ReadOnly)) {
            t.bootId = id.read(64).trimmed();
        }
        return t;
    };
}

// For tests that move a wall clock: a boot clock that moves with it, in one boot that never ends.
inline BootClock bootClockFollowing(Clock wall)
{
    return [wall = std::move(wall)] { return BootTime{wall(), QByteArrayLiteral("test-boot")}; };
}

} // namespace passbook::vault
