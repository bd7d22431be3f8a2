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

Q_LOGGING_CATEGORY(lcHospital, "passbook.hospital")

namespace passbook::sandbox {

using namespace passbook::ledger;
using namespace detail;

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

} // namespace passbook::sandbox
