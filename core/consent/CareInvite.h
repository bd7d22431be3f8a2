#pragma once

#include "common/Result.h"
#include "crypto/Address.h"
#include "crypto/SigningKey.h"

#include <QList>
#include <QString>

namespace passbook::consent {

// A care-invite code (issue: family caregivers): what a patient gives a caregiver so the
// caregiver's app knows whose passbook to follow and where it is kept — the patient's address, the
// chain, the hospitals the patient is enrolled at. No medical data. Signed by the patient
// (EIP-191), so an edited or made-up code is refused; whether the caregiver may see anything is
// still for the ledger to say (delegateRights).
//
// Text form: "HPCARE1." + base64url(JSON) + "." + base64url(65-byte signature).
struct CareInvite
{
    crypto::Address patient;
    quint64 chainId = 0;
    QList<crypto::Address> hospitals;

    [[nodiscard]] static QString create(const crypto::SigningKey &patientKey, quint64 chainId,
                                        const QList<crypto::Address> &hospitals);
    // Checks the form, the signature against the patient address inside, and the chain.
    [[nodiscard]] static Result<CareInvite> parse(const QString &code, quint64 expectedChainId);
};

} // namespace passbook::consent
