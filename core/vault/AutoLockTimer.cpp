#include "AutoLockTimer.h"

#include "VaultManager.h"

namespace passbook::vault {

AutoLockTimer::AutoLockTimer(VaultManager *vault, QObject *parent) : QObject(parent), m_vault(vault)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(vault->autoLockSeconds() * 1000);
    connect(&m_timer, &QTimer::timeout, this, &AutoLockTimer::lockNow);
    connect(vault, &VaultManager::stateChanged, this, &AutoLockTimer::onVaultStateChanged);
    onVaultStateChanged();
}

void AutoLockTimer::setTimeoutMs(int ms)
{
    m_timer.setInterval(ms);
    if (m_vault->isUnlocked()) {
        m_timer.start();
    }
}

void AutoLockTimer::noteActivity()
{
    if (m_vault->isUnlocked()) {
        m_timer.start(); // restarts the countdown
    }
}

void AutoLockTimer::lockNow()
{
    m_timer.stop();
    if (m_vault->isUnlocked()) {
        m_vault->lock();
        emit autoLocked();
    }
}

void AutoLockTimer::onVaultStateChanged()
{
    if (m_vault->isUnlocked()) {
        m_timer.setInterval(m_vault->autoLockSeconds() * 1000);
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

} // namespace passbook::vault
