// health-passbook-test: the app's composition (Application) with what only tests and benchmarks
// need — never shipped:
//   --self-test           load every QML file; fail on any QML warning or keyboard/screen-reader gap
//   --tour DIR            walk the screens in a throwaway vault, saving PNGs (tests/qml/tour.sh)
//   --bench-scroll SECS   unlock (password on stdin), scroll the timeline, print frame times (tools/bench)
#include "Application.h"
#include "QmlWarningCollector.h"
#include "ScreenshotTour.h"
#include "ScrollBenchmark.h"
#include "SelfTest.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace passbook;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("HealthPassbook"));
    QGuiApplication::setOrganizationName(QStringLiteral("HealthPassbook"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Health Passbook"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Health Passbook's self-test, screenshot tour and scroll benchmark."));
    parser.addHelpOption();
    app::Application::addOptions(parser);
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QStringLiteral("Load every QML file; exit non-zero on any QML warning."));
    const QCommandLineOption tourOption(
        QStringLiteral("tour"),
        QStringLiteral("Walk through the screens in a throwaway vault, saving PNGs to dir."),
        QStringLiteral("dir"));
    const QCommandLineOption tourPhraseOption(
        QStringLiteral("tour-phrase-language"),
        QStringLiteral("Recovery phrase language in the tour: en, zh_TW or ko."), QStringLiteral("code"),
        QStringLiteral("en"));
    const QCommandLineOption tourSandboxOption(
        QStringLiteral("tour-sandbox"),
        QStringLiteral(
            "A running local consortium's folder: the tour connects its hospitals and shows the records."),
        QStringLiteral("dir"));
    const QCommandLineOption benchScrollOption(
        QStringLiteral("bench-scroll"),
        QStringLiteral(
            "Unlock with the password on stdin, scroll the timeline for N seconds, print frame times "
            "and memory as JSON."),
        QStringLiteral("seconds"));
    parser.addOptions({selfTestOption, tourOption, tourPhraseOption, tourSandboxOption, benchScrollOption});
    parser.process(app);

    app::QmlWarningCollector warnings; // before any QML is loaded
    app::Application::Options options = app::Application::options(parser);
    QTemporaryDir throwaway;
    const bool tour = parser.isSet(tourOption);
    if (tour || parser.isSet(selfTestOption)) {
        options.dataDir = throwaway.path(); // never touch a real vault
    }
    if (tour && !options.kdfCost) {
        options.kdfCost = std::make_pair(quint64(1), quint64(64));
    }
    app::Application health(app, options);
    if (!health.load()) {
        return 1;
    }
    if (parser.isSet(selfTestOption)) {
        return app::selfTest(health.engine(), health.window(), warnings);
    }
    std::unique_ptr<app::ScrollBenchmark> scrollBench;
    if (parser.isSet(benchScrollOption)) {
        scrollBench = std::make_unique<app::ScrollBenchmark>(
            health.window(), &health.vault(), std::max(1, parser.value(benchScrollOption).toInt()));
        scrollBench->start();
    }
    std::unique_ptr<app::ScreenshotTour> screens;
    if (tour) {
        const QString size = options.size.isEmpty() ? QStringLiteral("default") : options.size;
        screens = std::make_unique<app::ScreenshotTour>(health.window(), &health.vault(),
                                                        parser.value(tourOption), size + QLatin1Char('-'));
        const QStringList codes = {QStringLiteral("en"), QStringLiteral("zh_TW"), QStringLiteral("ko")};
        screens->setPhraseLanguageIndex(std::max(0, int(codes.indexOf(parser.value(tourPhraseOption)))));
        if (parser.isSet(tourSandboxOption)) {
            screens->setConsortium(&health.passbook(), &health.sharing(), &health.care(),
                                   parser.value(tourSandboxOption));
        }
        QTimer::singleShot(300, &app, [&] {
            const int problems = screens->run();
            const int qmlWarnings = int(warnings.warnings().size());
            for (const QString &w : warnings.warnings()) {
                std::fprintf(stderr, "tour: QML warning: %s\n", qPrintable(w));
            }
            QCoreApplication::exit(problems + qmlWarnings == 0 ? 0 : 1);
        });
    }
    return QGuiApplication::exec();
}
