#pragma once

#include "common/Result.h"
#include "crypto/SigningKey.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace passbook::fhir {

// What /.well-known/passbook-node says about a hospital gateway.
struct NodeInfo
{
    QString name;
    crypto::Address participant;
    quint64 chainId = 0;
    crypto::Address registry;
};

// One Bundle entry as received: the resource as served, and the ledger-proof extension's value.
struct FetchedEntry
{
    QJsonObject resource;
    QString proof;
};

struct FetchedPage
{
    QList<FetchedEntry> entries;
    QStringList problems; // entries that are not resources at all (kept out, reported)
    QUrl next;
    qint64 bytes = 0;
};

// A hospital gateway over HTTP(S) (DESIGN.md §5): discovery, Sign-In with Ethereum, enrollment with an
// activation code, and FHIR searches with paging. Blocking, like JsonRpcClient::callBlocking: meant
// for the CLI, tests and the sync worker thread, never the GUI thread.
//
// Errors: Unreachable (refused, timeout, 5xx after retries, 429 after waiting), WrongSecret (the
// hospital refused the sign-in), Rejected (403: the ledger or the hospital refuses), NotFound (404),
// InvalidInput (the answer is not what the protocol says).
class FhirClient : public QObject
{
    Q_OBJECT
public:
    FhirClient(QUrl base, const crypto::SigningKey &key, quint64 chainId, QObject *parent = nullptr);
    ~FhirClient() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setRetries(int retries) { m_retries = retries; }
    void setMaxResponseBytes(qint64 bytes) { m_maxBytes = bytes; }
    // Acting for someone else (a caregiver): sent as X-Passbook-Patient.
    void setActingFor(const crypto::Address &patient) { m_actingFor = patient; }
    void setCancelCheck(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }

    [[nodiscard]] Result<NodeInfo> discover();
    [[nodiscard]] Result<void> signIn();
    // Redeems an activation code; returns the patient reference at this hospital ("Patient/…").
    [[nodiscard]] Result<QString> enroll(const QString &activationCode);
    // The patient reference at this hospital of whoever the caller reads (itself, or the patient it
    // acts for): what a caregiver, who enrolled nowhere, checks records against.
    [[nodiscard]] Result<QString> patientReference();
    // First page of `type` for the patient, changed after `since` (null = everything).
    [[nodiscard]] Result<FetchedPage> search(const QString &type, const QString &patientRef,
                                             const QDateTime &since, int count);
    [[nodiscard]] Result<FetchedPage> nextPage(const QUrl &next);

    [[nodiscard]] QUrl base() const { return m_base; }

private:
    struct Response
    {
        int status = 0;
        QByteArray body;
        QByteArray retryAfter;
    };
    [[nodiscard]] Result<Response> send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                        bool auth);
    [[nodiscard]] Result<Response> sendWithRetry(const QByteArray &verb, const QUrl &url,
                                                 const QByteArray &body, bool auth);
    [[nodiscard]] Result<QJsonObject> signedChallenge();
    [[nodiscard]] Result<FetchedPage> getPage(const QUrl &url);
    [[nodiscard]] Error httpError(const Response &r, const QString &what) const;

    QUrl m_base;
    const crypto::SigningKey &m_key;
    quint64 m_chainId;
    QNetworkAccessManager *m_network;
    QString m_token;
    std::optional<crypto::Address> m_actingFor;
    std::function<bool()> m_cancelled;
    int m_timeoutMs = 20000;
    int m_retries = 3;
    qint64 m_maxBytes = 32 * 1024 * 1024;
};

} // namespace passbook::fhir
