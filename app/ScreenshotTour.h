#pragma once

#include <QDir>
#include <QObject>
#include <QString>

class QQuickWindow;

namespace passbook::app {

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
    // Returns the number of problems (missing controls, timeouts); 0 is success.
    int run();

private:
    QObject *find(const char *objectName);
    bool set(const char *objectName, const char *property, const QVariant &value);
    bool click(const char *objectName);
    void settle(int ms = 450);
    bool waitIdle(int timeoutMs = 30000);
    void shot(const QString &name);

    QQuickWindow *m_window;
    VaultController *m_vault;
    QDir m_out;
    QString m_prefix;
    int m_problems = 0;
    int m_phraseLanguage = 0;
};

} // namespace passbook::app
