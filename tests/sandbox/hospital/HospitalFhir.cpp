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

// What a RESEARCH release keeps of each resource type: an allow-list, so a field this node has
// never heard of stays home. Everything not listed (ids, meta, extensions, narrative, notes,
// identifiers, people, places, references, documents) is left out; the subject becomes a
// pseudonym for this recipient. Types not listed are not released for research at all.
const QHash<QString, QStringList> &researchFields()
{
    static const QHash<QString, QStringList> fields = {
        {QStringLiteral("Observation"),
         {QStringLiteral("status"), QStringLiteral("category"), QStringLiteral("code"),
          QStringLiteral("valueQuantity"), QStringLiteral("valueCodeableConcept"),
          QStringLiteral("valueBoolean"), QStringLiteral("valueInteger"), QStringLiteral("component"),
          QStringLiteral("interpretation"), QStringLiteral("referenceRange"),
          QStringLiteral("effectiveDateTime"), QStringLiteral("effectivePeriod")}},
        {QStringLiteral("Condition"),
         {QStringLiteral("clinicalStatus"), QStringLiteral("verificationStatus"), QStringLiteral("category"),
          QStringLiteral("severity"), QStringLiteral("code"), QStringLiteral("bodySite"),
          QStringLiteral("onsetDateTime"), QStringLiteral("abatementDateTime"),
          QStringLiteral("recordedDate")}},
        {QStringLiteral("AllergyIntolerance"),
         {QStringLiteral("clinicalStatus"), QStringLiteral("verificationStatus"), QStringLiteral("type"),
          QStringLiteral("category"), QStringLiteral("criticality"), QStringLiteral("code"),
          QStringLiteral("reaction"), QStringLiteral("onsetDateTime"), QStringLiteral("recordedDate")}},
        {QStringLiteral("MedicationRequest"),
         {QStringLiteral("status"), QStringLiteral("intent"), QStringLiteral("medicationCodeableConcept"),
          QStringLiteral("authoredOn"), QStringLiteral("dosageInstruction")}},
        {QStringLiteral("MedicationStatement"),
         {QStringLiteral("status"), QStringLiteral("medicationCodeableConcept"),
          QStringLiteral("effectiveDateTime"), QStringLiteral("effectivePeriod"), QStringLiteral("dosage")}},
        {QStringLiteral("Immunization"),
         {QStringLiteral("status"), QStringLiteral("vaccineCode"), QStringLiteral("occurrenceDateTime")}},
        {QStringLiteral("Procedure"),
         {QStringLiteral("status"), QStringLiteral("code"), QStringLiteral("bodySite"),
          QStringLiteral("performedDateTime"), QStringLiteral("performedPeriod")}},
        {QStringLiteral("Encounter"),
         {QStringLiteral("status"), QStringLiteral("class"), QStringLiteral("type"),
          QStringLiteral("serviceType"), QStringLiteral("period")}},
        {QStringLiteral("DiagnosticReport"),
         {QStringLiteral("status"), QStringLiteral("category"), QStringLiteral("code"),
          QStringLiteral("effectiveDateTime"), QStringLiteral("effectivePeriod")}},
    };
    return fields;
}

// Inside a kept field: codes, quantities and structure only. A string survives only as a code, a
// code system, a unit or a comparator (or, at the top, as an allow-listed field such as `status`);
// a date keeps its year. Free text, displays, references to anyone or anything, ids and extensions
// go, whatever they are called.
QJsonValue coded(const QJsonValue &v, const QString &key, bool topLevel)
{
    static const QStringList codedStrings = {QStringLiteral("system"), QStringLiteral("code"),
                                             QStringLiteral("unit"), QStringLiteral("comparator")};
    static const QStringList dropped = {QStringLiteral("id"), QStringLiteral("extension"),
                                        QStringLiteral("modifierExtension")};
    static const QRegularExpression dateRe(QStringLiteral("^(\\d{4})-\\d{2}(-\\d{2}(T[0-9:.+\\-Z]+)?)?$"));
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("reference"))) {
            return QJsonValue::Undefined; // a Reference: to a person, a place or another record
        }
        QJsonObject out;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (dropped.contains(it.key())) {
                continue;
            }
            const QJsonValue kept = coded(it.value(), it.key(), false);
            if (!kept.isUndefined()) {
                out.insert(it.key(), kept);
            }
        }
        return out.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(out);
    }
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : v.toArray()) {
            const QJsonValue kept = coded(item, key, topLevel);
            if (!kept.isUndefined()) {
                out.append(kept);
            }
        }
        return out.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(out);
    }
    if (v.isString()) {
        const auto m = dateRe.match(v.toString());
        if (m.hasMatch()) {
            return m.captured(1);
        }
        return topLevel || codedStrings.contains(key) ? v : QJsonValue(QJsonValue::Undefined);
    }
    return v; // numbers and booleans: values, not words
}

