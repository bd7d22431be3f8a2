#include "FhirClient.h"

#include "SiweMessage.h"
#include "common/ShownText.h"
#include "crypto/Hex.h"
#include "crypto/Signature.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcFhir, "passbook.fhir")

namespace passbook::fhir {

namespace {
Error unreachable(const QUrl &base, const QString &detail)
{
    return makeError(ErrorCode::Unreachable,
                     QCoreApplication::translate(
                         "passbook", "The hospital at %1 cannot be reached right now; try again later.")
                         .arg(base.host()),
                     detail);
}

Error invalid(const QString &detail)
{
    return makeError(
        ErrorCode::InvalidInput,
        QCoreApplication::translate(
            "passbook",
            "The hospital answered with something that is not valid FHIR; nothing from that answer "
            "was used."),
        detail);
}

QString outcomeText(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonObject issue = o.value(QStringLiteral("issue")).toArray().first().toObject();
    return issue.value(QStringLiteral("diagnostics")).toString().left(300);
}
} // namespace

FhirClient::FhirClient(QUrl base, const crypto::SigningKey &key, quint64 chainId, QObject *parent)
    : QObject(parent), m_base(std::move(base)), m_key(key), m_chainId(chainId),
      m_network(new QNetworkAccessManager(this))
{
}

FhirClient::~FhirClient() = default;

Result<FhirClient::Response> FhirClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                              bool auth)
{
    if (m_cancelled && m_cancelled()) {
        return makeError(ErrorCode::Unreachable,
                         QCoreApplication::translate("passbook", "Sync was cancelled."),
                         QStringLiteral("cancelled"));
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    // never followed to another origin: the bearer token and the patient's address would go with it
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setRawHeader("Accept", "application/fhir+json, application/json");
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    if (auth && !m_token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    }
    if (m_actingFor) {
        request.setRawHeader("X-Passbook-Patient", m_actingFor->toChecksumString().toLatin1());
    }
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    bool tooLarge = false;
    connect(reply, &QNetworkReply::downloadProgress, reply, [&, reply](qint64 received, qint64) {
        if (received > m_maxBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer guard;
    guard.setSingleShot(true);
    connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(m_timeoutMs + 5000); // bounded by the transfer timeout; guards a stuck loop
    if (!reply->isFinished()) {
        loop.exec();
    }
    const std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> owner(
        reply, [](QNetworkReply *r) { r->deleteLater(); });
    if (tooLarge) {
        return invalid(QStringLiteral("response larger than %1 bytes").arg(m_maxBytes));
    }
    if (!reply->isFinished()) {
        reply->abort();
        return unreachable(m_base, QStringLiteral("no answer"));
    }
    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (r.status == 0) {
        return unreachable(m_base, reply->error() == QNetworkReply::OperationCanceledError
                                       ? QStringLiteral("no answer within %1 ms").arg(m_timeoutMs)
                                       : reply->errorString());
    }
    r.body = reply->readAll();
    r.retryAfter = reply->rawHeader("Retry-After");
    return r;
}

Result<FhirClient::Response> FhirClient::sendWithRetry(const QByteArray &verb, const QUrl &url,
                                                       const QByteArray &body, bool auth)
{
    int delayMs = 250;
    for (int attempt = 0;; ++attempt) {
        auto r = send(verb, url, body, auth);
        const bool transient =
            !r ? r.error().code == ErrorCode::Unreachable && r.error().detail != QLatin1String("cancelled")
               : (r.value().status == 429 || r.value().status >= 500);
        if (!transient || attempt >= m_retries) {
            return r;
        }
        int wait = delayMs;
        if (r && r.value().status == 429) {
            bool ok = false;
            const int seconds = r.value().retryAfter.toInt(&ok);
            if (ok) {
                wait = std::clamp(seconds, 0, 10) * 1000;
            }
        }
        qCInfo(lcFhir) << "retrying" << url.path() << "in" << wait << "ms";
        QThread::msleep(ulong(wait));
        delayMs *= 2;
    }
}

Error FhirClient::httpError(const Response &r, const QString &what) const
{
    // The detail goes to logs: the status only, never the hospital's own words (they may name the
    // patient). The hospital's words reach the patient only quoted, as the hospital's.
    const QString detail = QStringLiteral("%1: HTTP %2").arg(what).arg(r.status);
    switch (r.status) {
    case 401:
        return makeError(ErrorCode::WrongSecret,
                         QCoreApplication::translate("passbook", "The hospital did not accept the sign-in."),
                         detail);
    case 403: {
        const QString said = shownText(outcomeText(r.body).simplified(), 200);
        return makeError(
            ErrorCode::Rejected,
            said.isEmpty()
                ? QCoreApplication::translate("passbook", "The hospital refused the request.")
                : QCoreApplication::translate("passbook", "The hospital refused the request. It said: “%1”")
                      .arg(said),
            detail);
    }
    case 404:
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("passbook", "The hospital does not have what was asked for."),
            detail);
    case 429:
        return unreachable(m_base, detail + QStringLiteral(" (too many requests)"));
    default:
        if (r.status >= 500) {
            return unreachable(m_base, detail);
        }
        return invalid(detail);
    }
}

Result<NodeInfo> FhirClient::discover()
{
    QUrl url = m_base;
    url.setPath(QStringLiteral("/.well-known/passbook-node"));
    auto r = sendWithRetry("GET", url, {}, false);
    if (!r) {
        return r.error();
    }
    if (r.value().status != 200) {
        return httpError(r.value(), QStringLiteral("discovery"));
    }
    const QJsonObject o = QJsonDocument::fromJson(r.value().body).object();
    NodeInfo info;
    info.name = shownText(o.value(QStringLiteral("name")).toString(), 200);
    auto participant = crypto::Address::fromString(o.value(QStringLiteral("participant")).toString());
    auto registry = crypto::Address::fromString(o.value(QStringLiteral("registry")).toString());
    info.chainId = quint64(o.value(QStringLiteral("chainId")).toInteger());
    if (info.name.isEmpty() || !participant || !registry || !info.chainId) {
        return invalid(QStringLiteral("well-known document incomplete"));
    }
    info.participant = participant.value();
    info.registry = registry.value();
    return info;
}

Result<QJsonObject> FhirClient::signedChallenge()
{
    QUrl url = m_base;
    url.setPath(QStringLiteral("/auth/challenge"));
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("address"), m_key.address().toChecksumString()}})
            .toJson(QJsonDocument::Compact);
    auto r = sendWithRetry("POST", url, body, false);
    if (!r) {
        return r.error();
    }
    if (r.value().status != 200) {
        return httpError(r.value(), QStringLiteral("challenge"));
    }
    const QString text =
        QJsonDocument::fromJson(r.value().body).object().value(QStringLiteral("message")).toString();
    auto message = SiweMessage::parse(text);
    if (!message) {
        return message.error();
    }
    if (auto ok =
            message.value().checkFor(m_base, m_key.address(), m_chainId, QDateTime::currentDateTimeUtc());
        !ok) {
        return ok.error();
    }
    const crypto::Signature sig = m_key.signPersonalMessage(text.toUtf8());
    return QJsonObject{{QStringLiteral("message"), text},
                       {QStringLiteral("signature"), crypto::toHex(sig.toRsv27(), true)}};
}

