#include "BiometricAuthenticator.h"

#include <QCoreApplication>

namespace passbook::platform {

BiometricAuthenticator::~BiometricAuthenticator() = default;

QString NullBiometricAuthenticator::unavailableReason() const
{
    return QCoreApplication::translate("passbook",
                                       "This device offers no fingerprint or face check to the app.");
}

} // namespace passbook::platform
