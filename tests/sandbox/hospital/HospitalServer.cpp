#include "HospitalServer.h"

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

Q_LOGGING_CATEGORY(lcHospital, "passbook.hospital")

namespace passbook::sandbox {

using namespace passbook::ledger;

namespace {

HospitalServer::Reply json(int status, const QJsonObject &body, QByteArray type = "application/json")
{
    return {status, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(type)};
}

// FHIR OperationOutcome with one issue; `code` is the FHIR issue type.
HospitalServer::Reply outcome(int status, const char *code, const QString &text)
{
    const QJsonObject issue{{QStringLiteral("severity"), QStringLiteral("error")},
                            {QStringLiteral("code"), QString::fromLatin1(code)},
                            {QStringLiteral("diagnostics"), text}};
    return json(status,
                {{QStringLiteral("resourceType"), QStringLiteral("OperationOutcome")},
                 {QStringLiteral("issue"), QJsonArray{issue}}},
                "application/fhir+json");
}

QString randomAlnum(int n)
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out;
    for (int i = 0; i < n; ++i) {
        out += QLatin1Char(alphabet[randombytes_uniform(sizeof alphabet - 1)]);
    }
    return out;
}

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

std::optional<QJsonObject> bodyObject(const QHttpServerRequest &request)
{
    if (request.body().size() > 64 * 1024) {
        return std::nullopt;
    }
    QJsonParseError err;
    const auto doc = QJsonDocument::fromJson(request.body(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        return std::nullopt;
    }
    return doc.object();
}

// Observation categories (FHIR) accepted in `category=`, as passbook scope bits.
std::optional<quint32> observationCategoryBits(const QString &code)
{
    if (code == QLatin1String("laboratory")) {
        return 1U << 4;
    }
    if (code == QLatin1String("vital-signs") || code == QLatin1String("exam")) {
        return 1U << 14;
    }
    if (code == QLatin1String("survey") || code == QLatin1String("social-history")) {
        return 1U << 13;
    }
    if (code == QLatin1String("imaging")) {
        return 1U << 5;
    }
    if (code == QLatin1String("procedure")) {
        return 1U << 6;
    }
    return std::nullopt;
}

// Safe-harbour style de-identification for RESEARCH releases: no names, identifiers, contact
// details, free text or people; dates reduced to the year; the subject replaced by a pseudonym.
QJsonValue deidentify(const QJsonValue &v, const QString &pseudonym)
{
    static const QStringList dropped = {
        QStringLiteral("text"),          QStringLiteral("identifier"), QStringLiteral("name"),
        QStringLiteral("telecom"),       QStringLiteral("address"),    QStringLiteral("photo"),
        QStringLiteral("contact"),       QStringLiteral("performer"),  QStringLiteral("participant"),
        QStringLiteral("recorder"),      QStringLiteral("asserter"),   QStringLiteral("requester"),
        QStringLiteral("author"),        QStringLiteral("note"),       QStringLiteral("serviceProvider"),
        QStringLiteral("provider"),      QStringLiteral("insurer"),    QStringLiteral("careTeam"),
        QStringLiteral("encounter"),     QStringLiteral("context"),    QStringLiteral("content"),
        QStringLiteral("presentedForm"), QStringLiteral("section"),    QStringLiteral("location")};
    static const QRegularExpression dateRe(QStringLiteral("^(\\d{4})-\\d{2}(-\\d{2}(T[0-9:.+\\-Z]+)?)?$"));
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        QJsonObject out;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (dropped.contains(it.key())) {
                continue;
            }
            if (it.key() == QLatin1String("subject") || it.key() == QLatin1String("patient") ||
                it.key() == QLatin1String("beneficiary")) {
                out.insert(it.key(), QJsonObject{{QStringLiteral("reference"), pseudonym}});
                continue;
            }
            out.insert(it.key(), deidentify(it.value(), pseudonym));
        }
        return out;
    }
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : v.toArray()) {
            out.append(deidentify(item, pseudonym));
        }
        return out;
    }
    if (v.isString()) {
        const auto m = dateRe.match(v.toString());
        if (m.hasMatch()) {
            return m.captured(1);
        }
    }
    return v;
}

} // namespace

