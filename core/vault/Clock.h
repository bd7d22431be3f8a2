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
    QByteArray bootId; // empty: no boot clock on this system (the wall clock alone then)

    [[nodiscard]] bool available() const { return !bootId.isEmpty(); }
};
using BootClock = std::function<BootTime()>;

inline BootClock systemBootClock()
{
    return [] {
        BootTime t;
#ifdef CLOCK_BOOTTIME // Linux and Android; elsewhere the wall clock alone
        struct timespec ts = {};
        QFile id(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        if (::clock_gettime(CLOCK_BOOTTIME, &ts) == 0 && id.open(QIODevice::ReadOnly)) {
            t.sinceBootMs = qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
            t.bootId = id.read(64).trimmed();
        }
#endif
        return t;
    };
}

// For tests that move a wall clock: a boot clock that moves with it, in one boot that never ends.
inline BootClock bootClockFollowing(Clock wall)
{
    return [wall = std::move(wall)] { return BootTime{wall(), QByteArrayLiteral("test-boot")}; };
}

} // namespace passbook::vault
