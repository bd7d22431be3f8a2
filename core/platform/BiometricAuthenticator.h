#pragma once

#include <QObject>
#include <QString>

namespace passbook::platform {

// A fingerprint or face check by the OS (DESIGN.md §3, §9). It only says whether the enrolled
// person is present; releasing key material is SecureKeyStore's part, read only after a match
// (OWASP MASVS AUTH-2).
class BiometricAuthenticator : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Match,
        NoMatch,
        Unavailable, // no reader, no enrolled prints, no service
        Busy,        // another program holds the reader
        TimedOut,
        Cancelled,
        Failed, // the reader or the service failed; see the message
    };
    Q_ENUM(Outcome)

    using QObject::QObject;
    ~BiometricAuthenticator() override;

    // Whether a check can be offered at all; otherwise why not, for Settings.
    [[nodiscard]] virtual bool isAvailable() = 0;
    [[nodiscard]] virtual QString unavailableReason() const = 0;
    // Changes whenever the enrolled fingers or faces change (a hash; empty when unknown), so a key
    // released for the old enrolment is not used after a new finger was added.
    [[nodiscard]] virtual QByteArray enrollmentId() = 0;
    // Starts one check; finished() follows exactly once (also after cancel()).
    virtual void verify(int timeoutMs) = 0;
    virtual void cancel() = 0;

signals:
    void finished(passbook::platform::BiometricAuthenticator::Outcome outcome, const QString &detail);
    // The reader wants another try (finger moved, too short, …): for the person, not a failure.
    void retry(const QString &hint);
};

class NullBiometricAuthenticator final : public BiometricAuthenticator
{
    Q_OBJECT
public:
    using BiometricAuthenticator::BiometricAuthenticator;
    [[nodiscard]] bool isAvailable() override { return false; }
    [[nodiscard]] QString unavailableReason() const override;
    [[nodiscard]] QByteArray enrollmentId() override { return {}; }
    void verify(int) override { emit finished(Outcome::Unavailable, unavailableReason()); }
    void cancel() override {}
};

} // namespace passbook::platform