HospitalServer::HospitalServer(HospitalStore &store, const crypto::SigningKey &key, Config config,
                               QObject *parent)
    : QAbstractHttpServer(parent), m_store(store), m_key(key), m_config(std::move(config)),
      m_ledger(m_config.network, {&m_key, nullptr, 10000})
{
    // Test hook: PASSBOOK_HOSPITAL_FAULT makes the FHIR API misbehave (malformed-json, wrong-type,
    // oversized, status-NNN, 429-once, slow, vanish-after-first-page) so the app's handling of a
    // broken hospital can be tested against a real node.
    m_fault = qEnvironmentVariable("PASSBOOK_HOSPITAL_FAULT");
    m_anchorTimer.setInterval(m_config.anchorIntervalMs);
    connect(&m_anchorTimer, &QTimer::timeout, this, &HospitalServer::anchorPending);
}

HospitalServer::~HospitalServer() = default;

quint16 HospitalServer::start(quint16 port)
{
    // Records waiting from before (a first start, or a restart after the ledger was down) are
    // anchored before the node answers, so a patient's first sync finds them verified.
    anchorPending();
    m_port = listen(QHostAddress::LocalHost, port);
    if (m_port) {
        m_anchorTimer.start();
    }
    return m_port;
}

QString HospitalServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

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

bool HospitalServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Reply reply = dispatch(request);
    QByteArray retryAfter;
    if (!m_fault.isEmpty() && request.url().path().startsWith(QLatin1String("/fhir/")) &&
        request.url().path() != QLatin1String("/fhir/metadata")) {
        applyFault(reply, retryAfter);
    }
    auto responder = makeResponder(request, socket);
    if (!retryAfter.isEmpty()) {
        responder.write(reply.body, {{"Content-Type", reply.contentType}, {"Retry-After", retryAfter}},
                        QHttpServerResponder::StatusCode(reply.status));
    } else {
        responder.write(reply.body, {{"Content-Type", reply.contentType}, {"Cache-Control", "no-store"}},
                        QHttpServerResponder::StatusCode(reply.status));
    }
    if (m_fault == QLatin1String("vanish-after-first-page") && m_faultCount == 1) {
        socket->flush();
        socket->waitForBytesWritten(1000);
        std::_Exit(9); // the hospital disappears in the middle of a sync
    }
    return true;
}

void HospitalServer::applyFault(Reply &reply, QByteArray &retryAfter)
{
    ++m_faultCount;
    const auto fail = [&](int status) {
        reply = outcome(status, "transient", QStringLiteral("Injected fault %1.").arg(m_fault));
    };
    if (m_fault == QLatin1String("malformed-json")) {
        reply.body.chop(reply.body.size() / 2);
    } else if (m_fault == QLatin1String("wrong-type")) {
        reply.body.replace("\"resourceType\":\"Observation\"", "\"resourceType\":\"MedicationRequest\"");
    } else if (m_fault == QLatin1String("oversized")) {
        reply.body.append(QByteArray(40 * 1024 * 1024, ' '));
    } else if (m_fault.startsWith(QLatin1String("status-"))) {
        fail(m_fault.mid(7).toInt());
        if (reply.status == 429) {
            retryAfter = "1";
        }
    } else if (m_fault == QLatin1String("429-once") && m_faultCount == 1) {
        fail(429);
        retryAfter = "1";
    } else if (m_fault == QLatin1String("slow")) {
        QThread::sleep(5);
    }
}

void HospitalServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

bool HospitalServer::throttled(const QHttpServerRequest &request)
{
    const QString who = request.remoteAddress().toString();
    QList<qint64> &times = m_authTimes[who];
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    times.removeIf([now](qint64 t) { return now - t > 60000; });
    if (times.size() >= m_config.authPerMinute) {
        return true;
    }
    times << now;
    return false;
}

