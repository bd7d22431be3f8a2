#pragma once

#include <QObject>
#include <QTimer>

namespace passbook::vault {

class VaultManager;

// Locks the vault after a period without user activity (default 5 minutes). The app reports
// activity (input events) with noteActivity(); platform lifecycle events call lockNow().
class AutoLockTimer : public QObject
{
    Q_OBJECT
public:
    explicit AutoLockTimer(VaultManager *vault, QObject *parent = nullptr);

    void setTimeoutMs(int ms);
    [[nodiscard]] int timeoutMs() const { return m_timer.interval(); }
    [[nodiscard]] bool isArmed() const { return m_timer.isActive(); }

public slots:
    void noteActivity();
    void lockNow();

signals:
    void autoLocked();

private:
    void onVaultStateChanged();

    VaultManager *m_vault;
    QTimer m_timer;
};

} // namespace passbook::vault
