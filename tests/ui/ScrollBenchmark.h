#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

class QQuickWindow;

namespace passbook::app {

class VaultController;

// --bench-scroll SECONDS (tools/bench, under Xvfb): unlocks with the password read from stdin,
// then scrolls the timeline at a steady fling speed for that long, as a thumb would, while the
// list model fetches pages on demand. Prints one JSON line: frame times (from frameSwapped), the
// resident memory at its highest, and how many rows were reached. Then quits.
class ScrollBenchmark : public QObject
{
    Q_OBJECT
public:
    ScrollBenchmark(QQuickWindow *window, VaultController *vault, int seconds);
    void start();

private:
    void onUnlocked();
    void step();
    void finish();
    [[nodiscard]] static double residentMiB();

    QQuickWindow *m_window;
    VaultController *m_vault;
    int m_seconds;
    QObject *m_list = nullptr;
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_lastFrameNs = -1;
    QList<double> m_frameMs;
    double m_peakMiB = 0;
    double m_startMiB = 0;
};

} // namespace passbook::app
