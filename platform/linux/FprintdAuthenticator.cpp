#include "FprintdAuthenticator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>

namespace passbook::platform {

namespace {
const QString kService = QStringLiteral("net.reactivated.Fprint");
const QString kManagerPath = QStringLiteral("/net/reactivated/Fprint/Manager");
const QString kManager = QStringLiteral("net.reactivated.Fprint.Manager");
const QString kDevice = QStringLiteral("net.reactivated.Fprint.Device");
constexpr int kCallTimeoutMs = 5000;
} // namespace

FprintdAuthenticator::FprintdAuthenticator(QDBusConnection systemBus, QObject *parent)
    : BiometricAuthenticator(parent), m_bus(std::move(systemBus))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        end(Outcome::TimedOut, QCoreApplication::translate("passbook", "No finger was read in time."));
    });
}

FprintdAuthenticator::~FprintdAuthenticator()
{
    if (m_running) {
        cancel();
    }
}

bool FprintdAuthenticator::isAvailable()
{
    if (!m_bus.isConnected()) {
        m_reason =
            QCoreApplication::translate("passbook", "The system's fingerprint service cannot be reached.");
        return false;
    }
    const QDBusReply<QDBusObjectPath> device = m_bus.call(
        QDBusMessage::createMethodCall(kService, kManagerPath, kManager, QStringLiteral("GetDefaultDevice")),
        QDBus::Block, kCallTimeoutMs);
    if (!device.isValid()) {
        m_reason =
            device.error().name().endsWith(QLatin1String("NoSuchDevice"))
                ? QCoreApplication::translate("passbook", "This computer has no fingerprint reader.")
                : QCoreApplication::translate("passbook", "The system's fingerprint service (fprintd) is not "
                                                          "running.");
        return false;
    }
    QDBusMessage list = QDBusMessage::createMethodCall(kService, device.value().path(), kDevice,
                                                       QStringLiteral("ListEnrolledFingers"));
    list << QString();
    const QDBusReply<QStringList> fingers = m_bus.call(list, QDBus::Block, kCallTimeoutMs);
    if (!fingers.isValid() || fingers.value().isEmpty()) {
        m_reason =
            QCoreApplication::translate("passbook", "No fingerprint is enrolled for you on this computer.");
        return false;
    }
    m_reason.clear();
    return true;
}

QByteArray FprintdAuthenticator::enrollmentId()
{
    const QDBusReply<QDBusObjectPath> device = m_bus.call(
        QDBusMessage::createMethodCall(kService, kManagerPath, kManager, QStringLiteral("GetDefaultDevice")),
        QDBus::Block, kCallTimeoutMs);
    if (!device.isValid()) {
        return {};
    }
    QDBusMessage list = QDBusMessage::createMethodCall(kService, device.value().path(), kDevice,
                                                       QStringLiteral("ListEnrolledFingers"));
    list << QString();
    const QDBusReply<QStringList> fingers = m_bus.call(list, QDBus::Block, kCallTimeoutMs);
    if (!fingers.isValid()) {
        return {};
    }
    QStringList sorted = fingers.value();
    sorted.sort();
    return QCryptographicHash::hash((device.value().path() + QLatin1Char('|') + sorted.join(QLatin1Char(','))).toUtf8(),
                                    QCryptographicHash::Sha256);
}

BiometricAuthenticator::Outcome FprintdAuthenticator::fromError(const QString &errorName) const
{
    if (errorName.endsWith(QLatin1String("AlreadyInUse"))) {
        return Outcome::Busy;
    }
    if (errorName.endsWith(QLatin1String("NoSuchDevice")) ||
        errorName.endsWith(QLatin1String("NoEnrolledPrints")) ||
        errorName.endsWith(QLatin1String("ServiceUnknown"))) {
        return Outcome::Unavailable;
    }
    return Outcome::Failed;
}

void FprintdAuthenticator::verify(int timeoutMs)
{
    if (m_running) {
        return;
    }
    const QDBusReply<QDBusObjectPath> device = m_bus.call(
        QDBusMessage::createMethodCall(kService, kManagerPath, kManager, QStringLiteral("GetDefaultDevice")),
        QDBus::Block, kCallTimeoutMs);
    if (!device.isValid()) {
        emit finished(fromError(device.error().name()),
                      QCoreApplication::translate("passbook", "This computer has no fingerprint reader."));
        return;
    }
    m_device = device.value().path();
    QDBusMessage claim = QDBusMessage::createMethodCall(kService, m_device, kDevice, QStringLiteral("Claim"));
    claim << QString(); // the user running the app
    const QDBusMessage claimed = m_bus.call(claim, QDBus::Block, kCallTimeoutMs);
    if (claimed.type() == QDBusMessage::ErrorMessage) {
        const Outcome o = fromError(claimed.errorName());
        m_device.clear();
        emit finished(
            o,
            o == Outcome::Busy
                ? QCoreApplication::translate("passbook", "Another program is using the fingerprint reader.")
                : QCoreApplication::translate("passbook", "The fingerprint reader could not be used."));
        return;
    }
    m_bus.connect(kService, m_device, kDevice, QStringLiteral("VerifyStatus"), this,
                  SLOT(onVerifyStatus(QString, bool)));
    QDBusMessage start =
        QDBusMessage::createMethodCall(kService, m_device, kDevice, QStringLiteral("VerifyStart"));
    start << QStringLiteral("any");
    const QDBusMessage started = m_bus.call(start, QDBus::Block, kCallTimeoutMs);
    m_running = true;
    if (started.type() == QDBusMessage::ErrorMessage) {
        end(fromError(started.errorName()),
            QCoreApplication::translate("passbook", "The fingerprint reader could not start."));
        return;
    }
    m_timeout.start(timeoutMs);
}

void FprintdAuthenticator::cancel()
{
    if (m_running) {
        end(Outcome::Cancelled, QString());
    }
}

void FprintdAuthenticator::onVerifyStatus(const QString &result, bool done)
{
    if (!m_running) {
        return;
    }
    if (result == QLatin1String("verify-match")) {
        end(Outcome::Match, QString());
    } else if (result == QLatin1String("verify-no-match")) {
        end(Outcome::NoMatch, QCoreApplication::translate("passbook", "That fingerprint does not match."));
    } else if (result == QLatin1String("verify-disconnected")) {
        end(Outcome::Failed,
            QCoreApplication::translate("passbook", "The fingerprint reader was disconnected."));
    } else if (done) {
        end(Outcome::Failed, QCoreApplication::translate("passbook", "The fingerprint could not be read."));
    } else {
        emit retry(
            QCoreApplication::translate("passbook", "Try again: place your finger flat on the reader."));
    }
}

void FprintdAuthenticator::end(Outcome outcome, const QString &detail)
{
    m_timeout.stop();
    m_running = false;
    m_bus.disconnect(kService, m_device, kDevice, QStringLiteral("VerifyStatus"), this,
                     SLOT(onVerifyStatus(QString, bool)));
    // The reader is always given back, whatever happened.
    m_bus.call(QDBusMessage::createMethodCall(kService, m_device, kDevice, QStringLiteral("VerifyStop")),
               QDBus::Block, kCallTimeoutMs);
    m_bus.call(QDBusMessage::createMethodCall(kService, m_device, kDevice, QStringLiteral("Release")),
               QDBus::Block, kCallTimeoutMs);
    m_device.clear();
    emit finished(outcome, detail);
}

} // namespace passbook::platform
