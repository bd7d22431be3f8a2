#pragma once

#include "platform/BiometricAuthenticator.h"

#include <QDBusConnection>
#include <QTimer>

namespace passbook::platform {

// Fingerprint verification through fprintd over the system bus (net.reactivated.Fprint):
// Manager.GetDefaultDevice, Device.Claim, VerifyStart("any"), the VerifyStatus signal until it says
// done, then VerifyStop and Release — also on timeout and cancel, so the reader is never left
// claimed.
class FprintdAuthenticator final : public BiometricAuthenticator
{
    Q_OBJECT
public:
    explicit FprintdAuthenticator(QDBusConnection systemBus, QObject *parent = nullptr);
    ~FprintdAuthenticator() override;

    [[nodiscard]] bool isAvailable() override;
    [[nodiscard]] QString unavailableReason() const override { return m_reason; }
    [[nodiscard]] QByteArray enrollmentId() override;
    void verify(int timeoutMs) override;
    void cancel() override;

private slots:
    void onVerifyStatus(const QString &result, bool done);

private:
    void end(Outcome outcome, const QString &detail);
    [[nodiscard]] Outcome fromError(const QString &errorName) const;

    QDBusConnection m_bus;
    QString m_device; // object path while a check runs
    QString m_reason;
    QTimer m_timeout;
    bool m_running = false;
};

} // namespace passbook::platform
