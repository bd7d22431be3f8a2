#include "BiometricController.h"

#include "VaultController.h"

namespace passbook::app {

BiometricController::BiometricController(vault::VaultManager *vault, platform::BiometricAuthenticator *reader,
                                         platform::SecureKeyStore *store, QObject *parent)
    : QObject(parent), m_flow(*vault, *reader, *store)
{
    connect(&m_flow, &session::BiometricFlow::changed, this, &BiometricController::changed);
    connect(&m_flow, &session::BiometricFlow::enabledNow, this, &BiometricController::enabledNow);
}

void BiometricController::enable(QString password)
{
    m_flow.enable(std::make_shared<const crypto::SecureBuffer>(takePassword(password)));
}

} // namespace passbook::app
