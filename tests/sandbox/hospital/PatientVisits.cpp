// The visits of a generated history (PatientHistory.h): what each kind of visit leaves on file.
#include "PatientHistory.h"

namespace passbook::sandbox::history {

void dentalVisit(Builder &b, const QDateTime &t)
{
    const QJsonObject me = b.patientRef();
    const QJsonObject e = b.encounter(
        2, t, QStringLiteral("AMB"),
        cc(kSnomed, QStringLiteral("34043003"), QStringLiteral("Dental consultation and report")));
    QJsonObject pr = b.base("Procedure", "proc");
    pr.insert(QStringLiteral("status"), QStringLiteral("completed"));
    pr.insert(QStringLiteral("code"),
              cc(kSnomed, QStringLiteral("234696006"), QStringLiteral("Dental scaling and polishing")));
    pr.insert(QStringLiteral("subject"), me);
    pr.insert(QStringLiteral("encounter"),
              ref(QStringLiteral("Encounter/") + e.value(QStringLiteral("id")).toString()));
    pr.insert(QStringLiteral("performedDateTime"), Builder::when(t));
    b.add(2, pr);
}

void chineseMedicineVisit(Builder &b, int h, const QDateTime &t)
{
    const QJsonObject me = b.patientRef();
    const QJsonObject e = b.encounter(
        h, t, QStringLiteral("AMB"),
        QJsonObject{{QStringLiteral("text"), QStringLiteral("Traditional Chinese medicine clinic 中醫門診")}},
        QStringLiteral("Low back pain"));
    QJsonObject pr = b.base("Procedure", "proc");
    pr.insert(QStringLiteral("status"), QStringLiteral("completed"));
    pr.insert(QStringLiteral("code"), cc(kSnomed, QStringLiteral("44868003"), QStringLiteral("Acupuncture")));
    pr.insert(QStringLiteral("subject"), me);
    pr.insert(QStringLiteral("encounter"),
              ref(QStringLiteral("Encounter/") + e.value(QStringLiteral("id")).toString()));
    pr.insert(QStringLiteral("performedDateTime"), Builder::when(t));
    b.add(h, pr);
    QJsonObject m = b.base("MedicationRequest", "med");
    m.insert(QStringLiteral("status"), QStringLiteral("completed"));
    m.insert(QStringLiteral("intent"), QStringLiteral("order"));
    m.insert(
        QStringLiteral("medicationCodeableConcept"),
        QJsonObject{{QStringLiteral("text"),
                     QStringLiteral(
                         "Chinese herbal formula Du Huo Ji Sheng Tang 獨活寄生湯, concentrated granules")}});
    m.insert(QStringLiteral("subject"), me);
    m.insert(QStringLiteral("authoredOn"), Builder::when(t));
    m.insert(QStringLiteral("dosageInstruction"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("text"), QStringLiteral("4 g three times daily for 7 days")}}});
    b.add(h, m);
}

