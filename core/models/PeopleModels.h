#pragma once

#include "consent/CareCircle.h"
#include "consent/ConsentStore.h"
#include "ledger/RegistryClient.h"
#include "models/RowModel.h"
#include "passbook/TimelineStore.h"

namespace passbook::models {

// The hospitals and people around a passbook, as lists for QML. Each load() replaces the rows.

struct HospitalRow
{
    passbook::Hospital hospital;
    int records = 0;
};

// The hospitals connected to the passbook on screen. Roles: participant (address), name, endpoint,
// lastSync (text, empty before the first), ok (false when the last sync failed), status (the last
// sync's words, without "error: "), records (how many this device holds from it).
class HospitalsModel : public ListOf<HospitalRow>
{
public:
    explicit HospitalsModel(QObject *parent = nullptr);
    void load(passbook::TimelineStore *store);
};

// The consortium's active participants, as the on-chain directory lists them. Roles: participant
// (checksummed address), name, kind (hospital | clinic | lab | pharmacy | insurer | …).
class DirectoryModel : public ListOf<ledger::registry::Participant>
{
public:
    explicit DirectoryModel(QObject *parent = nullptr);
    // Keeps the active ones.
    void load(const QList<ledger::registry::Participant> &directory);
};

// My caregivers (the delegations I gave that were not removed). Roles: address, rights (bits of
// domain::Right), expires (day, text), expiresAt (seconds), active (bool).
class CaregiversModel : public ListOf<consent::ConsentStore::Delegation>
{
public:
    explicit CaregiversModel(QObject *parent = nullptr);
    void load(const consent::ConsentStore *store, const crypto::Address &patient, qint64 nowSecs);
};

struct PersonRow
{
    consent::CaredFor person;
    int pending = 0;      // their requests waiting for a decision I may make
    bool viewing = false; // their passbook is on screen
};

// The people I care for. Roles: patient (address), name, rights (bits), expires (day, text),
// active, ended ("revoked" | "expired" | empty), endedText (why it ended, in words), hospitals
// (how many their invite named), pending, viewing.
class PeopleModel : public ListOf<PersonRow>
{
public:
    explicit PeopleModel(QObject *parent = nullptr);
    // `store` (may be null) gives their pending requests; `viewing` is the address on screen.
    void load(const QList<consent::CaredFor> &people, const consent::ConsentStore *store,
              const crypto::Address &viewing, qint64 nowSecs);
};

} // namespace passbook::models
