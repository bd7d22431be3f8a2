// HospitalServer: the FHIR R4 API (capability statement, Patient, searches with paging).
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

namespace {

// Observation categories (FHIR) accepted in `category=`, as passbook scope bits.
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
    if (path[0] == QLatin1String("Patient")) {
        return patientSearch(c);
    }
    if (!fhir::ResourceMapper::fetchedTypes().contains(path[0])) {
        return outcome(404, "not-supported",
                       QStringLiteral("Resource type %1 is not served here.").arg(path[0]));
    }
    return search(QUrlQuery(request.url()), c, path[0]);
}

HospitalServer::Reply HospitalServer::patientSearch(const Caller &c)
{
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
             {QStringLiteral("fullUrl"), baseUrl() + QStringLiteral("/fhir/Patient/") + c.patient.id},
             {QStringLiteral("resource"), QJsonDocument::fromJson(row.value()->json).object()},
             {QStringLiteral("search"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("match")}}}}}}};
    return {200, QJsonDocument(bundle).toJson(QJsonDocument::Compact)};
}

QByteArray HospitalServer::entriesOf(const Caller &c, const QList<HospitalStore::Row> &page,
                                     quint32 &released)
{
    // Entries are written around each stored resource's JSON bytes as they are (no parse and
    // re-serialise per record); only research releases are rebuilt, de-identified.
    QByteArray entries;
    entries.reserve(page.size() * 2048);
    const QString pseudonym =
        QStringLiteral("Patient/anon-") +
        crypto::toHex(
            crypto::Keccak256::hash((m_key.address().toLowerHex() + c.patient.id).toUtf8()).left(8));
    const QByteArray base = baseUrl().toUtf8();
    for (const HospitalStore::Row &row : page) {
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
    return entries;
}

HospitalServer::Reply HospitalServer::search(const QUrlQuery &q, const Caller &c, const QString &type)
{
    const auto params = parseSearch(q, c.patient.id, c.allowed, m_config.maxPageSize);
    if (!params) {
        return params.error().code == ErrorCode::Rejected ? outcome(403, "forbidden", params.error().message)
                                                          : outcome(422, "invalid", params.error().message);
    }
    const SearchParams &p = params.value();
    auto rows =
        m_store.search(c.patient.id, type, p.since, p.afterUpdated, p.afterRowid, p.categories, p.count + 1);
    if (!rows) {
        return outcome(500, "exception", QStringLiteral("The hospital could not read its records."));
    }
    QList<HospitalStore::Row> page = rows.value();
    const bool more = page.size() > p.count;
    if (more) {
        page.resize(p.count);
    }
    quint32 released = 0;
    const QByteArray entries = entriesOf(c, page, released);
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
