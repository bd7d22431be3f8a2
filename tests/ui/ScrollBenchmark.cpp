#include "ScrollBenchmark.h"

#include "QuickFind.h"
#include "VaultController.h"

#include <QCoreApplication>
#include <QFile>
#include <QQuickWindow>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace passbook::app {

namespace {
constexpr double kPixelsPerSecond = 6000; // a fast fling, kept up for the whole run
}

ScrollBenchmark::ScrollBenchmark(QQuickWindow *window, VaultController *vault, int seconds)
    : m_window(window), m_vault(vault), m_seconds(seconds)
{
    m_tick.setInterval(0);
    connect(&m_tick, &QTimer::timeout, this, &ScrollBenchmark::step);
}

double ScrollBenchmark::residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return 0;
}

void ScrollBenchmark::start()
{
    QTextStream in(stdin);
    QString password = in.readLine();
    connect(m_vault, &VaultController::stateChanged, this, [this] {
        if (m_vault->state() == VaultController::State::Unlocked) {
            QTimer::singleShot(1500, this, &ScrollBenchmark::onUnlocked); // first page, then idle
        }
    });
    m_vault->unlock(password);
}

void ScrollBenchmark::onUnlocked()
{
    findVisible(m_window->contentItem(), QStringLiteral("timelineList"), m_list);
    if (!m_list || m_list->property("count").toInt() == 0) {
        std::fprintf(stderr, "bench-scroll: no timeline to scroll\n");
        QCoreApplication::exit(1);
        return;
    }
    m_startMiB = residentMiB();
    connect(m_window, &QQuickWindow::frameSwapped, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        if (m_lastFrameNs >= 0) {
            m_frameMs << double(now - m_lastFrameNs) / 1e6;
        }
        m_lastFrameNs = now;
        m_peakMiB = std::max(m_peakMiB, residentMiB());
    });
    m_clock.start();
    m_tick.start();
}

void ScrollBenchmark::step()
{
    const double elapsed = double(m_clock.nsecsElapsed()) / 1e9;
    if (elapsed >= m_seconds) {
        finish();
        return;
    }
    // Position by time, not by frame, so a slow frame means a longer jump, as on a real device.
    const double contentHeight = m_list->property("contentHeight").toDouble();
    const double height = m_list->property("height").toDouble();
    const double originY = m_list->property("originY").toDouble();
    const double target =
        originY + std::min(elapsed * kPixelsPerSecond, std::max(0.0, contentHeight - height));
    m_list->setProperty("contentY", target);
    m_window->update();
}

void ScrollBenchmark::finish()
{
    m_tick.stop();
    QList<double> ms = m_frameMs;
    std::sort(ms.begin(), ms.end());
    const auto pct = [&](double p) {
        return ms.isEmpty() ? 0.0 : ms[std::min<qsizetype>(ms.size() - 1, qsizetype(double(ms.size()) * p))];
    };
    const double seconds = double(m_clock.nsecsElapsed()) / 1e9;
    const int over = int(std::count_if(ms.begin(), ms.end(), [](double f) { return f > 1000.0 / 60 * 1.5; }));
    std::printf(
        "{\"metric\":\"timeline_scroll\",\"seconds\":%.1f,\"frames\":%lld,\"fps\":%.1f,"
        "\"frame_median_ms\":%.2f,\"frame_p95_ms\":%.2f,\"frame_p99_ms\":%.2f,\"frames_over_25ms\":%d,"
        "\"rows_reached\":%d,\"rss_start_mib\":%.0f,\"rss_peak_mib\":%.0f,\"rss_budget_mib\":200,"
        "\"within_memory_budget\":%s}\n",
        seconds, static_cast<long long>(ms.size()), double(ms.size()) / seconds, pct(0.5), pct(0.95),
        pct(0.99), over, m_list->property("count").toInt(), m_startMiB, m_peakMiB,
        m_peakMiB <= 200 ? "true" : "false");
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace passbook::app
