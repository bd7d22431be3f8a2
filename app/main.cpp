// Health Passbook: composition only. Builds the services, wires them, loads the QML.
#include "BiometricController.h"
#include "CareController.h"
#include "ClipboardController.h"
#include "LanguageController.h"
#include "PassbookController.h"
#include "PlatformServices.h"
#include "QmlWarningCollector.h"
#include "QrCode.h"
#include "ScreenshotTour.h"
#include "ScrollBenchmark.h"
#include "SharingController.h"
#include "UserActivityFilter.h"
#include "VaultController.h"
#include "vault/AutoLockTimer.h"
#include "vault/ProfileStore.h"
#include "vault/VaultManager.h"

#include <QAccessible>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Passbook_AppPlugin)
Q_IMPORT_QML_PLUGIN(Passbook_ComponentsPlugin)
Q_IMPORT_QML_PLUGIN(Passbook_OnboardingPlugin)
Q_IMPORT_QML_PLUGIN(Passbook_UnlockPlugin)
Q_IMPORT_QML_PLUGIN(Passbook_SettingsPlugin)
Q_IMPORT_QML_PLUGIN(Passbook_ShellPlugin)

using namespace passbook;

namespace {

const QString kMainQml = QStringLiteral("qrc:/qt/qml/Passbook/Shell/Main.qml");

// Keyboard and screen-reader audit of one loaded page: every visible, enabled control a person
// can use (buttons, check boxes, tabs, text fields, combo boxes, list entries) must be reachable
// with Tab and have an accessible name. Returns one line per control that is not.
QStringList auditControls(QQuickItem *item, const QString &page, bool inList = false)
{
    QStringList problems;
    if (!item->isVisible()) {
        return problems;
    }
    const QMetaObject *mo = item->metaObject();
    const bool control = mo->inherits(&QQuickItem::staticMetaObject) &&
                         (item->inherits("QQuickAbstractButton") || item->inherits("QQuickTextField") ||
                          item->inherits("QQuickComboBox") || item->inherits("QQuickTextArea"));
    // A list is one Tab stop; its entries are reached with the arrow keys and opened with Return.
    // (A tab bar's own list is not one: each tab is a Tab stop of its own.)
    const bool list = item->inherits("QQuickItemView") &&
                      !(item->parentItem() && item->parentItem()->inherits("QQuickContainer"));
    if (list && !item->activeFocusOnTab()) {
        problems << QStringLiteral("%1: list %2 cannot be reached with Tab").arg(page, item->objectName());
    }
    if (control && item->isEnabled()) {
        const auto policy = Qt::FocusPolicy(item->property("focusPolicy").toInt());
        const bool tab = inList || (policy & Qt::TabFocus) || item->activeFocusOnTab();
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(item);
        QString name = a ? a->text(QAccessible::Name) : QString();
        if (name.isEmpty()) {
            // With a screen reader running, Qt names a button after its text and a field after its
            // placeholder (the offscreen platform of this test has no accessibility bridge).
            name = item->property("text").toString() + item->property("placeholderText").toString();
        }
        const QString id =
            item->objectName().isEmpty() ? QString::fromLatin1(mo->className()) : item->objectName();
        if (!tab) {
            problems << QStringLiteral("%1: %2 cannot be reached with Tab").arg(page, id);
        }
        if (name.trimmed().isEmpty()) {
            problems << QStringLiteral("%1: %2 has no accessible name").arg(page, id);
        }
    }
    for (QQuickItem *child : item->childItems()) {
        problems += auditControls(child, page, inList || list);
    }
    return problems;
}

// Loads every page, dialog, sheet, card and delegate of every module; any QML warning, or any
// control out of keyboard or screen-reader reach, fails.
int selfTest(QQmlApplicationEngine &engine, QQuickWindow *window, const app::QmlWarningCollector &collector)
{
    QStringList loaded;
    QStringList audit;
    QDirIterator it(QStringLiteral(":/qt/qml/Passbook"), QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        static const QStringList kinds = {QStringLiteral("Page.qml"), QStringLiteral("Dialog.qml"),
                                          QStringLiteral("Sheet.qml"), QStringLiteral("Card.qml"),
                                          QStringLiteral("Delegate.qml")};
        if (!std::any_of(kinds.begin(), kinds.end(), [&](const QString &k) { return path.endsWith(k); })) {
            continue;
        }
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc") + path));
        QObject *object = component.create();
        if (!object) {
            std::fprintf(stderr, "self-test: %s failed to load:\n%s\n", qPrintable(path),
                         qPrintable(component.errorString()));
            return 1;
        }
        QQuickItem *root = qobject_cast<QQuickItem *>(object);
        if (root) {
            root->setParentItem(window->contentItem());
            root->setSize(window->contentItem()->size());
        } else {
            object->setProperty("parent", QVariant::fromValue(window->contentItem()));
            QMetaObject::invokeMethod(object, "open");
            root = object->property("contentItem").value<QQuickItem *>();
        }
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 150) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        if (root) {
            audit += auditControls(root, path.section(QLatin1Char('/'), -2),
                                   path.endsWith(QLatin1String("Delegate.qml")));
        }
        delete object;
        loaded << path;
    }
    const QStringList warnings = collector.warnings();
    for (const QString &w : warnings) {
        std::fprintf(stderr, "self-test: QML warning: %s\n", qPrintable(w));
    }
    for (const QString &a : audit) {
        std::fprintf(stderr, "self-test: accessibility: %s\n", qPrintable(a));
    }
    std::fprintf(stderr, "self-test: loaded %lld QML files, %lld warnings, %lld accessibility problems\n",
                 static_cast<long long>(loaded.size()), static_cast<long long>(warnings.size()),
                 static_cast<long long>(audit.size()));
    return loaded.isEmpty() || !warnings.isEmpty() || !audit.isEmpty() ? 1 : 0;
}

} // namespace

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
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("Data folder."),
                                        QStringLiteral("dir"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size, e.g. 390x844."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QStringLiteral("Load every QML page; exit non-zero on any QML warning."));
    const QCommandLineOption tourOption(
        QStringLiteral("tour"),
        QStringLiteral("Walk through the screens in a throwaway vault, saving PNGs to dir."),
        QStringLiteral("dir"));
    const QCommandLineOption probeOption(
        QStringLiteral("startup-probe"),
        QStringLiteral("Print the time to the first frame and exit (benchmarks)."));
    const QCommandLineOption kdfOption(
        QStringLiteral("kdf-cost"),
        QStringLiteral("Fixed Argon2id cost OPS,MIB instead of calibrating (tests)."),
        QStringLiteral("ops,mib"));
    const QCommandLineOption tourPhraseOption(
        QStringLiteral("tour-phrase-language"),
        QStringLiteral("Recovery phrase language in the tour: en, zh_TW or ko."), QStringLiteral("code"),
        QStringLiteral("en"));
    const QCommandLineOption networkOption(
        QStringLiteral("network"),
        QStringLiteral(
            "Network profile file to use once the vault is unlocked (e.g. build/sandbox/network.json)."),
        QStringLiteral("file"));
    const QCommandLineOption tourSandboxOption(
        QStringLiteral("tour-sandbox"),
        QStringLiteral(
            "A running local consortium's folder: the tour connects its hospitals and shows the records."),
        QStringLiteral("dir"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"), QStringLiteral("Language for this run: en, zh_TW or ko (not saved)."),
        QStringLiteral("code"));
    const QCommandLineOption benchScrollOption(
        QStringLiteral("bench-scroll"),
        QStringLiteral(
            "Unlock with the password on stdin, scroll the timeline for N seconds, print frame times "
            "and memory as JSON (benchmarks)."),
        QStringLiteral("seconds"));
    parser.addOptions({dataOption, sizeOption, selfTestOption, tourOption, tourPhraseOption, probeOption,
                       kdfOption, networkOption, tourSandboxOption, languageOption, benchScrollOption});
    parser.process(app);

    app::QmlWarningCollector warnings;
    QQuickStyle::setStyle(QStringLiteral("Material"));
    if (!qEnvironmentVariableIsSet("QT_QUICK_CONTROLS_MATERIAL_THEME")) {
        qputenv("QT_QUICK_CONTROLS_MATERIAL_THEME", "System"); // light or dark as the system is
    }

    QTemporaryDir tourData;
    QString dataDir =
        parser.isSet(dataOption) ? parser.value(dataOption) : vault::ProfileStore::defaultDataDir();
    if (parser.isSet(tourOption) || parser.isSet(selfTestOption)) {
        dataDir = tourData.path(); // never touch a real vault
    }
    vault::ProfileStore profiles(dataDir);
    vault::VaultManager vaultManager(profiles.defaultProfileDir());
    if (parser.isSet(kdfOption) || parser.isSet(tourOption)) {
        const QStringList parts = parser.value(kdfOption).split(QLatin1Char(','));
        const auto ops = parts.value(0).toULongLong();
        const auto mib = parts.value(1).toULongLong();
        vaultManager.setKdfCost(ops ? ops : 1, (mib ? mib : 64) * 1024 * 1024);
    }
    vault::AutoLockTimer autoLock(&vaultManager);
    app::UserActivityFilter activity;
    app.installEventFilter(&activity);
    QObject::connect(&activity, &app::UserActivityFilter::activity, &autoLock,
                     &vault::AutoLockTimer::noteActivity);

    app::VaultController vaultController(&vaultManager);
    app::VaultController::setInstance(&vaultController);
    app::LanguageController language(nullptr);
    app::LanguageController::setInstance(&language);
    if (parser.isSet(languageOption)) {
        language.apply(parser.value(languageOption));
    }
    app::PassbookController passbookController(&vaultManager);
    app::PassbookController::setInstance(&passbookController);
    if (parser.isSet(networkOption)) {
        passbookController.setPendingNetworkProfile(
            QFileInfo(parser.value(networkOption)).absoluteFilePath());
    }

    // The vault locks when the desktop session locks or the system goes to sleep, and when the app is
    // suspended or hidden (a phone leaving it); a window merely losing focus on a desktop does not.
    const std::unique_ptr<platform::AppLifecycle> lifecycle = platform::makeAppLifecycle();
    QObject::connect(lifecycle.get(), &platform::AppLifecycle::sessionLocked, &vaultManager,
                     &vault::VaultManager::lock);
    QObject::connect(lifecycle.get(), &platform::AppLifecycle::backgrounded, &vaultManager,
                     &vault::VaultManager::lock);
    QObject::connect(&app, &QGuiApplication::applicationStateChanged, lifecycle.get(),
                     &platform::AppLifecycle::noteApplicationState);
    const std::unique_ptr<platform::Notifier> notifier =
        platform::makeNotifier(QStringLiteral("Health Passbook"));
    app::SharingController sharingController(&vaultManager, &passbookController, notifier.get());
    app::SharingController::setInstance(&sharingController);
    app::CareController careController(&vaultManager, &passbookController);
    app::CareController::setInstance(&careController);

    const std::unique_ptr<platform::BiometricAuthenticator> reader = platform::makeBiometricAuthenticator();
    const std::unique_ptr<platform::SecureKeyStore> keyStore = platform::makeSecureKeyStore();
    app::BiometricController biometric(&vaultManager, reader.get(), keyStore.get());
    app::BiometricController::setInstance(&biometric);

    app::ClipboardController clipboard;
    app::ClipboardController::setInstance(&clipboard);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &clipboard, &app::ClipboardController::clearNow);

    QQmlApplicationEngine engine;
    language.setEngine(&engine);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.addImageProvider(QStringLiteral("qr"), new app::QrImageProvider); // the engine owns it
    engine.load(QUrl(kMainQml));
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window) {
        return 1;
    }
    // The system's text size: a platform font larger than the usual 10.5 points (Material's 14 px)
    // means the person asked for larger text, and the app's text grows with it, up to twice.
    {
        const QFont system = QGuiApplication::font();
        const double points = system.pointSizeF() > 0 ? system.pointSizeF() : system.pixelSize() * 0.75;
        double scale = points > 10.5 ? points / 10.5 : 1.0;
        bool ok = false;
        const double forced = qEnvironmentVariable("PASSBOOK_FONT_SCALE").toDouble(&ok); // reviews, tests
        if (ok && forced > 0) {
            scale = forced;
        }
        window->setProperty("fontScale", std::clamp(scale, 0.85, 2.0));
    }
    if (parser.isSet(sizeOption)) {
        const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
        if (wh.size() == 2) {
            window->resize(wh[0].toInt(), wh[1].toInt());
        }
    }
    if (parser.isSet(probeOption)) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&sinceStart] {
                std::printf("first-frame-ms %lld\n", static_cast<long long>(sinceStart.elapsed()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            },
            Qt::SingleShotConnection);
    }
    if (parser.isSet(selfTestOption)) {
        return selfTest(engine, window, warnings);
    }
    std::unique_ptr<app::ScrollBenchmark> scrollBench;
    if (parser.isSet(benchScrollOption)) {
        scrollBench = std::make_unique<app::ScrollBenchmark>(
            window, &vaultController, std::max(1, parser.value(benchScrollOption).toInt()));
        scrollBench->start();
    }
    std::unique_ptr<app::ScreenshotTour> tour;
    if (parser.isSet(tourOption)) {
        const QString size =
            parser.value(sizeOption).isEmpty() ? QStringLiteral("default") : parser.value(sizeOption);
        tour = std::make_unique<app::ScreenshotTour>(window, &vaultController, parser.value(tourOption),
                                                     size + QLatin1Char('-'));
        const QStringList codes = {QStringLiteral("en"), QStringLiteral("zh_TW"), QStringLiteral("ko")};
        tour->setPhraseLanguageIndex(std::max(0, int(codes.indexOf(parser.value(tourPhraseOption)))));
        if (parser.isSet(tourSandboxOption)) {
            tour->setConsortium(&passbookController, &sharingController, &careController,
                                parser.value(tourSandboxOption));
        }
        QTimer::singleShot(300, &app, [&] {
            const int problems = tour->run();
            const int qmlWarnings = int(warnings.warnings().size());
            for (const QString &w : warnings.warnings()) {
                std::fprintf(stderr, "tour: QML warning: %s\n", qPrintable(w));
            }
            QCoreApplication::exit(problems + qmlWarnings == 0 ? 0 : 1);
        });
    }
    return QGuiApplication::exec();
}
