#pragma once

#include "platform/Notifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>

namespace passbook::platform {

// org.freedesktop.Notifications over the session bus (Desktop Notifications Specification 1.2):
// Notify with replaces_id so each key has at most one notification on screen, CloseNotification to
// withdraw, and the ActionInvoked signal to open the app where the notification points.
class DBusNotifier final : public QObject, public Notifier
{
    Q_OBJECT
public:
    DBusNotifier(QDBusConnection bus, QString appName, QObject *parent = nullptr);

    [[nodiscard]] bool isAvailable() const override;
    void show(const QString &key, const Message &message) override;
    void withdraw(const QString &key) override;

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QString m_appName;
    QHash<QString, uint> m_ids; // key -> notification id on screen
};

} // namespace passbook::platform
