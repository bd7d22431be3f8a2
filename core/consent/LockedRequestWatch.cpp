#include "LockedRequestWatch.h"

#include "crypto/Hex.h"
#include "ledger/Abi.h"

#include <QJsonArray>
#include <QSettings>

namespace passbook::consent {

namespace {
const QString kGroup = QStringLiteral("requestWatch");
const QString kWs = QStringLiteral("requestWatch/ws");
const QString kRegistry = QStringLiteral("requestWatch/registry");
const QString kPatient = QStringLiteral("requestWatch/patient");
} // namespace

LockedRequestWatch::LockedRequestWatch(QObject *parent) : QObject(parent)
{
}

LockedRequestWatch::~LockedRequestWatch() = default;

void LockedRequestWatch::remember(const ledger::NetworkProfile &network, const crypto::Address &patient)
{
    QSettings settings;
    settings.setValue(kWs, network.ws.toString());
    settings.setValue(kRegistry, network.registry.toChecksumString());
    settings.setValue(kPatient, patient.toChecksumString());
}

void LockedRequestWatch::forget()
{
    QSettings().remove(kGroup);
}

bool LockedRequestWatch::start()
{
    QSettings settings;
    const QUrl ws(settings.value(kWs).toString());
    auto registry = crypto::Address::fromString(settings.value(kRegistry).toString());
    auto patient = crypto::Address::fromString(settings.value(kPatient).toString());
    if (m_subscription || !ws.isValid() || ws.isEmpty() || !registry || !patient) {
        return false;
    }
    // AccessRequested(requestId indexed, patient indexed, …): any request, this patient
    const QJsonArray topics{
        crypto::toHex(
            ledger::abi::topic("AccessRequested(uint256,address,address,address,uint32,uint8,uint64)"), true),
        QJsonValue(), crypto::toHex(QByteArray(12, '\0') + patient.value().bytes(), true)};
    m_subscription = std::make_unique<ledger::LogSubscription>(ws, registry.value(), topics);
    connect(m_subscription.get(), &ledger::LogSubscription::logReceived, this,
            &LockedRequestWatch::requestSeen);
    m_subscription->start();
    return true;
}

} // namespace passbook::consent
