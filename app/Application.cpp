#include "Application.h"

#include "QrImageProvider.h"

#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QQuickStyle>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(Passbook_AppPlugin)
Q_IMPORT_QML_PLUGIN(Passbook_ComponentsPlugin)
Q_IMPORT_QML_PLUGIN(Passbook_OnboardingPlugin)
Q_IMPORT_QML_PLUGIN(Passbook_UnlockPlugin)
Q_IMPORT_QML_PLUGIN(Passbook_SettingsPlugin)
Q_IMPORT_QML_PLUGIN(Passbook_ShellPlugin)

namespace passbook::app {

namespace {
const QString kMainQml = QStringLiteral("qrc:/qt/qml/Passbook/Shell/Main.qml");

QString dataDirOf(const Application::Options &options)
{
    return options.dataDir.isEmpty() ? vault::ProfileStore::defaultDataDir() : options.dataDir;
}

// Before any Qt Quick object exists: the Material style, light or dark as the system is.
bool chooseStyle()
{
    QQuickStyle::setStyle(QStringLiteral("Material"));
    if (!qEnvironmentVariableIsSet("QT_QUICK_CONTROLS_MATERIAL_THEME")) {
        qputenv("QT_QUICK_CONTROLS_MATERIAL_THEME", "System");
    }
    return true;
}
} // namespace

void Application::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("data"), QStringLiteral("Data folder."), QStringLiteral("dir")},
        {QStringLiteral("size"), QStringLiteral("Window size, e.g. 390x844."), QStringLiteral("WxH")},
        {QStringLiteral("kdf-cost"),
         QStringLiteral("Fixed Argon2id cost OPS,MIB instead of calibrating (tests)."),
         QStringLiteral("ops,mib")},
        {QStringLiteral("network"),
         QStringLiteral(
             "Network profile file to use once the vault is unlocked (e.g. build/sandbox/network.json)."),
         QStringLiteral("file")},
        {QStringLiteral("language"), QStringLiteral("Language for this run: en, zh_TW or ko (not saved)."),
         QStringLiteral("code")},
    });
}

Application::Options Application::options(const QCommandLineParser &parser)
{
    Options o;
    o.dataDir = parser.value(QStringLiteral("data"));
    o.size = parser.value(QStringLiteral("size"));
    o.language = parser.value(QStringLiteral("language"));
    if (parser.isSet(QStringLiteral("network"))) {
        o.networkFile = QFileInfo(parser.value(QStringLiteral("network"))).absoluteFilePath();
    }
    if (parser.isSet(QStringLiteral("kdf-cost"))) {
        const QStringList parts = parser.value(QStringLiteral("kdf-cost")).split(QLatin1Char(','));
        const quint64 ops = parts.value(0).toULongLong();
        const quint64 mib = parts.value(1).toULongLong();
        o.kdfCost = std::make_pair(ops ? ops : 1, std::max<quint64>(mib, 64));
    }
    return o;
}

Application::Application(QGuiApplication &app, const Options &options)
    : m_options(options), m_profiles(dataDirOf(options)), m_vaultManager(m_profiles.defaultProfileDir()),
      m_autoLock(&m_vaultManager), m_vaultController(&m_vaultManager), m_language(nullptr),
      m_passbook(&m_vaultManager), m_lifecycle(platform::makeAppLifecycle()),
      m_notifier(platform::makeNotifier(QStringLiteral("Health Passbook"))),
      m_sharing(&m_vaultManager, &m_passbook, m_notifier.get()), m_care(&m_vaultManager, &m_passbook),
      m_reader(platform::makeBiometricAuthenticator()), m_keyStore(platform::makeSecureKeyStore()),
      m_biometric(&m_vaultManager, m_reader.get(), m_keyStore.get())
{
    if (options.kdfCost) {
        m_vaultManager.setKdfCost(options.kdfCost->first, options.kdfCost->second * 1024 * 1024);
    }
    app.installEventFilter(&m_activity);
    QObject::connect(&m_activity, &UserActivityFilter::activity, &m_autoLock,
                     &vault::AutoLockTimer::noteActivity);

    VaultController::setInstance(&m_vaultController);
    LanguageController::setInstance(&m_language);
    if (!options.language.isEmpty()) {
        m_language.apply(options.language);
    }
    SessionController::setInstance(&m_passbook);
    if (!options.networkFile.isEmpty()) {
        m_passbook.setPendingNetworkProfile(options.networkFile);
    }
    // The vault locks when the desktop session locks or the system goes to sleep, and when the app
    // is suspended or hidden (a phone leaving it); a window merely losing focus on a desktop does not.
    QObject::connect(m_lifecycle.get(), &platform::AppLifecycle::sessionLocked, &m_vaultManager,
                     &vault::VaultManager::lock);
    QObject::connect(m_lifecycle.get(), &platform::AppLifecycle::backgrounded, &m_vaultManager,
                     &vault::VaultManager::lock);
    QObject::connect(&app, &QGuiApplication::applicationStateChanged, m_lifecycle.get(),
                     &platform::AppLifecycle::noteApplicationState);
    DecisionController::setInstance(&m_sharing);
    CareController::setInstance(&m_care);
    BiometricController::setInstance(&m_biometric);
    ClipboardController::setInstance(&m_clipboard);
}

Application::~Application() = default;

bool Application::load()
{
    static const bool styled = chooseStyle();
    Q_UNUSED(styled);
    m_language.setEngine(&m_engine);
    m_engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_engine.addImageProvider(QStringLiteral("qr"), new QrImageProvider); // the engine owns it
    m_engine.load(QUrl(kMainQml));
    if (m_engine.rootObjects().isEmpty()) {
        return false;
    }
    m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().first());
    if (!m_window) {
        return false;
    }
    // The system's text size: a platform font larger than the usual 10.5 points (Material's 14 px)
    // means the person asked for larger text, and the app's text grows with it, up to twice.
    const QFont system = QGuiApplication::font();
    const double points = system.pointSizeF() > 0 ? system.pointSizeF() : system.pixelSize() * 0.75;
    double scale = points > 10.5 ? points / 10.5 : 1.0;
    bool ok = false;
    const double forced = qEnvironmentVariable("PASSBOOK_FONT_SCALE").toDouble(&ok); // reviews, tests
    if (ok && forced > 0) {
        scale = forced;
    }
    m_window->setProperty("fontScale", std::clamp(scale, 0.85, 2.0));
    const QStringList wh = m_options.size.split(QLatin1Char('x'));
    if (wh.size() == 2) {
        m_window->resize(wh[0].toInt(), wh[1].toInt());
    }
    return true;
}

} // namespace passbook::app
