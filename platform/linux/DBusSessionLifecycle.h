#pragma once

#include "platform/AppLifecycle.h"

#include <QDBusConnection>

namespace passbook::platform {

// The desktop session locking, as Linux desktops announce it over D-Bus:
//  - org.freedesktop.ScreenSaver and org.gnome.ScreenSaver ActiveChanged(true) on the session bus;
//  - logind (system bus): this session's org.freedesktop.login1.Session Lock signal, and the
//    Manager's PrepareForSleep(true).
// Any of them reports sessionLocked(). `sessionId` names the logind session (XDG_SESSION_ID).
class DBusSessionLifecycle final : public AppLifecycle
{
    Q_OBJECT
public:
    DBusSessionLifecycle(QDBusConnection sessionBus, QDBusConnection systemBus, const QString &sessionId,
                         QObject *parent = nullptr);

    [[nodiscard]] bool watchesSessionLock() const override { return m_watching; }

private slots:
    void onScreenSaverActive(bool active);
    void onLogindLock();
    void onPrepareForSleep(bool start);

private:
    QDBusConnection m_session;
    QDBusConnection m_system;
    bool m_watching = false;
};

} // namespace passbook::platform
