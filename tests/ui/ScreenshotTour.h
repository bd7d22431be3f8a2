#pragma once

#include <QDir>
#include <QJsonArray>
#include <QObject>
#include <QString>

#include <functional>

class QQuickWindow;

namespace passbook::app {

class CareController;
class SessionController;
class DecisionController;
class VaultController;

// --tour DIR: walks the app through its screens the way a person would (filling fields and
// pressing buttons by objectName), saving a PNG of each screen. Used to look at every screen at
// phone and desktop sizes; runs against a throwaway data folder.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(QQuickWindow *window, VaultController *vault, QString outputDir, QString prefix);
    // Recovery phrase language chosen on the create page: 0 English, 1 Traditional Chinese, 2 Korean.
    void setPhraseLanguageIndex(int index) { m_phraseLanguage = index; }
    // With a running local consortium (DIR of `consortium up`): after the vault screens, the tour
    // uses DIR/network.json, connects the demo patient's hospitals with their activation codes,
    // syncs, and shows the timeline, a record, search, filters and the hospitals page.
    void setConsortium(SessionController *passbook, DecisionController *sharing, CareController *care,
                       const QString &sandboxDir)
    {
        m_passbook = passbook;
        m_sharing = sharing;
        m_care = care;
        m_sandboxDir = sandboxDir;
    }
    // Returns the number of problems (missing controls, timeouts); 0 is success.
    int run();

private:
    QObject *find(const char *objectName);
    bool set(const char *objectName, const char *property, const QVariant &value);
    bool click(const char *objectName);
    void settle(int ms = 450);
    bool waitIdle(int timeoutMs = 30000);
    bool waitPassbook(int timeoutMs = 60000);
    // Waits until `done` holds (bounded), counting a problem on timeout.
    bool waitFor(const std::function<bool()> &done, const char *what, int timeoutMs = 30000);
    void sharingTour(const QJsonArray &hospitals);
    // Family: the second demo patient (a vault of their own, made with passbook-cli) and this one
    // become each other's caregivers; this app then opens and syncs their passbook.
    void familyTour(const QJsonObject &sandbox);
    // "passbook", "sharing", "hospitals" or "settings": the bottom navigation on a phone, the side rail
    // on a desktop.
    void navigate(const char *place);
    void recordsTour();
    // Taps the first row of the timeline (a record page on a phone, the detail pane on a desktop).
    void openFirstResult();
    // A record whose title is markup, added at a real node and synced: shown literally, nothing
    // fetched (Text.PlainText everywhere a hospital's words appear).
    void outsideTextCheck(const QJsonObject &sandbox, const QJsonArray &hospitals);
    void shot(const QString &name);

    QQuickWindow *m_window;
    VaultController *m_vault;
    QDir m_out;
    QString m_prefix;
    // The tour vault's password (it changes half-way, in Settings).
    QString m_password = QStringLiteral("correct horse battery staple");
    int m_problems = 0;
    int m_phraseLanguage = 0;
    SessionController *m_passbook = nullptr;
    DecisionController *m_sharing = nullptr;
    CareController *m_care = nullptr;
    QString m_sandboxDir;
};

} // namespace passbook::app
