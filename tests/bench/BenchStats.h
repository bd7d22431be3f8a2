#pragma once

#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>

namespace passbook::bench {

// Median and 95th percentile of a list of milliseconds, printed as one line of JSON per metric
// (tools/bench collects them for the README).
struct Stats
{
    double median = 0;
    double p95 = 0;
    double min = 0;
    double max = 0;
};

inline Stats stats(QList<double> ms)
{
    Stats s;
    if (ms.isEmpty()) {
        return s;
    }
    std::sort(ms.begin(), ms.end());
    s.median = ms[ms.size() / 2];
    s.p95 = ms[std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95))];
    s.min = ms.first();
    s.max = ms.last();
    return s;
}

inline void report(const char *metric, const QList<double> &ms, double budgetMs = 0)
{
    const Stats s = stats(ms);
    std::printf(
        "{\"metric\":\"%s\",\"runs\":%lld,\"median_ms\":%.2f,\"p95_ms\":%.2f,\"min_ms\":%.2f,\"max_ms\":%.2f",
        metric, static_cast<long long>(ms.size()), s.median, s.p95, s.min, s.max);
    if (budgetMs > 0) {
        std::printf(",\"budget_ms\":%.0f,\"within_budget\":%s", budgetMs,
                    s.median <= budgetMs ? "true" : "false");
    }
    std::printf("}\n");
    std::fflush(stdout);
}

} // namespace passbook::bench