// Imaging, sometimes with pathology; with `admit`, an inpatient stay with a discharge summary.
void imagingVisit(Builder &b, int h, const QDateTime &t, bool admit)
{
    const QJsonObject me = b.patientRef();
    const QJsonObject e = b.encounter(
        h, t, admit ? QStringLiteral("IMP") : QStringLiteral("AMB"),
        cc(kSnomed, admit ? QStringLiteral("32485007") : QStringLiteral("185349003"),
           admit ? QStringLiteral("Hospital admission") : QStringLiteral("Encounter for check up")));
    const QString encId = e.value(QStringLiteral("id")).toString();
    QJsonObject study = b.base("ImagingStudy", "img");
    study.insert(QStringLiteral("status"), QStringLiteral("available"));
    study.insert(QStringLiteral("subject"), me);
    study.insert(QStringLiteral("started"), Builder::when(t));
    study.insert(QStringLiteral("modality"),
                 QJsonArray{coding(QStringLiteral("http://dicom.nema.org/resources/ontology/DCM"),
                                   QStringLiteral("CR"), QStringLiteral("Computed Radiography"))});
    study.insert(QStringLiteral("procedureCode"),
                 QJsonArray{cc(kLoinc, QStringLiteral("36643-5"), QStringLiteral("XR Chest 2 Views"))});
    study.insert(QStringLiteral("description"), QStringLiteral("Chest X-ray, PA and lateral"));
    study.insert(QStringLiteral("numberOfSeries"), 1);
    study.insert(QStringLiteral("numberOfInstances"), 2);
    b.add(h, study);
    QJsonObject rad = b.base("DiagnosticReport", "rep");
    rad.insert(QStringLiteral("status"), QStringLiteral("final"));
    rad.insert(QStringLiteral("category"),
               QJsonArray{cc(kV2_0074, QStringLiteral("RAD"), QStringLiteral("Radiology"))});
    rad.insert(QStringLiteral("code"),
               cc(kLoinc, QStringLiteral("36643-5"), QStringLiteral("XR Chest 2 Views")));
    rad.insert(QStringLiteral("subject"), me);
    rad.insert(QStringLiteral("encounter"), ref(QStringLiteral("Encounter/") + encId));
    rad.insert(QStringLiteral("effectiveDateTime"), Builder::when(t));
    rad.insert(QStringLiteral("conclusion"), b.chance(0.8)
                                                 ? QStringLiteral("No active lung lesion. Heart size normal.")
                                                 : QStringLiteral("Mild cardiomegaly. No pleural effusion."));
    b.add(h, rad);
    if (admit) {
        QJsonObject pr = b.base("Procedure", "proc");
        pr.insert(QStringLiteral("status"), QStringLiteral("completed"));
        pr.insert(QStringLiteral("code"),
                  cc(kSnomed, QStringLiteral("80146002"), QStringLiteral("Appendectomy")));
        pr.insert(QStringLiteral("subject"), me);
        pr.insert(QStringLiteral("encounter"), ref(QStringLiteral("Encounter/") + encId));
        pr.insert(QStringLiteral("performedDateTime"), Builder::when(t.addDays(1)));
        b.add(h, pr);
        QJsonObject pat = b.base("DiagnosticReport", "rep");
        pat.insert(QStringLiteral("status"), QStringLiteral("final"));
        pat.insert(QStringLiteral("category"),
                   QJsonArray{cc(kV2_0074, QStringLiteral("PAT"),
                                 QStringLiteral("Pathology (gross & histopath, not surgical)"))});
        pat.insert(QStringLiteral("code"),
                   cc(kLoinc, QStringLiteral("11529-5"), QStringLiteral("Surgical pathology study")));
        pat.insert(QStringLiteral("subject"), me);
        pat.insert(QStringLiteral("encounter"), ref(QStringLiteral("Encounter/") + encId));
        pat.insert(QStringLiteral("effectiveDateTime"), Builder::when(t.addDays(2)));
        pat.insert(QStringLiteral("conclusion"),
                   QStringLiteral("Acute suppurative appendicitis. No malignancy."));
        b.add(h, pat);
        QJsonObject doc = b.base("DocumentReference", "doc");
        doc.insert(QStringLiteral("status"), QStringLiteral("current"));
        doc.insert(QStringLiteral("type"),
                   cc(kLoinc, QStringLiteral("18842-5"), QStringLiteral("Discharge summary")));
        doc.insert(QStringLiteral("subject"), me);
        doc.insert(QStringLiteral("date"), Builder::when(t.addDays(4)));
        doc.insert(QStringLiteral("description"),
                   QStringLiteral("Discharged in good condition after laparoscopic appendectomy; "
                                  "wound care and follow-up in 2 weeks."));
        const QByteArray text =
            "Discharge summary\nDiagnosis: acute appendicitis (K35.80)\nProcedure: laparoscopic "
            "appendectomy\n"
            "Course: uneventful. Discharged on day 4.\nFollow-up: surgical clinic in 2 weeks.\n";
        doc.insert(
            QStringLiteral("content"),
            QJsonArray{QJsonObject{
                {QStringLiteral("attachment"),
                 QJsonObject{{QStringLiteral("contentType"), QStringLiteral("text/plain; charset=utf-8")},
                             {QStringLiteral("data"), QString::fromLatin1(text.toBase64())},
                             {QStringLiteral("title"), QStringLiteral("Discharge summary")}}}}});
        doc.insert(QStringLiteral("context"),
                   QJsonObject{
                       {QStringLiteral("encounter"), QJsonArray{ref(QStringLiteral("Encounter/") + encId)}}});
        b.add(h, doc);
    }
}

