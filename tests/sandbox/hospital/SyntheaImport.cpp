#include "SyntheaImport.h"

#include "crypto/Digest.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace passbook::sandbox {

namespace {

int bucket(const QString &key, int n)
{
    const QByteArray h = crypto::sha256(key.toUtf8());
    return int(quint8(h[0]) % n);
}

QJsonValue rewrite(const QJsonValue &v, const QHash<QString, QString> &targets, const QString &patientUrn)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("reference") && it.value().isString()) {
                const QString ref = it.value().toString();
                if (ref == patientUrn) {
                    it.value() = QString::fromLatin1(PatientGenerator::kPatientPlaceholder);
                } else if (targets.contains(ref)) {
                    it.value() = targets.value(ref);
                }
            } else {
                it.value() = rewrite(it.value(), targets, patientUrn);
            }
        }
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            a[i] = rewrite(a[i], targets, patientUrn);
        }
        return a;
    }
    return v;
}

QString encounterOf(const QJsonObject &r)
{
    QString ref =
        r.value(QStringLiteral("encounter")).toObject().value(QStringLiteral("reference")).toString();
    if (ref.isEmpty()) {
        ref = r.value(QStringLiteral("context")).toObject().value(QStringLiteral("reference")).toString();
    }
    if (ref.isEmpty()) {
        const QJsonArray items = r.value(QStringLiteral("item")).toArray();
        if (!items.isEmpty()) {
            ref = items.first()
                      .toObject()
                      .value(QStringLiteral("encounter"))
                      .toArray()
                      .first()
                      .toObject()
                      .value(QStringLiteral("reference"))
                      .toString();
        }
    }
    return ref;
}

} // namespace

Result<GeneratedPatient> importSynthea(const QString &file, int hospitals)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, QStringLiteral("Cannot read %1.").arg(file), f.errorString()};
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError ||
        doc.object().value(QStringLiteral("resourceType")).toString() != QLatin1String("Bundle")) {
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("%1 is not a FHIR Bundle.").arg(QFileInfo(file).fileName()),
                     err.errorString()};
    }
    const QJsonArray entries = doc.object().value(QStringLiteral("entry")).toArray();
    GeneratedPatient p;
    p.key = QFileInfo(file).completeBaseName();
    QString patientUrn;
    QHash<QString, QString> targets;       // urn:uuid:… -> Type/id
    QHash<QString, int> encounterHospital; // urn:uuid:… of encounters -> hospital
    for (const QJsonValue &e : entries) {
        const QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
        const QString type = r.value(QStringLiteral("resourceType")).toString();
        const QString id = r.value(QStringLiteral("id")).toString();
        const QString urn = e.toObject().value(QStringLiteral("fullUrl")).toString();
        if (type == QLatin1String("Patient")) {
            patientUrn = urn;
            const QJsonObject name = r.value(QStringLiteral("name")).toArray().first().toObject();
            p.family = name.value(QStringLiteral("family")).toString();
            p.given = name.value(QStringLiteral("given")).toArray().first().toString();
            p.name = (p.given + QLatin1Char(' ') + p.family).trimmed();
            p.gender = r.value(QStringLiteral("gender")).toString();
            p.birthDate = QDate::fromString(r.value(QStringLiteral("birthDate")).toString(), Qt::ISODate);
        }
        targets.insert(urn, type + QLatin1Char('/') + id);
        if (type == QLatin1String("Encounter")) {
            const QString provider = r.value(QStringLiteral("serviceProvider"))
                                         .toObject()
                                         .value(QStringLiteral("reference"))
                                         .toString();
            encounterHospital.insert(urn, bucket(provider.isEmpty() ? urn : provider, hospitals));
        }
    }
    if (patientUrn.isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("%1 has no Patient.").arg(QFileInfo(file).fileName()),
                     {}};
    }
    for (const QJsonValue &e : entries) {
        const QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
        const QString type = r.value(QStringLiteral("resourceType")).toString();
        if (type == QLatin1String("Patient") || type == QLatin1String("Organization") ||
            type == QLatin1String("Practitioner") || type == QLatin1String("Location") ||
            type == QLatin1String("PractitionerRole")) {
            continue; // directory data, not the patient's record
        }
        const QString urn = e.toObject().value(QStringLiteral("fullUrl")).toString();
        int hospital = encounterHospital.value(urn, -1);
        if (hospital < 0) {
            hospital = encounterHospital.value(encounterOf(r), -1);
        }
        if (hospital < 0) {
            hospital = bucket(r.value(QStringLiteral("id")).toString(), hospitals);
        }
        p.items.append({hospital, rewrite(r, targets, patientUrn).toObject()});
    }
    return p;
}

} // namespace passbook::sandbox
