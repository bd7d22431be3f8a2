#include "QmlWarningCollector.h"

#include <QMutex>
#include <QtGlobal>

namespace passbook::app {

namespace {
QMutex s_mutex;
QStringList s_warnings;
QtMessageHandler s_previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg) {
        const QString category = QString::fromLatin1(context.category ? context.category : "");
        const bool fromQml =
            category.startsWith(QLatin1String("qt.qml")) || category.startsWith(QLatin1String("qml")) ||
            category == QLatin1String("js") || category.startsWith(QLatin1String("qt.quick")) ||
            message.contains(QLatin1String(".qml")) || message.contains(QLatin1String("qrc:/"));
        if (fromQml) {
            QMutexLocker lock(&s_mutex);
            s_warnings << message;
        }
    }
    if (s_previous) {
        s_previous(type, context, message);
    }
}
} // namespace

QmlWarningCollector::QmlWarningCollector()
{
    s_previous = qInstallMessageHandler(handler);
}

QmlWarningCollector::~QmlWarningCollector()
{
    qInstallMessageHandler(s_previous);
}

QStringList QmlWarningCollector::warnings() const
{
    QMutexLocker lock(&s_mutex);
    return s_warnings;
}

} // namespace passbook::app
