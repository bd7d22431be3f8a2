#pragma once

#include "consent/ConsentStore.h"
#include "ledger/Outbox.h"
#include "models/RowModel.h"

namespace passbook::models {

// What the registry events stored in the vault say about one patient (core/consent), as lists for
// the read-only screens. Each load() replaces the rows; a store that cannot be read (null) empties
// the list. Dates are in the app's language; words are machine keys QML translates.

struct RequestRow
{
    consent::ConsentStore::Request request;
    QString requester, custodian; // names from the directory events (empty = none)
};

// Requests about the patient, newest first. Roles:
//   id          the request's number on the ledger
//   requester, custodian   who asks, who holds the records (names)
//   categories  category keys ("labs", …)          purpose     purpose key ("treatment", …)
//   expires, requested     dates (text)             expiresAt   seconds
//   status      pending | approved | denied | expired
//   scopes      category bits                      concerns    why not to approve (machine words)
class RequestsModel : public ListOf<RequestRow>
{
public:
    explicit RequestsModel(QObject *parent = nullptr);
    void load(const consent::ConsentStore *store, const crypto::Address &patient, qint64 nowSecs);
    // How many wait for a decision.
    [[nodiscard]] int pending() const;
    // The row of request `id`, or -1.
    [[nodiscard]] int rowOf(quint64 id) const;
};

struct ConsentRow
{
    consent::ConsentStore::Consent consent;
    QString grantee, custodian, grantedBy; // names (custodian empty = any hospital)
};

// Consents about the patient: the active ones first, then the ended ones, newest first in each.
// Roles: id, grantee, custodian, categories, purpose, expires (text), state (active | expired |
// revoked), grantedBy (name), emergency (bool).
class ConsentsModel : public ListOf<ConsentRow>
{
public:
    explicit ConsentsModel(QObject *parent = nullptr);
    void load(const consent::ConsentStore *store, const crypto::Address &patient, qint64 nowSecs);
};

// What happened on the ledger about the patient, newest first (at most 200). Roles: time (text),
// type (the event's name), id (request or consent number), party, custodian, actor (names),
// byPatient (bool), categories, purpose, expires (text, empty when none), rights (right keys),
// sentence (English, for logs; the app composes its own from the other roles).
class ActivityModel : public ListOf<consent::ConsentStore::Activity>
{
public:
    explicit ActivityModel(QObject *parent = nullptr);
    void load(const consent::ConsentStore *store, const crypto::Address &patient);
};

// The decisions this device signed or queued, newest first (at most 20). Roles: id, description
// (what was decided, in words), status (queued | signed | sent | mined | failed), error,
// when (text). `waiting` is true while one of them has not reached the ledger yet.
class OutboxModel : public ListOf<ledger::Outbox::Entry>
{
    Q_OBJECT
    Q_PROPERTY(bool waiting READ waiting NOTIFY loaded)

public:
    explicit OutboxModel(QObject *parent = nullptr);
    void load(vault::VaultDatabase *db);
    [[nodiscard]] bool waiting() const;

signals:
    void loaded();
};

} // namespace passbook::models
