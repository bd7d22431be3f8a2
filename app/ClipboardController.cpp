#include "ClipboardController.h"

#include <QClipboard>
#include <QGuiApplication>

namespace passbook::app {

ClipboardController::ClipboardController(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kClearAfterMs);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardController::clearNow);
    // and at exit, whatever is left of the 30 seconds
    if (QCoreApplication *app = QCoreApplication::instance()) {
        connect(app, &QCoreApplication::aboutToQuit, this, &ClipboardController::clearNow);
    }
}

void ClipboardController::copy(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    m_copied = text;
    m_timer.start();
    emit holdingChanged();
}

void ClipboardController::clearNow()
{
    m_timer.stop();
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!m_copied.isEmpty() && clipboard->text() == m_copied) {
        clipboard->clear();
    }
    m_copied.clear();
    emit holdingChanged();
}

} // namespace passbook::app
