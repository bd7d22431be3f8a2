#include "UnlockThrottle.h"

#include "AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace passbook::vault {

UnlockThrottle::UnlockThrottle(QString path, Clock clock, BootClock bootClock)
    : m_path(std::move(path)), m_clock(std::move(clock)), m_bootClock(std::move(bootClock))
{
}

UnlockThrottle::State UnlockThrottle::now(int failures) const
{
    const BootTime boot = m_bootClock();
    return State{failures, m_clock(), boot.sinceBootMs, boot.bootId};
}

qint64 UnlockThrottle::delayAfter(int failures)
{
    if (failures < kFreeAttempts) {
        return 0;
    }
    const int doublings = std::min(failures - kFreeAttempts, 16);
    return std::min(kBaseDelayMs << doublings, kMaxDelayMs);
}

UnlockThrottle::State UnlockThrottle::read() const
{
    QFile f(m_path);
    if (!f.exists()) {
        return {};
    }
    const QJsonObject o =
        f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.read(4096)).object() : QJsonObject();
    if (o.isEmpty() || !o.value(QStringLiteral("failures")).isDouble()) {
        // An unreadable record errs on the side of caution: as if the free attempts were used up
        // just now (one 30-second wait), never a permanent lock-out: the repaired record is saved so
        // the wait runs from this moment.
        const State repaired = now(kFreeAttempts);
        (void)write(repaired);
        return repaired;
    }
    State s;
    s.failures = std::max(0, o.value(QStringLiteral("failures")).toInt());
    // A time that cannot be one (not a number, before 1970, past the year 9999) counts as just now:
    // the wait restarts rather than ending (found by fuzz_unlock_throttle).
    const double last = o.value(QStringLiteral("lastFailureMs")).toDouble();
    s.lastFailureMs = std::isfinite(last) && last >= 0 && last < kLatestMs ? qint64(last) : m_clock();
    const double lastBoot = o.value(QStringLiteral("lastFailureBootMs")).toDouble(-1);
    s.bootId = o.value(QStringLiteral("bootId")).toString().toLatin1();
    const BootTime boot = m_bootClock();
    const bool bootMoved = boot.available() && (s.bootId != boot.bootId || !std::isfinite(lastBoot) ||
                                                lastBoot < 0 || lastBoot > double(boot.sinceBootMs));
    if (s.failures >= kFreeAttempts && (bootMoved || s.lastFailureMs > m_clock())) {
        // Written in another boot (or by hand), or the wall clock was set back: the wait runs from
        // now, and is saved so that it does not restart at every look.
        s = now(s.failures);
        (void)write(s); // check() finds out, and says so, when the record cannot be written
    } else {
        s.lastFailureBootMs = std::isfinite(lastBoot) && lastBoot >= 0 ? qint64(lastBoot) : boot.sinceBootMs;
    }
    return s;
}

bool UnlockThrottle::write(const State &state) const
{
    const QByteArray record =
        QJsonDocument(QJsonObject{{QStringLiteral("failures"), state.failures},
                                  {QStringLiteral("lastFailureMs"), double(state.lastFailureMs)},
                                  {QStringLiteral("lastFailureBootMs"), double(state.lastFailureBootMs)},
                                  {QStringLiteral("bootId"), QString::fromLatin1(state.bootId)}})
            .toJson(QJsonDocument::Compact);
    return saveAtomically(m_path, record);
}

int UnlockThrottle::failures() const
{
    return read().failures;
}

qint64 UnlockThrottle::remainingWaitMs() const
{
    return waitAfter(read());
}

qint64 UnlockThrottle::waitAfter(const State &s) const
{
    const qint64 delay = delayAfter(s.failures);
    if (delay == 0) {
        return 0;
    }
    // Both clocks must have moved on: the wall clock (a clock set back restarts the wait) and the
    // time since boot (a clock set forward does not end it).
    const qint64 wall = m_clock();
    const qint64 sinceWall = wall >= s.lastFailureMs ? wall - s.lastFailureMs : 0;
    const BootTime boot = m_bootClock();
    const qint64 sinceBoot = !boot.available() ? sinceWall
                             : boot.sinceBootMs >= s.lastFailureBootMs
                                 ? boot.sinceBootMs - s.lastFailureBootMs
                                 : 0;
    return std::max<qint64>(0, delay - std::min(sinceWall, sinceBoot));
}

Result<void> UnlockThrottle::check() const
{
    // Fail closed: no attempt whose failure could not be counted.
    const State current = QFile::exists(m_path) ? read() : now(0);
    if (!write(current)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "passbook",
                             "The app cannot keep count of password attempts because it cannot write to "
                             "its data folder (the disk may be full or read-only). Free some space, "
                             "then try again."),
                         QStringLiteral("throttle record not writable"));
    }
    const qint64 wait = waitAfter(current);
    if (wait <= 0) {
        return {};
    }
    const qint64 seconds = (wait + 999) / 1000;
    const QString when = seconds >= 120 ? QStringLiteral("%1 minutes").arg((seconds + 59) / 60)
                                        : QStringLiteral("%1 seconds").arg(seconds);
    return makeError(
        ErrorCode::Throttled,
        QCoreApplication::translate("passbook",
                                    "Too many wrong passwords. For your safety, wait %1 before trying again.")
            .arg(when),
        QStringLiteral("throttled for %1 ms").arg(wait));
}

void UnlockThrottle::recordFailure()
{
    (void)write(now(read().failures + 1)); // check() made sure it can be written
}

void UnlockThrottle::recordSuccess()
{
    if (QFile::exists(m_path)) {
        (void)write(State{});
    }
}

} // namespace passbook::vault
