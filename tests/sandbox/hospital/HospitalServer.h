#pragma once

#include "HospitalStore.h"
#include "crypto/SigningKey.h"
#include "fhir/Merkle.h"
#include "ledger/LedgerConnection.h"
#include "ledger/NetworkProfile.h"
#include "ledger/RegistryClient.h"

#include <QHash>
#include <QTimer>
#include <QtHttpServer/QAbstractHttpServer>

#include <memory>

class QHttpServerRequest;

class QUrlQuery;

namespace passbook::sandbox {

// The hospital gateway of DESIGN.md §5, as a sandbox node: discovery, Sign-In with Ethereum,
// enrollment with activation codes, and the FHIR R4 read API, releasing only what the ledger allows,
// with a ledger proof on every Bundle entry. It anchors new record versions in Merkle batches.
//
// Ledger calls are blocking (JsonRpcClient::callBlocking, a local event loop); the handlers keep no
// state across those calls, so a request arriving meanwhile is served correctly.
class HospitalServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Config
    {
        QString name;
        ledger::NetworkProfile network;
        int anchorIntervalMs = 1000;
        int batchLeaves = 1024;
        int maxPageSize = 1000;
        int tokenSeconds = 900;
        int challengeSeconds = 300;
        int authPerMinute = 120; // per remote address, then 429
    };

    HospitalServer(HospitalStore &store, const crypto::SigningKey &key, Config config,
                   QObject *parent = nullptr);
    ~HospitalServer() override;

    [[nodiscard]] quint16 start(quint16 port);
    // Batches and anchors every unanchored version now (also runs on a timer).
    void anchorPending();

    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/fhir+json";
    };

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Nonce
    {
        QString address;
        qint64 expires = 0;
    };
    struct Token
    {
        QString address;
        qint64 expires = 0;
    };
    struct Caller
    {
        enum class Role
        {
            Patient,
            Delegate,
            Participant
        } role = Role::Patient;
        QString address; // who signed in
        HospitalStore::Patient patient;
        quint32 allowed = 0xFFFF; // category bits this caller may receive
        quint64 consentId = 0;    // for recordRelease (participants)
        bool research = false;    // de-identified data only
    };

    Reply dispatch(const QHttpServerRequest &request);
    Reply wellKnown() const;
    Reply challenge(const QHttpServerRequest &request);
    Reply token(const QHttpServerRequest &request);
    Reply enroll(const QHttpServerRequest &request);
    Reply fhir(const QHttpServerRequest &request, const QStringList &path);
    Reply patientSearch(const Caller &caller);
    // The Patient resource as this caller may see it: whole for the patient and their caregivers,
    // the minimum (record number, sex, birth date) for another participant, logged.
    Result<QJsonObject> patientFor(const Caller &caller);
    // A research recipient's pseudonym for `what` ("Patient/ID", "Observation/ID"): keyed by this
    // node's secret and the recipient.
    QString pseudonymFor(const Caller &caller, const QString &what);
    // Loads this node's pseudonym secret; false when it cannot be had (then no research release).
    bool researchKeyReady();
    Reply search(const QUrlQuery &query, const Caller &caller, const QString &type);
    // The searchset's entries, around each resource's stored bytes; `released` gets their categories.
    QByteArray entriesOf(const Caller &caller, const QList<HospitalStore::Row> &page, quint32 &released);
    Reply capability() const;
    Result<Caller> authorize(const QHttpServerRequest &request);
    // A participant (another hospital) reading a patient's records: the categories the ledger
    // authorizes, one isAuthorized call per category.
    Result<void> authorizeParticipant(Caller &caller, const crypto::Address &patient,
                                      const crypto::Address &who);
    // The consent a release to a participant is logged under, and whether it is for research only.
    void findReleaseConsent(Caller &caller, const crypto::Address &patient, const crypto::Address &who);
    Result<crypto::Address> verifySignIn(const QJsonObject &body);
    Result<QByteArray> proofFor(const HospitalStore::Row &row);
    [[nodiscard]] bool throttled(const QHttpServerRequest &request);
    [[nodiscard]] QString baseUrl() const;
    Result<void> logRelease(const Caller &caller, quint32 scopes);
    void applyFault(Reply &reply, QByteArray &retryAfter);

    HospitalStore &m_store;
    const crypto::SigningKey &m_key;
    Config m_config;
    quint16 m_port = 0;
    ledger::LedgerConnection m_ledger;
    QHash<QString, Nonce> m_nonces;
    QHash<QString, Token> m_tokens;
    QHash<QString, QList<qint64>> m_authTimes;
    QHash<qint64, std::shared_ptr<fhir::merkle::Tree>> m_trees;
    QHash<qint64, HospitalStore::Batch> m_anchoredBatches;
    QTimer m_anchorTimer;
    bool m_anchoring = false;
    QString m_fault;
    int m_faultCount = 0;
    QByteArray m_pseudonymKey;
};

} // namespace passbook::sandbox
