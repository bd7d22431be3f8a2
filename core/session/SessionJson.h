#pragma once

// The JSON form of what a session shows: passbook-cli's output (DESIGN.md §7), which other tools
// read. One function per kind of thing; the keys are an interface — change one only on purpose,
// with the README and `passbook-cli --help`. Times are ISO 8601 in UTC, addresses EIP-55.
#include "consent/CareCircle.h"
#include "consent/ConsentStore.h"
#include "ledger/Outbox.h"
#include "ledger/RegistryClient.h"
#include "passbook/TimelineStore.h"

#include <QHash>
#include <QJsonObject>

namespace passbook::session::json {

[[nodiscard]] QString isoTime(qint64 secs);

// The ledger: a participant of the directory, a transaction this device signed or queued.
[[nodiscard]] QJsonObject participant(const ledger::registry::Participant &p);
[[nodiscard]] QJsonObject outboxEntry(const ledger::Outbox::Entry &e);

// What the ledger's events say about a patient; `store` names the addresses.
[[nodiscard]] QJsonObject request(const consent::ConsentStore &store,
                                  const consent::ConsentStore::Request &r);
[[nodiscard]] QJsonObject consent(const consent::ConsentStore &store,
                                  const consent::ConsentStore::Consent &c);
[[nodiscard]] QJsonObject activity(const consent::ConsentStore::Activity &a);
[[nodiscard]] QJsonObject delegation(const consent::ConsentStore::Delegation &d);
// Someone I care for, as this vault keeps them (and why their access ended, when it did).
[[nodiscard]] QJsonObject caredFor(const consent::CaredFor &p);

// The records: a connected hospital (with how many of its records are here), a timeline row
// (`names`: participant → hospital name).
[[nodiscard]] QJsonObject hospital(const passbook::Hospital &h, qint64 records);
[[nodiscard]] QJsonObject timelineRow(const passbook::TimelineRow &row, const QHash<QString, QString> &names);

} // namespace passbook::session::json
