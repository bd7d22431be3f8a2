#include "ScreenshotTour.h"

#include "VaultController.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

namespace passbook::app {

ScreenshotTour::ScreenshotTour(QQuickWindow *window, VaultController *vault, QString outputDir,
                               QString prefix)
    : m_window(window), m_vault(vault), m_out(outputDir), m_prefix(std::move(prefix))
{
    m_out.mkpath(QStringLiteral("."));
}

namespace {
// Walks the visual item tree (which is where StackView pages, Repeater items and popups' content
// live, whatever their QObject parents) and the QObject children of each item (popups themselves).
void collect(QQuickItem *item, const QString &name, QObject *&found)
{
    if (!item->isVisible()) {
        return;
    }
    if (item->objectName() == name) {
        found = item;
    }
    for (QObject *child : item->children()) {
        if (!qobject_cast<QQuickItem *>(child) && child->objectName() == name) {
            found = child;
        }
    }
    for (QQuickItem *child : item->childItems()) {
        collect(child, name, found);
    }
}
} // namespace

QObject *ScreenshotTour::find(const char *objectName)
{
    QObject *found = nullptr;
    collect(m_window->contentItem(), QString::fromLatin1(objectName), found);
    if (!found) {
        qWarning("tour: no visible control named %s", objectName);
        ++m_problems;
    }
    return found;
}

bool ScreenshotTour::set(const char *objectName, const char *property, const QVariant &value)
{
    QObject *o = find(objectName);
    return o && o->setProperty(property, value);
}

bool ScreenshotTour::click(const char *objectName)
{
    QObject *o = find(objectName);
    if (!o) {
        return false;
    }
    if (!o->property("enabled").toBool()) {
        qWarning("tour: control %s is disabled", objectName);
        ++m_problems;
        return false;
    }
    return QMetaObject::invokeMethod(o, "clicked");
}

void ScreenshotTour::settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool ScreenshotTour::waitIdle(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    settle(50);
    while (m_vault->busy() && t.elapsed() < timeoutMs) {
        settle(50);
    }
    if (m_vault->busy()) {
        qWarning("tour: timed out waiting for the vault");
        ++m_problems;
        return false;
    }
    settle();
    return true;
}

void ScreenshotTour::shot(const QString &name)
{
    settle();
    const QImage image = m_window->grabWindow();
    const QString path = m_out.filePath(m_prefix + name + QStringLiteral(".png"));
    if (image.isNull() || !image.save(path)) {
        qWarning("tour: could not save %s", qPrintable(path));
        ++m_problems;
    }
}

int ScreenshotTour::run()
{
    const QString password = QStringLiteral("correct horse battery staple");
    shot(QStringLiteral("01-welcome"));
    click("createButton");
    settle();
    set("newPasswordField", "text", password.left(9));
    shot(QStringLiteral("02-create-password-weak"));
    set("phraseLanguage", "currentIndex", m_phraseLanguage);
    set("newPasswordField", "text", password);
    set("confirmPasswordField", "text", password);
    shot(QStringLiteral("03-create-password"));
    click("createVaultButton");
    waitIdle();
    shot(QStringLiteral("04-recovery-phrase"));
    click("phraseWrittenButton");
    settle();
    const QStringList words = m_vault->recoveryWords();
    const QList<int> positions = m_vault->confirmPositions();
    set("confirmField0", "text", words.value(positions.value(0)));
    set("confirmField1", "text", QStringLiteral("wrong"));
    set("confirmField2", "text", words.value(positions.value(2)));
    click("confirmButton");
    shot(QStringLiteral("05-confirm-phrase-mistake"));
    set("confirmField1", "text", words.value(positions.value(1)));
    click("confirmButton");
    settle();
    shot(QStringLiteral("06-home"));
    click("settingsButton");
    shot(QStringLiteral("07-settings"));
    click("changePasswordButton");
    shot(QStringLiteral("08-change-password"));
    if (QObject *dialog = find("changePasswordDialog")) {
        QMetaObject::invokeMethod(dialog, "close");
    }
    settle();
    click("lockNowButton");
    settle();
    shot(QStringLiteral("09-unlock"));
    set("unlockPasswordField", "text", QStringLiteral("not my password"));
    click("unlockButton");
    waitIdle();
    shot(QStringLiteral("10-unlock-wrong-password"));
    click("restoreLink");
    settle();
    QStringList typed = words;
    if (!typed.isEmpty()) {
        typed[6] = QStringLiteral("abandom");
    }
    set("phraseInput", "text", typed.join(QLatin1Char(' ')));
    shot(QStringLiteral("11-restore-typo"));
    if (QObject *back = find("backButton")) {
        QMetaObject::invokeMethod(back, "clicked");
    }
    settle();
    set("unlockPasswordField", "text", password);
    click("unlockButton");
    waitIdle();
    shot(QStringLiteral("12-home-after-unlock"));
    return m_problems;
}

} // namespace passbook::app