HospitalServer::Reply HospitalServer::dispatch(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    if (path == QLatin1String("/.well-known/passbook-node") && get) {
        return wellKnown();
    }
    if (path == QLatin1String("/auth/challenge") && post) {
        return challenge(request);
    }
    if (path == QLatin1String("/auth/token") && post) {
        return token(request);
    }
    if (path == QLatin1String("/enroll") && post) {
        return enroll(request);
    }
    if (path.startsWith(QLatin1String("/fhir/")) || path == QLatin1String("/fhir")) {
        if (!get) {
            return outcome(405, "not-supported", QStringLiteral("This gateway is read-only."));
        }
        return fhir(request, path.mid(6).split(QLatin1Char('/'), Qt::SkipEmptyParts));
    }
    return outcome(404, "not-found", QStringLiteral("No such endpoint."));
}

HospitalServer::Reply HospitalServer::wellKnown() const
{
    return json(200, {{QStringLiteral("name"), m_config.name},
                      {QStringLiteral("participant"), m_key.address().toChecksumString()},
                      {QStringLiteral("chainId"), qint64(m_config.network.chainId)},
                      {QStringLiteral("registry"), m_config.network.registry.toChecksumString()},
                      {QStringLiteral("fhirBase"), baseUrl() + QStringLiteral("/fhir")}});
}

HospitalServer::Reply HospitalServer::challenge(const QHttpServerRequest &request)
{
    if (throttled(request)) {
        return outcome(429, "throttled", QStringLiteral("Too many sign-in attempts; wait a minute."));
    }
    const auto body = bodyObject(request);
    if (!body) {
        return outcome(422, "invalid", QStringLiteral("Expected a JSON object {\"address\"}."));
    }
    auto address = crypto::Address::fromString(body->value(QStringLiteral("address")).toString());
    if (!address) {
        return outcome(422, "invalid", QStringLiteral("address is not an Ethereum address."));
    }
    // Forget expired nonces so the table stays small.
    const qint64 now = nowSecs();
    m_nonces.removeIf([now](const auto &it) { return it.value().expires < now; });
    fhir::SiweMessage m;
    m.domain = QStringLiteral("127.0.0.1:%1").arg(m_port);
    m.address = address.value();
    m.statement = QStringLiteral("Sign in to %1 to read your health records.").arg(m_config.name);
    m.uri = baseUrl();
    m.chainId = m_config.network.chainId;
    m.nonce = randomAlnum(16);
    m.issuedAt = QDateTime::currentDateTimeUtc();
    m.expirationTime = m.issuedAt.addSecs(m_config.challengeSeconds);
    m_nonces.insert(m.nonce, {address.value().toLowerHex(), m.expirationTime.toSecsSinceEpoch()});
    return json(200, {{QStringLiteral("message"), m.toText()}});
}

Result<crypto::Address> HospitalServer::verifySignIn(const QJsonObject &body)
{
    const auto refuse = [](const QString &why) {
        return Error{ErrorCode::WrongSecret, QStringLiteral("The sign-in was refused."), why};
    };
    const QString text = body.value(QStringLiteral("message")).toString();
    auto message = fhir::SiweMessage::parse(text);
    if (!message) {
        return refuse(QStringLiteral("malformed sign-in message"));
    }
    const auto sigBytes = crypto::fromHex(body.value(QStringLiteral("signature")).toString());
    if (!sigBytes) {
        return refuse(QStringLiteral("signature is not hex"));
    }
    auto signature = crypto::Signature::fromRsv(*sigBytes);
    if (!signature) {
        return refuse(QStringLiteral("signature is not r||s||v"));
    }
    auto signer = signature.value().recoverSigner(crypto::personalMessageHash(text.toUtf8()));
    if (!signer || signer.value() != message.value().address) {
        return refuse(QStringLiteral("signature does not match the message's address"));
    }
    // Single use: the nonce is consumed whatever happens next.
    const auto nonce = m_nonces.take(message.value().nonce);
    if (nonce.address.isEmpty() || nonce.address != signer.value().toLowerHex()) {
        return refuse(QStringLiteral("unknown or already used nonce"));
    }
    if (nonce.expires < nowSecs() || message.value().expirationTime < QDateTime::currentDateTimeUtc()) {
        return refuse(QStringLiteral("sign-in message expired"));
    }
    if (message.value().domain != QStringLiteral("127.0.0.1:%1").arg(m_port) ||
        message.value().chainId != m_config.network.chainId) {
        return refuse(QStringLiteral("sign-in message is for another node or chain"));
    }
    return signer.value();
}