Result<void> FhirClient::signIn()
{
    auto signedMessage = signedChallenge();
    if (!signedMessage) {
        return signedMessage.error();
    }
    QUrl url = m_base;
    url.setPath(QStringLiteral("/auth/token"));
    auto r = sendWithRetry("POST", url, QJsonDocument(signedMessage.value()).toJson(QJsonDocument::Compact),
                           false);
    if (!r) {
        return r.error();
    }
    if (r.value().status != 200) {
        return httpError(r.value(), QStringLiteral("token"));
    }
    const QJsonObject o = QJsonDocument::fromJson(r.value().body).object();
    m_token = o.value(QStringLiteral("access_token")).toString();
    if (m_token.isEmpty() || m_token.size() > 512) {
        m_token.clear();
        return invalid(QStringLiteral("token response without access_token"));
    }
    return {};
}

Result<QString> FhirClient::enroll(const QString &activationCode)
{
    auto signedMessage = signedChallenge();
    if (!signedMessage) {
        return signedMessage.error();
    }
    QJsonObject body = signedMessage.value();
    body.insert(QStringLiteral("activationCode"), activationCode.trimmed());
    QUrl url = m_base;
    url.setPath(QStringLiteral("/enroll"));
    auto r = sendWithRetry("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), false);
    if (!r) {
        return r.error();
    }
    if (r.value().status != 200) {
        return httpError(r.value(), QStringLiteral("enroll"));
    }
    const QString patient =
        QJsonDocument::fromJson(r.value().body).object().value(QStringLiteral("patient")).toString();
    static const QRegularExpression re(QStringLiteral("^Patient/[A-Za-z0-9\\-.]{1,64}$"));
    if (!re.match(patient).hasMatch()) {
        return invalid(QStringLiteral("enroll response without a patient reference"));
    }
    return patient;
}

Result<FetchedPage> FhirClient::getPage(const QUrl &url)
{
    if (url.scheme() != m_base.scheme() || url.host() != m_base.host() || url.port() != m_base.port()) {
        return invalid(QStringLiteral("next link points to another origin"));
    }
    auto r = sendWithRetry("GET", url, {}, true);
    if (r && r.value().status == 401) {
        // Token expired or the hospital restarted: sign in again once.
        if (auto s = signIn(); !s) {
            return s.error();
        }
        r = sendWithRetry("GET", url, {}, true);
    }
    if (!r) {
        return r.error();
    }
    if (r.value().status != 200) {
        return httpError(r.value(), url.path());
    }
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(r.value().body, &perr);
    if (perr.error != QJsonParseError::NoError) {
        return invalid(QStringLiteral("%1: malformed JSON (%2)").arg(url.path(), perr.errorString()));
    }
    const QJsonObject bundle = doc.object();
    if (bundle.value(QStringLiteral("resourceType")).toString() != QLatin1String("Bundle") ||
        bundle.value(QStringLiteral("type")).toString() != QLatin1String("searchset")) {
        return invalid(QStringLiteral("%1: not a searchset Bundle").arg(url.path()));
    }
    FetchedPage page;
    page.bytes = r.value().body.size();
    for (const QJsonValue &link : bundle.value(QStringLiteral("link")).toArray()) {
        if (link.toObject().value(QStringLiteral("relation")).toString() == QLatin1String("next")) {
            page.next = QUrl(link.toObject().value(QStringLiteral("url")).toString());
        }
    }
    for (const QJsonValue &e : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject entry = e.toObject();
        const QJsonValue resource = entry.value(QStringLiteral("resource"));
        if (!resource.isObject()) {
            page.problems << QStringLiteral("a Bundle entry without a resource");
            continue;
        }
        FetchedEntry f;
        f.resource = resource.toObject();
        for (const QJsonValue &ext : entry.value(QStringLiteral("extension")).toArray()) {
            if (ext.toObject().value(QStringLiteral("url")).toString() ==
                QLatin1String("urn:passbook:ledger-proof")) {
                f.proof = ext.toObject().value(QStringLiteral("valueString")).toString();
            }
        }
        page.entries.append(std::move(f));
    }
    return page;
}

Result<FetchedPage> FhirClient::search(const QString &type, const QString &patientRef, const QDateTime &since,
                                       int count)
{
    if (m_token.isEmpty()) {
        if (auto s = signIn(); !s) {
            return s.error();
        }
    }
    QUrl url = m_base;
    url.setPath(QStringLiteral("/fhir/") + type);
    QUrlQuery q;
    if (!m_actingFor && !patientRef.isEmpty()) {
        q.addQueryItem(QStringLiteral("patient"), patientRef.section(QLatin1Char('/'), 1));
    }
    if (since.isValid()) {
        q.addQueryItem(QStringLiteral("_lastUpdated"),
                       QStringLiteral("gt") + since.toUTC().toString(Qt::ISODateWithMs));
    }
    q.addQueryItem(QStringLiteral("_count"), QString::number(count));
    url.setQuery(q);
    return getPage(url);
}

Result<QString> FhirClient::patientReference()
{
    auto page = search(QStringLiteral("Patient"), QString(), QDateTime(), 1);
    if (!page) {
        return page.error();
    }
    const auto &entries = page.value().entries;
    const QJsonObject patient = entries.isEmpty() ? QJsonObject() : entries.first().resource;
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9\\-.]{1,64}$"));
    const QString id = patient.value(QStringLiteral("id")).toString();
    if (entries.size() != 1 ||
        patient.value(QStringLiteral("resourceType")).toString() != QLatin1String("Patient") ||
        !re.match(id).hasMatch()) {
        return invalid(QStringLiteral("Patient search without exactly one patient"));
    }
    return QStringLiteral("Patient/") + id;
}

Result<FetchedPage> FhirClient::nextPage(const QUrl &next)
{
    return getPage(next);
}

} // namespace passbook::fhir
