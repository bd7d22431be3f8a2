#include "RequestMonitor.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConsent, "passbook.consent")

namespace passbook::consent {

RequestMonitor::RequestMonitor(vault::VaultDatabase &db, ledger::NetworkProfile network,
                               crypto::Address patient, QObject *parent)
    : QObject(parent), m_db(db), m_network(std::move(network)), m_patient(std::move(patient)),
      m_store(db, m_network.chainId, m_network.registry), m_ledger(m_network),
      m_sync(m_ledger.eth(), db, m_network.chainId, m_network.registry),
      m_subscription(std::make_unique<ledger::LogSubscription>(m_network.ws, m_sync, m_network.registry))
{
    connect(m_subscription.get(), &ledger::LogSubscription::subscribed, this, [this] {
        emit subscribed();
        announce(); // requests that arrived while the app was closed or offline
    });
    connect(m_subscription.get(), &ledger::LogSubscription::eventsStored, this, [this] {
        emit ledgerChanged();
        announce();
    });
    connect(m_subscription.get(), &ledger::LogSubscription::problem, this, &RequestMonitor::problem);
}

RequestMonitor::~RequestMonitor()
{
    stop();
}

void RequestMonitor::start()
{
    m_subscription->start();
}

void RequestMonitor::stop()
{
    m_subscription->stop();
}

Result<QList<ConsentStore::Request>> RequestMonitor::takeUnannounced(qint64 nowSecs)
{
    auto through = m_db.meta(QString::fromLatin1(kAnnouncedMetaKey));
    if (!through && through.error().code != ErrorCode::NotFound) {
        return through.error();
    }
    const quint64 announcedThrough = through ? through.value().toULongLong() : 0; // missing: nothing yet
    auto requests = m_store.requests(m_patient, nowSecs);
    if (!requests) {
        return requests.error();
    }
    QList<ConsentStore::Request> fresh;
    quint64 highest = announcedThrough;
    for (const ConsentStore::Request &r : requests.value()) {
        highest = std::max(highest, r.id);
        if (r.id > announcedThrough && r.status == QLatin1String("pending")) {
            fresh.prepend(r); // the store lists newest first
        }
    }
    if (highest != announcedThrough) {
        if (auto saved = m_db.setMeta(QString::fromLatin1(kAnnouncedMetaKey), QString::number(highest));
            !saved) {
            return saved.error();
        }
    }
    return fresh;
}

void RequestMonitor::announce()
{
    auto fresh = takeUnannounced(QDateTime::currentSecsSinceEpoch());
    if (!fresh) {
        qCWarning(lcConsent) << "cannot read the inbox:" << fresh.error().detail;
        emit problem(fresh.error().message);
        return;
    }
    if (!fresh.value().isEmpty()) {
        emit requestsArrived(fresh.value());
    }
}

} // namespace passbook::consent
