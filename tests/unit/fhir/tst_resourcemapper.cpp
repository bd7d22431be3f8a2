#include "common/ShownText.h"
#include "fhir/ResourceMapper.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace passbook::fhir;

namespace {
const QString kMe = QStringLiteral("Patient/TCH-1001");

QJsonObject cc(const char *system, const char *code, const char *display)
{
    return {{QStringLiteral("coding"),
             QJsonArray{QJsonObject{{QStringLiteral("system"), QString::fromLatin1(system)},
                                    {QStringLiteral("code"), QString::fromLatin1(code)},
                                    {QStringLiteral("display"), QString::fromUtf8(display)}}}}};
}

QJsonObject subject(const QString &ref = kMe)
{
    return {{QStringLiteral("reference"), ref}};
}

QJsonObject lab(double value)
{
    return {{QStringLiteral("resourceType"), QStringLiteral("Observation")},
            {QStringLiteral("id"), QStringLiteral("obs-1")},
            {QStringLiteral("meta"),
             QJsonObject{{QStringLiteral("versionId"), QStringLiteral("2")},
                         {QStringLiteral("lastUpdated"), QStringLiteral("2026-01-02T03:04:05.678Z")}}},
            {QStringLiteral("status"), QStringLiteral("final")},
            {QStringLiteral("category"),
             QJsonArray{cc("http://terminology.hl7.org/CodeSystem/observation-category", "laboratory",
                           "Laboratory")}},
            {QStringLiteral("code"),
             cc("http://loinc.org", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")},
            {QStringLiteral("subject"), subject()},
            {QStringLiteral("effectiveDateTime"), QStringLiteral("2025-03-04T09:30:00+08:00")},
            {QStringLiteral("valueQuantity"),
             QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("unit"), QStringLiteral("%")}}},
            {QStringLiteral("referenceRange"),
             QJsonArray{QJsonObject{{QStringLiteral("low"), QJsonObject{{QStringLiteral("value"), 4.0}}},
                                    {QStringLiteral("high"), QJsonObject{{QStringLiteral("value"), 5.6}}}}}}};
}

QJsonObject with(QJsonObject o, const char *key, const QJsonValue &v)
{
    o.insert(QString::fromLatin1(key), v);
    return o;
}
} // namespace

class TestResourceMapper : public QObject
{
    Q_OBJECT
    const ResourceMapper m_mapper{kMe, QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC)};

