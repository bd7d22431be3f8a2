#pragma once

#include <QObject>

namespace passbook::platform {

// Moments when the vault must lock (DESIGN.md §3, §9): the desktop session locks (screen saver,
// logind's Lock, going to sleep) or the app leaves the foreground on a phone. Implementations
// only report; the app locks.
class AppLifecycle : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~AppLifecycle() override;

    // Whether this platform reports session locks at all (Settings says so when it does not).
    [[nodiscard]] virtual bool watchesSessionLock() const = 0;
    // The application's state as Qt reports it (QGuiApplication::applicationStateChanged): leaving
    // it suspended or hidden is backgrounded(); a window that merely lost focus on a desktop is not
    // (phones count that too: their implementations override this).
    virtual void noteApplicationState(Qt::ApplicationState state)
    {
        if (state == Qt::ApplicationSuspended || state == Qt::ApplicationHidden) {
            emit backgrounded();
        }
    }

signals:
    void sessionLocked();
    void backgrounded();
};

// Where nothing reports session locks: only the idle timeout and the app's own state apply.
class NullAppLifecycle final : public AppLifecycle
{
    Q_OBJECT
public:
    using AppLifecycle::AppLifecycle;
    [[nodiscard]] bool watchesSessionLock() const override { return false; }
};

} // namespace passbook::platform
