// Cold start to the first frame of the unlock screen: launches the real app (with a vault in a
// temporary data folder, so the unlock screen is what appears) and measures from process start to
// the app reporting its first swapped frame. Run under a display (tools/bench uses xvfb-run).
// Budget: <= 400 ms.
#include "BenchStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

using namespace passbook;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_startup APP CLI [RUNS]\n");
        return 2;
    }
    const QString appPath = QString::fromLocal8Bit(argv[1]);
    const QString cliPath = QString::fromLocal8Bit(argv[2]);
    const int runs = argc > 3 ? std::max(3, atoi(argv[3])) : 10;
    QTemporaryDir data;
    QProcess cli;
    cli.start(cliPath, {QStringLiteral("--data"), data.path(), QStringLiteral("--kdf-cost"),
                        QStringLiteral("1,64"), QStringLiteral("vault"), QStringLiteral("create")});
    cli.write("correct horse battery staple\n");
    cli.closeWriteChannel();
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0) {
        std::fprintf(stderr, "could not create a vault for the benchmark\n");
        return 1;
    }
    QList<double> external, internal;
    for (int i = 0; i < runs + 1; ++i) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(appPath, {QStringLiteral("--data"), data.path(), QStringLiteral("--startup-probe")});
        double reported = -1;
        double seen = -1;
        while (p.waitForReadyRead(20000)) {
            const QByteArray line = p.readLine().trimmed();
            if (line.startsWith("first-frame-ms ")) {
                seen = double(t.nsecsElapsed()) / 1e6;
                reported = line.mid(15).toDouble();
                break;
            }
        }
        p.waitForFinished(20000);
        if (seen < 0) {
            std::fprintf(stderr, "the app did not report a first frame\n%s\n",
                         p.readAllStandardError().constData());
            return 1;
        }
        if (i > 0) { // the first run warms the page cache; "cold" here means a new process
            external << seen;
            internal << reported;
        }
    }
    bench::report("startup_process_to_first_frame", external, 400);
    bench::report("startup_main_to_first_frame", internal);
    return 0;
}