private slots:
    void labResult()
    {
        auto e = m_mapper.map(lab(6.8));
        QVERIFY(e);
        QCOMPARE(e.value().category, 4);
        QCOMPARE(e.value().title, QStringLiteral("Hemoglobin A1c/Hemoglobin.total in Blood"));
        QCOMPARE(e.value().summary, QStringLiteral("6.8 % (ref 4–5.6)"));
        QVERIFY(e.value().outOfRange);
        QCOMPARE(e.value().date, QDateTime(QDate(2025, 3, 4), QTime(1, 30), Qt::UTC));
        QCOMPARE(e.value().versionId, QStringLiteral("2"));
        QCOMPARE(e.value().trendKey, QStringLiteral("http://loinc.org|4548-4"));
        QCOMPARE(*e.value().value, 6.8);
        QCOMPARE(e.value().dedupKey, QStringLiteral("4|2025-03-04|http://loinc.org|4548-4|6.8"));
        QVERIFY(!m_mapper.map(lab(5.1)).value().outOfRange);
    }

    void categories_data()
    {
        QTest::addColumn<QJsonObject>("resource");
        QTest::addColumn<int>("category");
        const auto base = [](const char *type) {
            return QJsonObject{{QStringLiteral("resourceType"), QString::fromLatin1(type)},
                               {QStringLiteral("id"), QStringLiteral("x1")}};
        };
        QTest::newRow("visit") << with(with(base("Encounter"), "subject", subject()), "type",
                                       QJsonArray{
                                           cc("http://snomed.info/sct", "185389009", "Follow-up visit")})
                               << 0;
        QTest::newRow("dental visit")
            << with(with(base("Encounter"), "subject", subject()), "type",
                    QJsonArray{cc("http://snomed.info/sct", "34043003", "Dental consultation and report")})
            << 9;
        QTest::newRow("tcm visit") << with(with(base("Encounter"), "subject", subject()), "type",
                                           QJsonArray{QJsonObject{
                                               {QStringLiteral("text"), QStringLiteral("中醫門診")}}})
                                   << 10;
        QTest::newRow("condition") << with(with(base("Condition"), "subject", subject()), "code",
                                           cc("http://hl7.org/fhir/sid/icd-10", "I10",
                                              "Essential hypertension"))
                                   << 1;
        QTest::newRow("medication") << with(with(base("MedicationRequest"), "subject", subject()),
                                            "medicationCodeableConcept",
                                            cc("http://www.whocc.no/atc", "A10BA02", "Metformin"))
                                    << 2;
        QTest::newRow("herbal") << with(with(base("MedicationRequest"), "subject", subject()),
                                        "medicationCodeableConcept",
                                        QJsonObject{{QStringLiteral("text"),
                                                     QStringLiteral("Chinese herbal formula 獨活寄生湯")}})
                                << 10;
        QTest::newRow("allergy") << with(with(base("AllergyIntolerance"), "patient", subject()), "code",
                                         cc("http://snomed.info/sct", "764146007", "Penicillin"))
                                 << 3;
        QTest::newRow("vital") << with(with(with(base("Observation"), "subject", subject()), "category",
                                            QJsonArray{cc("x", "vital-signs", "Vital Signs")}),
                                       "code", cc("http://loinc.org", "8867-4", "Heart rate"))
                               << 14;
        QTest::newRow("survey") << with(with(with(base("Observation"), "subject", subject()), "category",
                                             QJsonArray{cc("x", "survey", "Survey")}),
                                        "code", cc("http://loinc.org", "55758-7", "PHQ-2"))
                                << 13;
        QTest::newRow("radiology")
            << with(with(with(base("DiagnosticReport"), "subject", subject()), "category",
                         QJsonArray{cc("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology")}),
                    "code", cc("http://loinc.org", "36643-5", "XR Chest 2 Views"))
            << 5;
        QTest::newRow("pathology")
            << with(with(with(base("DiagnosticReport"), "subject", subject()), "category",
                         QJsonArray{cc("http://terminology.hl7.org/CodeSystem/v2-0074", "PAT", "Pathology")}),
                    "code", cc("http://loinc.org", "11529-5", "Surgical pathology study"))
            << 5;
        QTest::newRow("lab panel")
            << with(
                   with(with(base("DiagnosticReport"), "subject", subject()), "category",
                        QJsonArray{cc("http://terminology.hl7.org/CodeSystem/v2-0074", "LAB", "Laboratory")}),
                   "code", cc("http://loinc.org", "24323-8", "Comprehensive metabolic panel"))
            << 4;
        QTest::newRow("imaging study") << with(base("ImagingStudy"), "subject", subject()) << 5;
        QTest::newRow("procedure") << with(with(base("Procedure"), "subject", subject()), "code",
                                           cc("http://snomed.info/sct", "80146002", "Appendectomy"))
                                   << 6;
        QTest::newRow("dental procedure")
            << with(with(base("Procedure"), "subject", subject()), "code",
                    cc("http://snomed.info/sct", "234696006", "Dental scaling and polishing"))
            << 9;
        QTest::newRow("acupuncture") << with(with(base("Procedure"), "subject", subject()), "code",
                                             cc("http://snomed.info/sct", "44868003", "Acupuncture"))
                                     << 10;
        QTest::newRow("screening") << with(with(base("Procedure"), "subject", subject()), "code",
                                           cc("http://snomed.info/sct", "275978004",
                                              "Screening for malignant neoplasm of colon"))
                                   << 13;
        QTest::newRow("vaccination") << with(with(base("Immunization"), "patient", subject()), "vaccineCode",
                                             cc("http://hl7.org/fhir/sid/cvx", "141",
                                                "Influenza, seasonal, injectable"))
                                     << 7;
        QTest::newRow("discharge summary")
            << with(with(base("DocumentReference"), "subject", subject()), "type",
                    cc("http://loinc.org", "18842-5", "Discharge summary"))
            << 8;
        QTest::newRow("composition") << with(with(base("Composition"), "subject", subject()), "title",
                                             QStringLiteral("Discharge summary"))
                                     << 8;
        QTest::newRow("care plan") << with(base("CarePlan"), "subject", subject()) << 11;
        QTest::newRow("goal") << with(with(base("Goal"), "subject", subject()), "description",
                                      QJsonObject{{QStringLiteral("text"), QStringLiteral("HbA1c below 7")}})
                              << 11;
        QTest::newRow("care team") << with(base("CareTeam"), "subject", subject()) << 11;
        QTest::newRow("directive") << with(with(base("Consent"), "patient", subject()), "scope",
                                           cc("http://terminology.hl7.org/CodeSystem/consentscope", "adr",
                                              "Advance Directive"))
                                   << 12;
        QTest::newRow("claim") << with(with(base("Claim"), "patient", subject()), "total",
                                       QJsonObject{{QStringLiteral("value"), 350},
                                                   {QStringLiteral("currency"), QStringLiteral("TWD")}})
                               << 15;
        QTest::newRow("eob") << with(base("ExplanationOfBenefit"), "patient", subject()) << 15;
        QTest::newRow("organization") << base("Organization") << -1;
        QTest::newRow("patient") << base("Patient") << -1;
    }
    void categories()
    {
        QFETCH(QJsonObject, resource);
        QFETCH(int, category);
        auto e = m_mapper.map(resource);
        QVERIFY2(e, qPrintable(e ? QString() : e.error().detail));
        QCOMPARE(e.value().category, category);
        QVERIFY(!e.value().title.isEmpty());
    }

    void refusedRecords_data()
    {
        QTest::addColumn<QJsonObject>("resource");
        QTest::addColumn<QString>("message");
        QTest::newRow("another patient")
            << with(lab(5), "subject", subject(QStringLiteral("Patient/TCH-2002")))
            << QStringLiteral("about another patient");
        QTest::newRow("no subject") << [] {
            QJsonObject o = lab(5);
            o.remove(QStringLiteral("subject"));
            return o;
        }() << QStringLiteral("does not say whose record");
        QTest::newRow("impossible date") << with(lab(5), "effectiveDateTime", QStringLiteral("2025-02-30"))
                                         << QStringLiteral("impossible date");
        QTest::newRow("garbage date") << with(lab(5), "effectiveDateTime", QStringLiteral("last Tuesday"))
                                      << QStringLiteral("impossible date");
        QTest::newRow("future date") << with(lab(5), "effectiveDateTime", QStringLiteral("2031-01-01"))
                                     << QStringLiteral("cannot be right");
        QTest::newRow("ancient date") << with(lab(5), "effectiveDateTime", QStringLiteral("1492-10-12"))
                                      << QStringLiteral("cannot be right");
        QTest::newRow("no resourceType") << [] {
            QJsonObject o = lab(5);
            o.remove(QStringLiteral("resourceType"));
            return o;
        }() << QStringLiteral("not a FHIR resource");
        QTest::newRow("bad id") << with(lab(5), "id", QStringLiteral("../../etc/passwd"))
                                << QStringLiteral("no valid id");
        QTest::newRow("value not a number")
            << with(lab(5), "valueQuantity", QJsonObject{{QStringLiteral("value"), QStringLiteral("high")}})
            << QStringLiteral("not a number");
    }
    void refusedRecords()
    {
        QFETCH(QJsonObject, resource);
        QFETCH(QString, message);
        auto e = m_mapper.map(resource);
        QVERIFY(!e);
        QVERIFY2(e.error().message.contains(message), qPrintable(e.error().message));
    }

    void unknownCodesAreKeptWithAWarning()
    {
        QJsonObject o = lab(5);
        o.insert(QStringLiteral("code"),
                 QJsonObject{{QStringLiteral("coding"),
                              QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:local")},
                                                     {QStringLiteral("code"), QStringLiteral("X-99")}}}}});
        auto e = m_mapper.map(o);
        QVERIFY(e);
        QCOMPARE(e.value().title, QStringLiteral("X-99"));
        QVERIFY(!e.value().warnings.isEmpty());
    }

    // What a hospital writes is shown as it is written, but bounded and without control codes: a
    // 100 000-character title or a terminal escape cannot reach a screen or a log line.
    void outsideTextIsBounded()
    {
        QJsonObject o = lab(5);
        const QString huge = QStringLiteral("<img src=\"http://127.0.0.1:1/x.png\">") + QString(100000, u'A');
        o.insert(QStringLiteral("code"), QJsonObject{{QStringLiteral("text"), huge}});
        auto e = m_mapper.map(o);
        QVERIFY(e);
        QCOMPARE(e.value().title.size(), ResourceMapper::kMaxTitleChars + 1);
        QVERIFY(e.value().title.startsWith(QStringLiteral("<img src=")));
        QVERIFY(e.value().title.endsWith(QChar(0x2026)));

        o.insert(QStringLiteral("code"),
                 QJsonObject{{QStringLiteral("text"), QStringLiteral("Potassium\x1b[2J\r\nreset\u0085")}});
        e = m_mapper.map(o);
        QVERIFY(e);
        QCOMPARE(e.value().title, QStringLiteral("Potassium [2J  reset "));
    }

    void shownTextCutsOnACharacterBoundary()
    {
        const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // a surrogate pair
        QCOMPARE(passbook::shownText(QStringLiteral("ab") + emoji, 3), QStringLiteral("ab") + QChar(0x2026));
        QCOMPARE(passbook::shownText(QStringLiteral("ab") + emoji, 4), QStringLiteral("ab") + emoji);
        QCOMPARE(passbook::shownText(QStringLiteral("line\nbreak"), 20, true), QStringLiteral("line\nbreak"));
        QCOMPARE(passbook::shownText(QStringLiteral("line\nbreak"), 20), QStringLiteral("line break"));
        QCOMPARE(passbook::shownText(QString(), 5), QString());
        // a right-to-left override would make a name read backwards; zero-width spaces hide in it
        QCOMPARE(passbook::shownText(QStringLiteral("Taipei\u202Elatipsoh\u202C\u200B City\u2028"), 40),
                 QStringLiteral("Taipeilatipsoh City "));
        QCOMPARE(passbook::shownText(QStringLiteral("a\u200Db"), 40),
                 QStringLiteral("a\u200Db")); // joiner kept
    }

    void bloodPressurePanel()
    {
        QJsonObject o = lab(0);
        o.remove(QStringLiteral("valueQuantity"));
        o.remove(QStringLiteral("referenceRange"));
        o.insert(QStringLiteral("component"),
                 QJsonArray{QJsonObject{{QStringLiteral("valueQuantity"),
                                         QJsonObject{{QStringLiteral("value"), 128},
                                                     {QStringLiteral("unit"), QStringLiteral("mm[Hg]")}}}},
                            QJsonObject{{QStringLiteral("valueQuantity"),
                                         QJsonObject{{QStringLiteral("value"), 82},
                                                     {QStringLiteral("unit"), QStringLiteral("mm[Hg]")}}}}});
        auto e = m_mapper.map(o);
        QVERIFY(e);
        QCOMPARE(e.value().summary, QStringLiteral("128/82 mm[Hg]"));
        QCOMPARE(*e.value().value, 128.0);
    }

    // Every resource of every Synthea fixture maps: clinical ones to a category, directory ones kept
    // as unmapped. The counts are printed for the README.
    void syntheaFixtures()
    {
        const QDir dir(QStringLiteral(PASSBOOK_SOURCE_DIR "/../shared/fixtures/synthea"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        if (files.isEmpty()) {
            QSKIP("../shared/fixtures/synthea is not present on this machine");
        }
        QMap<QString, int> byType;
        QMap<int, int> byCategory;
        int total = 0;
        for (const QString &file : files) {
            QFile f(dir.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonArray entries =
                QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("entry")).toArray();
            QString patientUrn;
            for (const QJsonValue &e : entries) {
                if (e[QStringLiteral("resource")][QStringLiteral("resourceType")] ==
                    QStringLiteral("Patient")) {
                    patientUrn = e[QStringLiteral("fullUrl")].toString();
                }
            }
            const ResourceMapper mapper(patientUrn);
            for (const QJsonValue &e : entries) {
                const QJsonObject r = e[QStringLiteral("resource")].toObject();
                auto mapped = mapper.map(r);
                const QString type = r.value(QStringLiteral("resourceType")).toString();
                QVERIFY2(mapped, qPrintable(file + QStringLiteral(": ") + type + QStringLiteral(" ") +
                                            (mapped ? QString() : mapped.error().detail)));
                if (!ResourceMapper::isAdministrative(type)) {
                    QVERIFY2(mapped.value().category >= 0, qPrintable(type));
                    byCategory[mapped.value().category]++;
                }
                byType[type]++;
                ++total;
            }
        }
        QString counts;
        for (auto it = byCategory.begin(); it != byCategory.end(); ++it) {
            counts += QStringLiteral(" %1:%2").arg(it.key()).arg(it.value());
        }
        qInfo("Synthea fixtures: %d files, %d resources; by category%s", int(files.size()), total,
              qPrintable(counts));
    }
};

QTEST_GUILESS_MAIN(TestResourceMapper)
#include "tst_resourcemapper.moc"