// Preventive care: vaccination and screening.
void preventiveVisit(Builder &b, int h, const QDateTime &t, int visit)
{
    const QJsonObject me = b.patientRef();
    const QJsonObject e =
        b.encounter(h, t, QStringLiteral("AMB"),
                    cc(kSnomed, QStringLiteral("410620009"), QStringLiteral("Well adult visit")));
    const Vaccine &v = kVaccines[visit % (sizeof kVaccines / sizeof kVaccines[0])];
    QJsonObject im = b.base("Immunization", "imm");
    im.insert(QStringLiteral("status"), QStringLiteral("completed"));
    im.insert(QStringLiteral("vaccineCode"),
              cc(kCvx, QString::fromLatin1(v.cvx), QString::fromLatin1(v.display)));
    im.insert(QStringLiteral("patient"), me);
    im.insert(QStringLiteral("occurrenceDateTime"), Builder::when(t));
    im.insert(QStringLiteral("primarySource"), true);
    b.add(h, im);
    QJsonObject screen = b.base("Observation", "scr");
    screen.insert(QStringLiteral("status"), QStringLiteral("final"));
    screen.insert(QStringLiteral("category"),
                  QJsonArray{cc(kObsCat, QStringLiteral("survey"), QStringLiteral("Survey"))});
    screen.insert(QStringLiteral("code"),
                  cc(kLoinc, QStringLiteral("55758-7"),
                     QStringLiteral("Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]")));
    screen.insert(QStringLiteral("subject"), me);
    screen.insert(QStringLiteral("effectiveDateTime"), Builder::when(t));
    screen.insert(QStringLiteral("valueQuantity"), quantity(b.uniform(0, 2), QStringLiteral("{score}")));
    b.add(h, screen);
    if (visit % 20 == 9) {
        QJsonObject pr = b.base("Procedure", "proc");
        pr.insert(QStringLiteral("status"), QStringLiteral("completed"));
        pr.insert(QStringLiteral("code"), cc(kSnomed, QStringLiteral("275978004"),
                                             QStringLiteral("Screening for malignant neoplasm of colon")));
        pr.insert(QStringLiteral("subject"), me);
        pr.insert(QStringLiteral("performedDateTime"), Builder::when(t));
        b.add(h, pr);
    }
}

void followUpVisit(Builder &b, int h, const QDateTime &t, int visit, int hospitals)
{
    const QJsonObject me = b.patientRef();
    // Follow-up for the chronic conditions: vitals and labs; now and then the same lab result
    // is also filed at a second hospital (a shared report), which the app de-duplicates.
    const QJsonObject e =
        b.encounter(h, t, QStringLiteral("AMB"),
                    cc(kSnomed, QStringLiteral("185389009"), QStringLiteral("Follow-up visit")),
                    QString::fromLatin1(kConditions[visit % 3].display));
    const QString encId = e.value(QStringLiteral("id")).toString();
    b.vitals(h, t, encId);
    for (int l = 0; l < 4; ++l) {
        const Lab &lab = kLabs[(visit + l * 3) % (sizeof kLabs / sizeof kLabs[0])];
        QJsonObject o = b.labObservation(h, lab, t.addSecs(1800), encId);
        if (hospitals > 1 && visit % 8 == 0 && l == 0) {
            o.insert(QStringLiteral("id"), b.id("obs"));
            o.insert(QStringLiteral("encounter"), QJsonObject{});
            o.remove(QStringLiteral("encounter"));
            b.add((h + 1) % hospitals, o);
        }
    }
    QJsonObject claim = b.base("Claim", "clm");
    claim.insert(QStringLiteral("status"), QStringLiteral("active"));
    claim.insert(QStringLiteral("type"),
                 cc(QStringLiteral("http://terminology.hl7.org/CodeSystem/claim-type"),
                    QStringLiteral("professional"), QStringLiteral("Professional")));
    claim.insert(QStringLiteral("use"), QStringLiteral("claim"));
    claim.insert(QStringLiteral("patient"), me);
    claim.insert(QStringLiteral("created"), Builder::when(t.addSecs(7200)));
    claim.insert(QStringLiteral("billablePeriod"), QJsonObject{{QStringLiteral("start"), Builder::when(t)}});
    claim.insert(QStringLiteral("total"),
                 QJsonObject{{QStringLiteral("value"), double(b.uniform(4, 30) * 50)},
                             {QStringLiteral("currency"), QStringLiteral("TWD")}});
    b.add(h, claim);
}

} // namespace passbook::sandbox::history
