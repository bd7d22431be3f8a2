#pragma once

#include <QString>

#include <functional>

namespace passbook::platform {

// System notifications (the desktop's notification service, Android's NotificationManager, …).
// The interface only shows and withdraws; what a notification may say — nothing medical, and no
// hospital name while the vault is locked — is decided by the caller.
class Notifier
{
public:
    struct Message
    {
        QString title;
        QString body;
        QString actionLabel; // e.g. "Review"; empty = no button
    };

    virtual ~Notifier() = default;

    // Whether a notification service is there at all (Settings says so when not).
    [[nodiscard]] virtual bool isAvailable() const = 0;
    // Shows this app's notification under `key`, replacing the one shown under the same key.
    virtual void show(const QString &key, const Message &message) = 0;
    // Takes the notification under `key` away (e.g. a detailed one when the vault locks).
    virtual void withdraw(const QString &key) = 0;

    // The person opened the notification under `key` (clicked it or its action).
    void setActivationHandler(std::function<void(const QString &key)> handler)
    {
        m_onActivated = std::move(handler);
    }

protected:
    void activated(const QString &key) const
    {
        if (m_onActivated) {
            m_onActivated(key);
        }
    }

private:
    std::function<void(const QString &)> m_onActivated;
};

} // namespace passbook::platform
