#pragma once

#include "Clock.h"
#include "common/Result.h"

#include <QString>

namespace passbook::vault {

// Exponential backoff after wrong passwords, persisted next to the vault so that restarting the
// app does not reset it. Five attempts are free; after that each further attempt waits
// 30 s, 60 s, 120 s, ... up to one hour. A correct password resets the count.
class UnlockThrottle
{
public:
    static constexpr int kFreeAttempts = 5;
    static constexpr qint64 kBaseDelayMs = 30'000;
    static constexpr qint64 kMaxDelayMs = 3'600'000;
    static constexpr double kLatestMs = 253'402'300'800'000.0; // 10000-01-01, ms since the epoch

    UnlockThrottle(QString path, Clock clock);

    [[nodiscard]] int failures() const;
    [[nodiscard]] qint64 remainingWaitMs() const;
    // Throttled with a sentence saying how long to wait.
    [[nodiscard]] Result<void> check() const;
    void recordFailure();
    void recordSuccess();
    // Delay imposed after `failures` consecutive failures.
    [[nodiscard]] static qint64 delayAfter(int failures);

private:
    struct State
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
    };
    [[nodiscard]] State read() const;
    void write(const State &state) const;

    QString m_path;
    Clock m_clock;
};

} // namespace passbook::vault
