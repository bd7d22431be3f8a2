#include "UnlockThrottle.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace passbook::vault {

UnlockThrottle::UnlockThrottle(QString path, Clock clock) : m_path(std::move(path)), m_clock(std::move(clock))
{
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
    State s;
    const QJsonObject o =
        f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.read(4096)).object() : QJsonObject();
    if (o.isEmpty() || !o.value(QStringLiteral("failures")).isDouble()) {
        // An unreadable record errs on the side of caution: as if the free attempts were used up
        // just now (one 30-second wait), never a permanent lock-out: the repaired record is saved so
        // the wait runs from this moment.
        const State repaired{kFreeAttempts, m_clock()};
        write(repaired);
        return repaired;
    }
    s.failures = std::max(0, o.value(QStringLiteral("failures")).toInt());
    // A time that cannot be one (not a number, before 1970, past the year 9999) counts as just now:
    // the wait restarts rather than ending (found by fuzz_unlock_throttle).
    const double last = o.value(QStringLiteral("lastFailureMs")).toDouble();
    s.lastFailureMs = std::isfinite(last) && last >= 0 && last < kLatestMs ? qint64(last) : m_clock();
    return s;
}

void UnlockThrottle::write(const State &state) const
{
    QSaveFile f(m_path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("failures"), state.failures},
                                          {QStringLiteral("lastFailureMs"), double(state.lastFailureMs)}})
                    .toJson(QJsonDocument::Compact));
        f.commit();
    }
}

int UnlockThrottle::failures() const
{
    return read().failures;
}

qint64 UnlockThrottle::remainingWaitMs() const
{
    const State s = read();
    const qint64 delay = delayAfter(s.failures);
    if (delay == 0) {
        return 0;
    }
    const qint64 now = m_clock();
    // A clock set back in time restarts the wait rather than ending it.
    const qint64 since = now >= s.lastFailureMs ? now - s.lastFailureMs : 0;
    return std::max<qint64>(0, delay - since);
}

Result<void> UnlockThrottle::check() const
{
    const qint64 wait = remainingWaitMs();
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
    State s = read();
    s.failures += 1;
    s.lastFailureMs = m_clock();
    write(s);
}

void UnlockThrottle::recordSuccess()
{
    if (QFile::exists(m_path)) {
        write(State{});
    }
}

} // namespace passbook::vault
