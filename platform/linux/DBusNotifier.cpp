#include "DBusNotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcNotify, "passbook.platform")

namespace passbook::platform {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

DBusNotifier::DBusNotifier(QDBusConnection bus, QString appName, QObject *parent)
    : QObject(parent), m_bus(std::move(bus)), m_appName(std::move(appName))
{
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onClosed(uint, uint)));
}

bool DBusNotifier::isAvailable() const
{
    if (!m_bus.isConnected() || !m_bus.interface()) {
        return false;
    }
    if (m_bus.interface()->isServiceRegistered(kService)) {
        return true;
    }
    const auto activatable = m_bus.interface()->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(kService);
}

void DBusNotifier::show(const QString &key, const Message &message)
{
    if (!isAvailable()) {
        return; // no notification service: the in-app banner is all there is
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    QStringList actions{QStringLiteral("default"),
                        message.actionLabel.isEmpty() ? message.title : message.actionLabel};
    QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue(uchar(1))},
                      {QStringLiteral("category"), QStringLiteral("im.received")},
                      {QStringLiteral("desktop-entry"), QStringLiteral("health-passbook")}};
    call << m_appName << m_ids.value(key, 0U) << QStringLiteral("dialog-information") << message.title
         << message.body << actions << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, key](QDBusPendingCallWatcher *w) {
        QDBusPendingReply<uint> reply = *w;
        w->deleteLater();
        if (reply.isError()) {
            // Never the text itself: only that the service refused.
            qCWarning(lcNotify) << "notification service refused:" << reply.error().name();
            return;
        }
        m_ids.insert(key, reply.value());
    });
}

void DBusNotifier::withdraw(const QString &key)
{
    const uint id = m_ids.take(key);
    if (!id) {
        return;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("CloseNotification"));
    call << id;
    m_bus.asyncCall(call);
}

void DBusNotifier::onActionInvoked(uint id, const QString &)
{
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        if (it.value() == id) {
            activated(it.key());
            return;
        }
    }
}

void DBusNotifier::onClosed(uint id, uint)
{
    for (auto it = m_ids.begin(); it != m_ids.end(); ++it) {
        if (it.value() == id) {
            m_ids.erase(it);
            return;
        }
    }
}

} // namespace passbook::platform
