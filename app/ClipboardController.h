#pragma once

#include "QmlSingleton.h"
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

namespace passbook::app {

// Copying an address or a code (DESIGN.md §9, STORAGE-2): what was copied is taken off the
// clipboard again after 30 seconds, unless something else was copied since. Never used for the
// recovery phrase, which has no copy button at all.
class ClipboardController : public QObject, public QmlSingleton<ClipboardController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Clipboard)
    QML_SINGLETON
    Q_PROPERTY(bool holding READ holding NOTIFY holdingChanged)

public:
    static constexpr int kClearAfterMs = 30000;

    explicit ClipboardController(QObject *parent = nullptr);

    [[nodiscard]] bool holding() const { return m_timer.isActive(); }
    Q_INVOKABLE void copy(const QString &text);
    // Clears now if the clipboard still holds what was copied here (also at exit).
    Q_INVOKABLE void clearNow();
    void setClearAfterMs(int ms) { m_timer.setInterval(ms); } // tests

signals:
    void holdingChanged();

private:
    QTimer m_timer;
    QString m_copied;
};

} // namespace passbook::app
