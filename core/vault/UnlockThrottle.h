#pragma once

#include "Clock.h"
#include "common/Result.h"

#include <QString>

namespace passbook::vault {

// Exponential backoff after wrong passwords, persisted next to the vault so that restarting the
// app does not reset it. Five attempts are free; after that each further attempt waits
// 30 s, 60 s, 120 s, ... up to one hour. A correct password resets the count.
//
// The wait is over only when both the wall clock and the time since boot say so: setting the
// computer's clock forward does not end it, setting it back restarts it, and after a restart of the
// computer (a new boot, whose clock says nothing about the last) it runs again from the first look.
// It fails closed: when the record cannot be written, no attempt is allowed (a full or read-only
// disk must not mean unlimited guesses).
class UnlockThrottle
{
public:
    static constexpr int kFreeAttempts = 5;
    static constexpr qint64 kBaseDelayMs = 30'000;
    static constexpr qint64 kMaxDelayMs = 3'600'000;
    static constexpr double kLatestMs = 253'402'300'800'000.0; // 10000-01-01, ms since the epoch

    UnlockThrottle(QString path, Clock clock, BootClock bootClock = systemBootClock());

    [[nodiscard]] int failures() const;
    [[nodiscard]] qint64 remainingWaitMs() const;
    // Throttled with a sentence saying how long to wait; Io when the record cannot be written.
    [[nodiscard]] Result<void> check() const;
    void recordFailure();
    void recordSuccess();
    // Delay imposed after `failures` consecutive failures.
    [[nodiscard]] static qint64 delayAfter(int failures);

private:
    struct State
    {
        int failures = 0;
        qint64 lastFailureMs = 0;     // wall clock
        qint64 lastFailureBootMs = 0; // time since boot, in the boot `bootId`
        QByteArray bootId;
    };
    [[nodiscard]] State read() const;
    // The wait `s` still imposes now.
    [[nodiscard]] qint64 waitAfter(const State &s) const;
    [[nodiscard]] State now(int failures) const;
    [[nodiscard]] bool write(const State &state) const;

    QString m_path;
    Clock m_clock;
    BootClock m_bootClock;
};

} // namespace passbook::vault
