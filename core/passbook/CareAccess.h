#pragma once

#include "SyncEngine.h"
#include "consent/CareCircle.h"
#include "vault/VaultManager.h"

namespace passbook::passbook {

// A caregiver's access to the people they care for (issue: family caregivers): what the ledger
// allows decides everything, and a copy of records the caregiver may no longer see does not stay on
// the device.
class CareAccess
{
public:
    CareAccess(vault::VaultManager &vault, ledger::RegistryClient &registry,
               const consent::ConsentStore &store)
        : m_vault(vault), m_registry(registry), m_store(store)
    {
    }

    // Asks the ledger (delegateRights) about one person I care for and records the answer; when my
    // access has ended (revoked, or expired), deletes this device's copy of their records.
    [[nodiscard]] Result<consent::CareCircle::Applied> check(const crypto::Address &patient, qint64 nowSecs);
    // The same for everyone I care for whose access was active: each as the ledger now says
    // (Applied::endedNow for who ended at this check).
    [[nodiscard]] Result<QList<consent::CareCircle::Applied>> checkAll(qint64 nowSecs);

    // Syncs one cared-for person's records from the hospitals of their invite into their own store,
    // as their delegate, after asking the ledger. Refused (Rejected, with a sentence for people) when
    // the access has ended or gives no VIEW; the local copy is then gone.
    [[nodiscard]] Result<SyncReport> sync(const crypto::Address &patient,
                                          const ledger::NetworkProfile &network, qint64 nowSecs,
                                          const std::function<void(SyncEngine &)> &configure = {});

    // The same into a store the caller has open (the app's timeline), for someone check() found active.
    [[nodiscard]] Result<SyncReport> syncInto(TimelineStore &store, const consent::CaredFor &person,
                                              const ledger::NetworkProfile &network,
                                              const std::function<void(SyncEngine &)> &configure = {});

    // Whether I may see this person's records now: refused (Rejected, in words) when the access has
    // ended or the patient gave no VIEW.
    [[nodiscard]] static Result<void> mayView(const consent::CaredFor &person);

    // A sentence for the caregiver about an ended access.
    [[nodiscard]] static QString endedSentence(const consent::CaredFor &person);

private:
    vault::VaultManager &m_vault;
    ledger::RegistryClient &m_registry;
    const consent::ConsentStore &m_store;
};

} // namespace passbook::passbook
