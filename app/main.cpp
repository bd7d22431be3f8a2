// Health Passbook: parses the command line and starts the composition (Application). The self-test,
// the screenshot tour and the scroll benchmark are not in this binary: they live in the test-only
// health-passbook-test (tests/ui).
#include "Application.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <cstdio>

using namespace passbook;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
#ifdef PASSBOOK_RELEASE_HARDENING
    platform::hardenProcess(); // before any key exists in this process
#endif
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("HealthPassbook"));
    QGuiApplication::setOrganizationName(QStringLiteral("HealthPassbook"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Health Passbook"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Health Passbook: your records from every hospital, and your say over who sees them."));
    parser.addHelpOption();
    app::Application::addOptions(parser);
    const QCommandLineOption probeOption(
        QStringLiteral("startup-probe"),
        QStringLiteral("Print the time to the first frame and exit (the cold-start benchmark)."));
    parser.addOption(probeOption);
    parser.process(app);

    app::Application health(app, app::Application::options(parser));
    if (!health.load()) {
        return 1;
    }
    if (parser.isSet(probeOption)) {
        QObject::connect(
            health.window(), &QQuickWindow::frameSwapped, &app,
            [&sinceStart] {
                std::printf("first-frame-ms %lld\n", static_cast<long long>(sinceStart.elapsed()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            },
            Qt::SingleShotConnection);
    }
    return QGuiApplication::exec();
}