HospitalServer::Reply HospitalServer::token(const QHttpServerRequest &request)
{
    if (throttled(request)) {
        return outcome(429, "throttled", QStringLiteral("Too many sign-in attempts; wait a minute."));
    }
    const auto body = bodyObject(request);
    if (!body) {
        return outcome(422, "invalid",
                       QStringLiteral("Expected a JSON object {\"message\", \"signature\"}."));
    }
    auto signer = verifySignIn(*body);
    if (!signer) {
        return outcome(401, "login", signer.error().detail);
    }
    const qint64 now = nowSecs();
    m_tokens.removeIf([now](const auto &it) { return it.value().expires < now; });
    QByteArray raw(32, '\0');
    randombytes_buf(raw.data(), std::size_t(raw.size()));
    const QString token =
        QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_tokens.insert(token, {signer.value().toLowerHex(), now + m_config.tokenSeconds});
    return json(200, {{QStringLiteral("access_token"), token},
                      {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                      {QStringLiteral("expires_in"), m_config.tokenSeconds},
                      {QStringLiteral("subject"), signer.value().toChecksumString()}});
}

HospitalServer::Reply HospitalServer::enroll(const QHttpServerRequest &request)
{
    if (throttled(request)) {
        return outcome(429, "throttled", QStringLiteral("Too many attempts; wait a minute."));
    }
    const auto body = bodyObject(request);
    if (!body) {
        return outcome(
            422, "invalid",
            QStringLiteral("Expected a JSON object {\"activationCode\", \"message\", \"signature\"}."));
    }
    auto signer = verifySignIn(*body);
    if (!signer) {
        return outcome(401, "login", signer.error().detail);
    }
    auto patientId = m_store.redeemCode(body->value(QStringLiteral("activationCode")).toString(),
                                        signer.value().toLowerHex());
    if (!patientId) {
        return outcome(patientId.error().code == ErrorCode::InvalidInput ? 403 : 500, "forbidden",
                       patientId.error().message);
    }
    return json(200, {{QStringLiteral("patient"), QStringLiteral("Patient/") + patientId.value()},
                      {QStringLiteral("participant"), m_key.address().toChecksumString()},
                      {QStringLiteral("name"), m_config.name}});
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
    return caller;
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

HospitalServer::Reply HospitalServer::capability() const
{
    QJsonArray resources;
    for (const QString &type : fhir::ResourceMapper::fetchedTypes()) {
        resources.append(
            QJsonObject{{QStringLiteral("type"), type},
                        {QStringLiteral("interaction"),
                         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("search-type")}}}},
                        {QStringLiteral("searchParam"),
                         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("patient")},
                                                {QStringLiteral("type"), QStringLiteral("reference")}},
                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("_lastUpdated")},
                                                {QStringLiteral("type"), QStringLiteral("date")}}}}});
    }
    return json(
        200,
        {{QStringLiteral("resourceType"), QStringLiteral("CapabilityStatement")},
         {QStringLiteral("status"), QStringLiteral("active")},
         {QStringLiteral("kind"), QStringLiteral("instance")},
         {QStringLiteral("fhirVersion"), QStringLiteral("4.0.1")},
         {QStringLiteral("format"), QJsonArray{QStringLiteral("application/fhir+json")}},
         {QStringLiteral("software"),
          QJsonObject{{QStringLiteral("name"), QStringLiteral("passbook-hospital (sandbox)")}}},
         {QStringLiteral("rest"), QJsonArray{QJsonObject{{QStringLiteral("mode"), QStringLiteral("server")},
                                                         {QStringLiteral("resource"), resources}}}}},
        "application/fhir+json");
}

