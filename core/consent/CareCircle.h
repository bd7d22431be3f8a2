#pragma once

#include "CareInvite.h"
#include "ConsentStore.h"
#include "vault/VaultDatabase.h"

#include <QList>
#include <QString>

#include <optional>

namespace passbook::consent {

// Someone this vault's owner looks after as a caregiver (issue: family caregivers).
struct CaredFor
{
    crypto::Address patient;
    QString label;                    // what the caregiver calls them ("Dad"); never sent anywhere
    QList<crypto::Address> hospitals; // from the patient's invite code
    qint64 addedAt = 0;               // seconds
    quint8 rights = 0;                // domain::View | Approve | Manage, as the ledger said last time
    quint64 expiresAt = 0;            // of the delegation (from its DelegateSet event; 0 = not known)
    qint64 checkedAt = 0;             // seconds, the last time the ledger was asked
    QString ended;                    // empty while active; "revoked" or "expired" once access ended
    qint64 endedAt = 0;

    [[nodiscard]] bool active() const { return ended.isEmpty(); }
    // The label, or a short form of the address when there is none.
    [[nodiscard]] QString displayName() const;
};

// The people I care for, kept in this vault's database (vault_meta "care.patients"): who they are
// and where their records are. What they allow is always the ledger's answer (delegateRights); this
// list only remembers the last answer so that an ended access can be explained.
class CareCircle
{
public:
    explicit CareCircle(vault::VaultDatabase &db) : m_db(db) {}

    [[nodiscard]] Result<QList<CaredFor>> list() const;
    [[nodiscard]] Result<std::optional<CaredFor>> find(const crypto::Address &patient) const;
    // Keeps someone from their invite code once the ledger gave this key `rights` (not 0); a second
    // invite from the same person replaces the first (and re-opens an ended access).
    [[nodiscard]] Result<CaredFor> add(const CareInvite &invite, const QString &label, quint8 rights,
                                       quint64 expiresAt, qint64 nowSecs);
    [[nodiscard]] Result<void> remove(const crypto::Address &patient);

    // What can be said of an invite before asking the ledger: not my own code, a name of 64
    // characters or fewer.
    [[nodiscard]] static Result<void> checkInvite(const CareInvite &invite, const crypto::Address &me,
                                                  const QString &label);

    // Records the ledger's answer for one person. A 0 ends an active access: "expired" when the
    // delegation's known expiry has passed at `ledgerNow` (the chain's time, which decides),
    // "revoked" otherwise. Returns the updated entry, and whether this answer ended the access just now.
    struct Applied
    {
        CaredFor person;
        bool endedNow = false;
    };
    [[nodiscard]] Result<Applied> applyRights(const crypto::Address &patient, quint8 rights,
                                              quint64 expiresAt, qint64 nowSecs, qint64 ledgerNow);

    // The expiry of the delegation `patient` → `delegate` from the stored ledger events (0 if none).
    [[nodiscard]] static quint64 delegationExpiry(const ConsentStore &store, const crypto::Address &patient,
                                                  const crypto::Address &delegate, qint64 nowSecs);

    // Delegations to `me` that the stored events show differently from what this list last heard
    // from the ledger for `person` (ended, or other rights): a reason to ask the ledger again. Each
    // is named by its state (patient, rights, expiry, active), so that one change is asked about once
    // even when the chain's clock and ours disagree about it.
    [[nodiscard]] static QStringList movedDelegations(const ConsentStore &store, const CaredFor &person,
                                                      const crypto::Address &me, qint64 nowSecs);

private:
    [[nodiscard]] Result<void> save(const QList<CaredFor> &people);

    vault::VaultDatabase &m_db;
};

} // namespace passbook::consent
