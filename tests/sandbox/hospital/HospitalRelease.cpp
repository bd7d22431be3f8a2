// HospitalServer: who may receive what (the patient, a VIEW delegate, a consented participant),
// logging each release on the ledger, and anchoring record batches.
#include "HospitalServer.h"
#include "HospitalServerPrivate.h"

#include "crypto/Hex.h"
#include "crypto/Keccak256.h"
#include "crypto/Signature.h"
#include "fhir/ResourceMapper.h"
#include "fhir/SiweMessage.h"
#include "ledger/Abi.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>

#include <QUrlQuery>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>
#include <cstdlib>

#include <sodium.h>

namespace passbook::sandbox {

using namespace passbook::ledger;
using namespace detail;

void HospitalServer::anchorPending()
{
    if (m_anchoring) {
        return;
    }
    m_anchoring = true;
    const auto done = qScopeGuard([this] { m_anchoring = false; });
    if (auto made = m_store.batchPending(m_config.batchLeaves); !made) {
        qCWarning(lcHospital) << "batching failed:" << made.error().detail;
        return;
    }
    auto batches = m_store.unanchoredBatches();
    if (!batches) {
        return;
    }
    for (const HospitalStore::Batch &b : batches.value()) {
        auto sent = m_ledger.submit(registry::anchor(b.root, quint32(b.leafCount)),
                                    QStringLiteral("anchor batch %1").arg(b.number));
        if (!sent) {
            qCWarning(lcHospital) << "anchoring batch" << b.number
                                  << "failed, retrying later:" << sent.error().detail;
            return;
        }
        qint64 seq = 0;
        for (const Log &log : sent.value().receipt.logs) {
            auto e = registry::decodeEvent(log);
            if (e && e.value().type == registry::Event::Type::RecordsAnchored) {
                seq = qint64(e.value().id);
            }
        }
        if (auto m = m_store.markAnchored(b.number, seq); !m) {
            qCWarning(lcHospital) << "could not record the anchor:" << m.error().detail;
            return;
        }
        qCInfo(lcHospital) << "anchored batch" << b.number << "with" << b.leafCount << "leaves as seq" << seq;
    }
}

Result<HospitalServer::Caller> HospitalServer::authorize(const QHttpServerRequest &request)
{
    const auto error = [](ErrorCode code, const QString &m) { return Error{code, m, m}; };
    const QByteArray auth = request.value("Authorization");
    if (!auth.startsWith("Bearer ")) {
        return error(ErrorCode::WrongSecret, QStringLiteral("Sign in first (Authorization: Bearer …)."));
    }
    const auto t = m_tokens.value(QString::fromLatin1(auth.mid(7).trimmed()));
    if (t.address.isEmpty() || t.expires < nowSecs()) {
        return error(ErrorCode::WrongSecret,
                     QStringLiteral("The access token is unknown or expired; sign in again."));
    }
    Caller caller;
    caller.address = t.address;
    QString patientAddress = t.address;
    const QByteArray header = request.value("X-Passbook-Patient");
    if (!header.isEmpty()) {
        auto a = crypto::Address::fromString(QString::fromLatin1(header));
        if (!a) {
            return error(ErrorCode::InvalidInput, QStringLiteral("X-Passbook-Patient is not an address."));
        }
        patientAddress = a.value().toLowerHex();
    }
    auto patient = m_store.patientByAddress(patientAddress);
    if (!patient) {
        return patient.error();
    }
    if (!patient.value()) {
        return error(
            patientAddress == t.address ? ErrorCode::Rejected : ErrorCode::NotFound,
            patientAddress == t.address
                ? QStringLiteral("This account is not enrolled here; connect with an activation code first.")
                : QStringLiteral("No patient with that account is enrolled at this hospital."));
    }
    caller.patient = *patient.value();
    if (patientAddress == t.address) {
        caller.role = Caller::Role::Patient;
        return caller;
    }
    const auto patientAddr = crypto::Address::fromString(patientAddress).value();
    const auto callerAddr = crypto::Address::fromString(t.address).value();
    auto rights = m_ledger.registry().delegateRights(patientAddr, callerAddr);
    if (!rights) {
        return error(ErrorCode::Unreachable,
                     QStringLiteral("The ledger cannot be read right now; try again."));
    }
    if (rights.value() & domain::View) {
        caller.role = Caller::Role::Delegate;
        return caller;
    }
    if (auto allowed = authorizeParticipant(caller, patientAddr, callerAddr); !allowed) {
        return allowed.error();
    }
    findReleaseConsent(caller, patientAddr, callerAddr);
    return caller;
}

Result<void> HospitalServer::authorizeParticipant(Caller &caller, const crypto::Address &patientAddr,
                                                  const crypto::Address &callerAddr)
{
    const auto error = [](ErrorCode code, const QString &m) { return Error{code, m, m}; };
    auto who = m_ledger.registry().participant(callerAddr);
    if (!who || !who.value().active) {
        return error(ErrorCode::Rejected,
                     QStringLiteral("The ledger gives this account no access to this patient's records."));
    }
    caller.role = Caller::Role::Participant;
    caller.allowed = 0;
    for (int bit = 0; bit < 16; ++bit) {
        auto ok = m_ledger.registry().isAuthorized(patientAddr, callerAddr, m_key.address(), 1U << bit);
        if (!ok) {
            return error(ErrorCode::Unreachable,
                         QStringLiteral("The ledger cannot be read right now; try again."));
        }
        if (ok.value()) {
            caller.allowed |= 1U << bit;
        }
    }
    if (!caller.allowed) {
        return error(ErrorCode::Rejected,
                     QStringLiteral("The patient has not consented to release records to you."));
    }
    return {};
}

void HospitalServer::findReleaseConsent(Caller &caller, const crypto::Address &patientAddr,
                                        const crypto::Address &callerAddr)
{
    // The consent that covers this release (for recordRelease) and its purpose.
    const QByteArray topic0 =
        abi::topic("ConsentGranted(uint256,address,address,address,uint32,uint8,uint64,uint256,address)");
    auto logs = m_ledger.rpc().callBlocking(
        QStringLiteral("eth_getLogs"),
        {QJsonObject{{QStringLiteral("address"), m_config.network.registry.toLowerHex()},
                     {QStringLiteral("fromBlock"), QStringLiteral("0x0")},
                     {QStringLiteral("toBlock"), QStringLiteral("latest")},
                     {QStringLiteral("topics"),
                      QJsonArray{crypto::toHex(topic0, true), QJsonValue(),
                                 crypto::toHex(QByteArray(12, '\0') + patientAddr.bytes(), true),
                                 crypto::toHex(QByteArray(12, '\0') + callerAddr.bytes(), true)}}}});
    bool anyNonResearch = false;
    if (logs) {
        const QJsonArray items = logs.value().toArray();
        for (qsizetype i = items.size() - 1; i >= 0; --i) {
            auto log = EthClient::parseLog(items.at(i));
            if (!log) {
                continue;
            }
            auto e = registry::decodeEvent(log.value());
            if (!e) {
                continue;
            }
            auto c = m_ledger.registry().consent(e.value().id);
            if (!c || c.value().revoked || c.value().expiresAt < quint64(nowSecs()) ||
                !(c.value().custodian.isZero() || c.value().custodian == m_key.address()) ||
                !(c.value().scopes & caller.allowed)) {
                continue;
            }
            if (!caller.consentId) {
                caller.consentId = c.value().id;
            }
            if (c.value().purpose != quint8(domain::Purpose::Research)) {
                anyNonResearch = true;
                caller.consentId = c.value().id;
                break;
            }
        }
    }
    caller.research = !anyNonResearch;
}

Result<QByteArray> HospitalServer::proofFor(const HospitalStore::Row &row)
{
    if (!row.batch) {
        return Error{ErrorCode::NotFound, QString(), QStringLiteral("not batched yet")};
    }
    std::shared_ptr<fhir::merkle::Tree> tree = m_trees.value(row.batch);
    if (!tree) {
        auto leaves = m_store.leaves(row.batch);
        if (!leaves) {
            return leaves.error();
        }
        tree = std::make_shared<fhir::merkle::Tree>(leaves.value());
        if (m_trees.size() > 256) {
            m_trees.clear();
        }
        m_trees.insert(row.batch, tree);
    }
    auto batch = m_anchoredBatches.contains(row.batch)
                     ? Result<HospitalStore::Batch>(m_anchoredBatches.value(row.batch))
                     : m_store.batch(row.batch);
    if (!batch) {
        return batch.error();
    }
    if (batch.value().anchored) {
        m_anchoredBatches.insert(row.batch, batch.value()); // immutable from now on
    }
    const QJsonObject proof{{QStringLiteral("custodian"), m_key.address().toChecksumString()},
                            {QStringLiteral("root"), crypto::toHex(tree->root(), true)},
                            {QStringLiteral("seq"), batch.value().seq},
                            {QStringLiteral("index"), row.leafIndex},
                            {QStringLiteral("path"), QJsonArray::fromStringList(fhir::merkle::encodePath(
                                                         tree->proof(row.leafIndex)))}};
    return QJsonDocument(proof).toJson(QJsonDocument::Compact);
}

Result<void> HospitalServer::logRelease(const Caller &caller, quint32 scopes)
{
    if (caller.role != Caller::Role::Participant || !scopes) {
        return {};
    }
    if (!caller.consentId) {
        // isAuthorized said yes but no covering consent was found to name in the release log:
        // release nothing rather than something unlogged.
        return Error{ErrorCode::Rejected, QString(), QStringLiteral("no consent to log the release under")};
    }
    auto sent =
        m_ledger.submit(registry::recordRelease(crypto::Address::fromString(caller.patient.address).value(),
                                                crypto::Address::fromString(caller.address).value(), scopes,
                                                caller.consentId),
                        QStringLiteral("record release"));
    if (!sent) {
        return sent.error();
    }
    return {};
}

} // namespace passbook::sandbox
