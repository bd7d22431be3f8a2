#include "RequestAlert.h"

#include "ledger/Scopes.h"

namespace passbook::consent {

RequestAlert RequestAlert::about(const QList<ConsentStore::Request> &requests, const ConsentStore &store)
{
    RequestAlert alert;
    if (requests.isEmpty()) {
        return alert;
    }
    const ConsentStore::Request &latest = requests.last();
    const QString requester = store.nameOf(latest.requester);
    const QString custodian = latest.custodian.isZero() ? tr("any hospital") : store.nameOf(latest.custodian);
    const QString records = ledger::scopes::describeTranslated(latest.scopes);
    alert.title = requests.size() > 1 ? tr("%n hospital request(s) to review", nullptr, int(requests.size()))
                                      : tr("%1 asks for your records").arg(requester);
    alert.body =
        latest.concerns.isEmpty()
            ? tr("%1 held by %2. Open Health Passbook to approve or deny.").arg(records, custodian)
            : tr("This request looks wrong and cannot be approved. Open Health Passbook to see why.");
    alert.action = tr("Review");
    alert.banner = requests.size() > 1
                       ? alert.title
                       : tr("%1 asks for your %2 held by %3.").arg(requester, records, custodian);
    alert.requestId = latest.id;
    return alert;
}

RequestAlert RequestAlert::whileLocked()
{
    RequestAlert alert;
    alert.title = tr("Health Passbook");
    alert.body = tr("A hospital asks to receive your records — unlock to review.");
    alert.action = tr("Unlock");
    return alert;
}

} // namespace passbook::consent