// The de-identified copy of `resource` for a research recipient, or an empty object when its type
// is not released for research. `pseudonym` stands for the patient, `id` for the record: both
// keyed by this node's secret and the recipient, so two studies cannot link their data.
QJsonObject deidentify(const QJsonObject &resource, const QString &pseudonym, const QString &id)
{
    const QString type = resource.value(QStringLiteral("resourceType")).toString();
    const auto fields = researchFields().constFind(type);
    if (fields == researchFields().constEnd()) {
        return {};
    }
    QJsonObject out{{QStringLiteral("resourceType"), type}, {QStringLiteral("id"), id}};
    for (const QString &field : *fields) {
        if (resource.contains(field)) {
            const QJsonValue kept = coded(resource.value(field), field, true);
            if (!kept.isUndefined()) {
                out.insert(field, kept);
            }
        }
    }
    const QString subjectKey =
        type == QLatin1String("AllergyIntolerance") || type == QLatin1String("Immunization")
            ? QStringLiteral("patient")
            : QStringLiteral("subject");
    out.insert(subjectKey, QJsonObject{{QStringLiteral("reference"), pseudonym}});
    return out;
}

// What a participant that is not the patient (nor their caregiver) gets of the Patient resource:
// enough to know whose records these are at this hospital — its record number, sex and birth
// date — and no name, contact, address, photo or family.
QJsonObject minimalPatient(const QJsonObject &patient)
{
    QJsonObject out{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                    {QStringLiteral("id"), patient.value(QStringLiteral("id"))}};
    for (const QString &field :
         {QStringLiteral("identifier"), QStringLiteral("gender"), QStringLiteral("birthDate")}) {
        if (patient.contains(field)) {
            out.insert(field, patient.value(field));
        }
    }
    return out;
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
    if (c.research && !researchKeyReady()) {
        // never an unkeyed pseudonym: no research release without the node's secret
        return outcome(503, "transient", QStringLiteral("Research releases are unavailable right now."));
    }
    if (path.size() == 2 && path[0] == QLatin1String("Patient")) {
        if (path[1] != c.patient.id || c.research) {
            return outcome(404, "not-found", QStringLiteral("No such patient for this caller."));
        }
        auto patient = patientFor(c);
        if (!patient) {
            return outcome(404, "not-found", QStringLiteral("No Patient resource."));
        }
        return {200, QJsonDocument(patient.value()).toJson(QJsonDocument::Compact)};
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

Result<QJsonObject> HospitalServer::patientFor(const Caller &c)
{
    auto row = m_store.current(QStringLiteral("Patient"), c.patient.id);
    if (!row || !row.value()) {
        return Error{ErrorCode::NotFound, QString(), QStringLiteral("no Patient resource")};
    }
    const QJsonObject full = QJsonDocument::fromJson(row.value()->json).object();
    if (c.role != Caller::Role::Participant) {
        return full; // the patient, or a caregiver with the right to see their records
    }
    qCInfo(lcHospital, "minimal demographics of %s released to %s under consent %llu",
           qPrintable(c.patient.id), qPrintable(c.address), static_cast<unsigned long long>(c.consentId));
    return minimalPatient(full);
}

bool HospitalServer::researchKeyReady()
{
    if (m_pseudonymKey.isEmpty()) {
        auto key = m_store.secret(QStringLiteral("research-pseudonym"));
        m_pseudonymKey = key && key.value().size() == 32 ? key.value() : QByteArray();
    }
    return !m_pseudonymKey.isEmpty();
}

QString HospitalServer::pseudonymFor(const Caller &c, const QString &what)
{
    // keyed by this node's secret: nobody else can compute it, or undo it by trying patient ids;
    // and by the recipient: two studies see two unrelated pseudonyms for one patient
    Q_ASSERT(m_pseudonymKey.size() == 32); // researchKeyReady() before any research release
    const QByteArray message = c.address.toLower().toUtf8() + '|' + what.toUtf8();
    unsigned char out[16];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(message.constData()),
                       std::size_t(message.size()),
                       reinterpret_cast<const unsigned char *>(m_pseudonymKey.constData()),
                       std::size_t(m_pseudonymKey.size()));
    return crypto::toHex(QByteArray(reinterpret_cast<const char *>(out), sizeof out));
}

HospitalServer::Reply HospitalServer::patientSearch(const Caller &c)
{
    // the patient this caller may read (a caregiver learns the reference this way)
    if (c.research) {
        return outcome(404, "not-found", QStringLiteral("No such patient for this caller."));
    }
    auto patient = patientFor(c);
    if (!patient) {
        return outcome(404, "not-found", QStringLiteral("No Patient resource."));
    }
    const QJsonObject bundle{
        {QStringLiteral("resourceType"), QStringLiteral("Bundle")},
        {QStringLiteral("type"), QStringLiteral("searchset")},
        {QStringLiteral("total"), 1},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{
             {QStringLiteral("fullUrl"), baseUrl() + QStringLiteral("/fhir/Patient/") + c.patient.id},
             {QStringLiteral("resource"), patient.value()},
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
    const QString pseudonym = c.research ? QStringLiteral("Patient/anon-") +
                                               pseudonymFor(c, QStringLiteral("Patient/") + c.patient.id)
                                         : QString();
    const QByteArray base = baseUrl().toUtf8();
    for (const HospitalStore::Row &row : page) {
        if (!entries.isEmpty()) {
            entries += ',';
        }
        if (c.research) {
            const QJsonObject resource =
                deidentify(QJsonDocument::fromJson(row.json).object(), pseudonym,
                           QStringLiteral("anon-") + pseudonymFor(c, row.type + QLatin1Char('/') + row.id));
            if (resource.isEmpty()) {
                if (entries.endsWith(',')) {
                    entries.chop(1);
                }
                continue; // a type that is not released for research
            }
            const QJsonObject entry{
                {QStringLiteral("resource"), resource},
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