HospitalServer::Reply HospitalServer::fhir(const QHttpServerRequest &request, const QStringList &path)
{
    if (path == QStringList{QStringLiteral("metadata")}) {
        return capability();
    }
    auto caller = authorize(request);
    if (!caller) {
        switch (caller.error().code) {
        case ErrorCode::WrongSecret:
            return outcome(401, "login", caller.error().message);
        case ErrorCode::InvalidInput:
            return outcome(422, "invalid", caller.error().message);
        case ErrorCode::NotFound:
            return outcome(404, "not-found", caller.error().message);
        case ErrorCode::Unreachable:
            return outcome(503, "transient", caller.error().message);
        default:
            return outcome(403, "forbidden", caller.error().message);
        }
    }
    const Caller &c = caller.value();
    const QString patientRef = QStringLiteral("Patient/") + c.patient.id;
    if (path.size() == 2 && path[0] == QLatin1String("Patient")) {
        if (path[1] != c.patient.id || c.research) {
            return outcome(404, "not-found", QStringLiteral("No such patient for this caller."));
        }
        auto row = m_store.current(QStringLiteral("Patient"), c.patient.id);
        if (!row || !row.value()) {
            return outcome(404, "not-found", QStringLiteral("No Patient resource."));
        }
        return {200, row.value()->json};
    }
    if (path.size() != 1) {
        return outcome(404, "not-found",
                       QStringLiteral("Only search by type and Patient/{id} are supported."));
    }
    const QString type = path[0];
    if (type == QLatin1String("Patient")) {
        // the patient this caller may read (a caregiver learns the reference this way)
        if (c.research) {
            return outcome(404, "not-found", QStringLiteral("No such patient for this caller."));
        }
        auto row = m_store.current(QStringLiteral("Patient"), c.patient.id);
        if (!row || !row.value()) {
            return outcome(404, "not-found", QStringLiteral("No Patient resource."));
        }
        const QJsonObject bundle{
            {QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("type"), QStringLiteral("searchset")},
            {QStringLiteral("total"), 1},
            {QStringLiteral("entry"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("fullUrl"), baseUrl() + QStringLiteral("/fhir/") + patientRef},
                 {QStringLiteral("resource"), QJsonDocument::fromJson(row.value()->json).object()},
                 {QStringLiteral("search"),
                  QJsonObject{{QStringLiteral("mode"), QStringLiteral("match")}}}}}}};
        return {200, QJsonDocument(bundle).toJson(QJsonDocument::Compact)};
    }
    if (!fhir::ResourceMapper::fetchedTypes().contains(type)) {
        return outcome(404, "not-supported",
                       QStringLiteral("Resource type %1 is not served here.").arg(type));
    }
    const QUrlQuery q(request.url());
    const QString patientParam = q.queryItemValue(QStringLiteral("patient"));
    if (!patientParam.isEmpty() && patientParam != c.patient.id && patientParam != patientRef) {
        return outcome(403, "forbidden", QStringLiteral("You may only search the patient you act for."));
    }
    qint64 since = std::numeric_limits<qint64>::min();
    const QString lastUpdated = q.queryItemValue(QStringLiteral("_lastUpdated"), QUrl::FullyDecoded);
    if (!lastUpdated.isEmpty()) {
        if (!lastUpdated.startsWith(QLatin1String("gt"))) {
            return outcome(422, "invalid", QStringLiteral("_lastUpdated supports gt{instant} only."));
        }
        const QDateTime t = QDateTime::fromString(lastUpdated.mid(2), Qt::ISODateWithMs);
        if (!t.isValid()) {
            return outcome(422, "invalid", QStringLiteral("_lastUpdated is not an instant."));
        }
        since = t.toMSecsSinceEpoch();
    }
    int count = 100;
    if (q.hasQueryItem(QStringLiteral("_count"))) {
        bool ok = false;
        count = q.queryItemValue(QStringLiteral("_count")).toInt(&ok);
        if (!ok || count < 1) {
            return outcome(422, "invalid", QStringLiteral("_count must be a positive whole number."));
        }
        count = std::min(count, m_config.maxPageSize);
    }
    qint64 afterUpdated = std::numeric_limits<qint64>::min();
    qint64 afterRowid = 0;
    const QString cursor = q.queryItemValue(QStringLiteral("_cursor"));
    if (!cursor.isEmpty()) {
        const QStringList parts = cursor.split(QLatin1Char('.'));
        bool ok1 = false, ok2 = false;
        if (parts.size() == 2) {
            afterUpdated = parts[0].toLongLong(&ok1);
            afterRowid = parts[1].toLongLong(&ok2);
        }
        if (!ok1 || !ok2) {
            return outcome(422, "invalid", QStringLiteral("_cursor is not one this server issued."));
        }
    }
    quint32 categories = c.allowed == 0xFFFF ? 0 : c.allowed;
    const QString category = q.queryItemValue(QStringLiteral("category"));
    if (!category.isEmpty()) {
        const auto bits = observationCategoryBits(category);
        if (!bits) {
            return outcome(422, "invalid", QStringLiteral("Unknown category %1.").arg(category));
        }
        categories = (categories ? categories : 0xFFFF) & *bits;
        if (!categories) {
            categories = 1U << 31; // nothing the caller may see
        }
    }
    auto rows = m_store.search(c.patient.id, type, since, afterUpdated, afterRowid, categories, count + 1);
    if (!rows) {
        return outcome(500, "exception", QStringLiteral("The hospital could not read its records."));
    }
    QList<HospitalStore::Row> page = rows.value();
    const bool more = page.size() > count;
    if (more) {
        page.resize(count);
    }
    // Entries are written around each stored resource's JSON bytes as they are (no parse and
    // re-serialise per record); only research releases are rebuilt, de-identified.
    QByteArray entries;
    entries.reserve(page.size() * 2048);
    quint32 released = 0;
    const QString pseudonym =
        QStringLiteral("Patient/anon-") +
        crypto::toHex(
            crypto::Keccak256::hash((m_key.address().toLowerHex() + c.patient.id).toUtf8()).left(8));
    const QByteArray base = baseUrl().toUtf8();
    for (const HospitalStore::Row &row : std::as_const(page)) {
        if (!entries.isEmpty()) {
            entries += ',';
        }
        if (c.research) {
            const QJsonObject entry{
                {QStringLiteral("resource"),
                 deidentify(QJsonDocument::fromJson(row.json).object(), pseudonym)},
                {QStringLiteral("search"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("match")}}}};
            entries += QJsonDocument(entry).toJson(QJsonDocument::Compact);
        } else {
            entries += "{\"fullUrl\":\"" + base + "/fhir/" + row.type.toUtf8() + '/' + row.id.toUtf8() +
                       "\",\"resource\":";
            entries += row.json;
            entries += ",\"search\":{\"mode\":\"match\"}";
            if (auto proof = proofFor(row)) {
                // valueString carries the proof JSON as a string: escape its quotes.
                QByteArray escaped = proof.value();
                escaped.replace('"', "\\\"");
                entries += ",\"extension\":[{\"url\":\"urn:passbook:ledger-proof\",\"valueString\":\"" +
                           escaped + "\"}]";
            }
            entries += '}';
        }
        if (row.category >= 0) {
            released |= 1U << row.category;
        }
    }
    if (auto logged = logRelease(c, released); !logged) {
        // Nothing is released that the ledger did not record.
        return outcome(503, "transient",
                       QStringLiteral("The release could not be recorded on the ledger; try again."));
    }
    QUrl self(baseUrl() + QStringLiteral("/fhir/") + type);
    self.setQuery(q);
    QJsonArray links{QJsonObject{{QStringLiteral("relation"), QStringLiteral("self")},
                                 {QStringLiteral("url"), self.toString()}}};
    if (more) {
        QUrlQuery nq(q);
        nq.removeAllQueryItems(QStringLiteral("_cursor"));
        nq.addQueryItem(QStringLiteral("_cursor"),
                        QStringLiteral("%1.%2").arg(page.last().lastUpdated).arg(page.last().rowid));
        QUrl next(baseUrl() + QStringLiteral("/fhir/") + type);
        next.setQuery(nq);
        links.append(QJsonObject{{QStringLiteral("relation"), QStringLiteral("next")},
                                 {QStringLiteral("url"), next.toString()}});
    }
    QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                                                {QStringLiteral("type"), QStringLiteral("searchset")},
                                                {QStringLiteral("timestamp"),
                                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                                {QStringLiteral("link"), links}})
                          .toJson(QJsonDocument::Compact);
    body.chop(1); // the closing brace
    body += ",\"entry\":[" + entries + "]}";
    return {200, body, "application/fhir+json"};
}

} // namespace passbook::sandbox
