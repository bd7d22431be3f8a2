#pragma once

#include "BiometricController.h"
#include "CareController.h"
#include "ClipboardController.h"
#include "DecisionController.h"
#include "LanguageController.h"
#include "PlatformServices.h"
#include "SessionController.h"
#include "UserActivityFilter.h"
#include "VaultController.h"
#include "vault/AutoLockTimer.h"
#include "vault/ProfileStore.h"
#include "vault/VaultManager.h"

#include <QCommandLineParser>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <memory>
#include <optional>

class QGuiApplication;

namespace passbook::app {

// The app's composition, once: builds the services (vault, platform services, the controllers QML
// sees), wires them and loads Main.qml. The shipped health-passbook and the test-only
// health-passbook-test (self-test, screenshot tour, scroll benchmark: tests/ui) both start here.
class Application
{
public:
    struct Options
    {
        QString dataDir;                                    // empty: the platform's data folder
        std::optional<std::pair<quint64, quint64>> kdfCost; // Argon2id ops, MiB (tests)
        QString language;                                   // this run only
        QString networkFile;                                // used once the vault is unlocked
        QString size;                                       // WxH
    };

    // The options both binaries take (--data, --size, --kdf-cost, --network, --language); read
    // them back with options() after QCommandLineParser::process.
    static void addOptions(QCommandLineParser &parser);
    [[nodiscard]] static Options options(const QCommandLineParser &parser);

    Application(QGuiApplication &app, const Options &options);
    ~Application();
    Application(const Application &) = delete;
    Application &operator=(const Application &) = delete;

    // Loads Main.qml into a window (sized as asked, text scaled as the system asks). False if it failed.
    [[nodiscard]] bool load();

    [[nodiscard]] QQmlApplicationEngine &engine() { return m_engine; }
    [[nodiscard]] QQuickWindow *window() const { return m_window; }
    [[nodiscard]] vault::VaultManager &vaultManager() { return m_vaultManager; }
    [[nodiscard]] VaultController &vault() { return m_vaultController; }
    [[nodiscard]] SessionController &passbook() { return m_passbook; }
    [[nodiscard]] DecisionController &sharing() { return m_sharing; }
    [[nodiscard]] CareController &care() { return m_care; }

private:
    Options m_options;
    vault::ProfileStore m_profiles;
    vault::VaultManager m_vaultManager;
    vault::AutoLockTimer m_autoLock;
    UserActivityFilter m_activity;
    VaultController m_vaultController;
    LanguageController m_language;
    SessionController m_passbook;
    std::unique_ptr<platform::AppLifecycle> m_lifecycle;
    std::unique_ptr<platform::Notifier> m_notifier;
    DecisionController m_sharing;
    CareController m_care;
    std::unique_ptr<platform::BiometricAuthenticator> m_reader;
    std::unique_ptr<platform::SecureKeyStore> m_keyStore;
    BiometricController m_biometric;
    ClipboardController m_clipboard;
    QQmlApplicationEngine m_engine;
    QQuickWindow *m_window = nullptr;
};

} // namespace passbook::app
