// Records from real sandbox hospital nodes over HTTP, verified against a real anvil: connect three
// hospitals and sync; incremental sync; tamper detection; activation codes that are used, expired or
// unknown; records a hospital should never have sent; a hospital that vanishes; and callers served
// or refused exactly as the chain says (the patient, a delegate, another participant, research).
#include "ConsortiumFixture.h"
#include "VaultTestSupport.h"
#include "crypto/Hex.h"
#include "crypto/Keccak256.h"
#include "fhir/FhirClient.h"
#include "fhir/ResourceMapper.h"
#include "ledger/EventSync.h"
#include "ledger/RegistryClient.h"
#include "ledger/TransactionSubmitter.h"
#include "passbook/SyncEngine.h"

#include <QJsonDocument>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>

using namespace ::passbook;
using ::passbook::passbook::Hospital;
using ::passbook::passbook::Integrity;
using ::passbook::passbook::SyncEngine;
using ::passbook::passbook::TimelineFilter;
using ::passbook::passbook::TimelineStore;

namespace {
struct Device
{
    QTemporaryDir dir;
    std::unique_ptr<vault::VaultManager> vault;
    std::unique_ptr<TimelineStore> store;
    std::unique_ptr<SyncEngine> engine;

    Device(const ledger::NetworkProfile &network)
    {
        vault = std::make_unique<vault::VaultManager>(dir.filePath(QStringLiteral("p")));
        test::useFastKdf(*vault);
        (void)vault->create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English);
        store = std::make_unique<TimelineStore>(*vault->database());
        engine = std::make_unique<SyncEngine>(*store, *vault->signingKey(), network);
    }
    [[nodiscard]] crypto::Address address() const { return vault->address(); }
    [[nodiscard]] qint64 count(const QString &hospital = {}) const
    {
        TimelineFilter f;
        f.hospital = hospital;
        f.includeDuplicates = true;
        f.includeUnmapped = true;
        return store->count(f).value();
    }
};

QString writeTemp(QTemporaryDir &dir, const QJsonObject &o)
{
    static int n = 0;
    const QString path = dir.filePath(QStringLiteral("resource-%1.json").arg(++n));
    test::writeAll(path, QJsonDocument(o).toJson());
    return path;
}
} // namespace

class TestHospitalSync : public QObject
{
    Q_OBJECT
    test::ConsortiumFixture m_net;
    QTemporaryDir m_tmp;
    std::unique_ptr<Device> m_patient;

    QUrl url(int i) const { return QUrl(m_net.hospital(i).value(QStringLiteral("url")).toString()); }

    ledger::TransactionSubmitter::Outcome submit(const crypto::SigningKey &key, const QByteArray &data)
    {
        ledger::JsonRpcClient rpc(m_net.network.rpc);
        ledger::EthClient eth(rpc);
        ledger::TransactionSubmitter tx(eth, key, m_net.network.chainId, nullptr);
        auto outcome = tx.submit(m_net.network.registry, data, QStringLiteral("test"));
        if (!outcome) {
            qWarning() << outcome.error().detail;
            return {};
        }
        return outcome.value();
    }

    quint64 nowSecs() const { return quint64(QDateTime::currentSecsSinceEpoch()); }

private slots:
    void initTestCase()
    {
        const QString problem = m_net.up();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_patient = std::make_unique<Device>(m_net.network);
    }
    void cleanupTestCase() { m_net.down(); }

    void connectThreeHospitalsAndSync()
    {
        for (int i = 0; i < 3; ++i) {
            auto h = m_patient->engine->connect(m_net.participant(i), m_net.activationCode(0, i));
            QVERIFY2(h, qPrintable(h ? QString() : h.error().detail));
            QCOMPARE(h.value().name, m_net.hospital(i).value(QStringLiteral("name")).toString());
        }
        const auto report = m_patient->engine->syncAll();
        QCOMPARE(report.hospitals.size(), 3);
        QMap<int, int> categories;
        int duplicates = 0;
        for (int i = 0; i < 3; ++i) {
            const auto &h = report.hospitals[i];
            QVERIFY2(h.ok, qPrintable(h.error));
            const int served = m_net.patient(0)
                                   .value(QStringLiteral("records"))
                                   .toObject()
                                   .value(m_net.hospital(i).value(QStringLiteral("participant")).toString())
                                   .toInt();
            QCOMPARE(h.fetched, served);
            QCOMPARE(h.added, served);
            QCOMPARE(h.verified, served);
            QCOMPARE(h.rejected, 0);
            QCOMPARE(h.tampered, 0);
            duplicates += h.duplicates;
            for (auto it = h.byCategory.begin(); it != h.byCategory.end(); ++it) {
                categories[it.key()] += it.value();
            }
        }
        QVERIFY2(duplicates > 0, "the same lab result filed at two hospitals is shown once");
        for (int c = 0; c < 16; ++c) {
            QVERIFY2(categories.value(c) > 0, qPrintable(QStringLiteral("no records in category %1").arg(c)));
        }
        TimelineFilter visible;
        QCOMPARE(m_patient->store->count(visible).value(), m_patient->count() - duplicates);
    }

    void incrementalSyncFetchesOnlyWhatChanged()
    {
        auto again = m_patient->engine->syncAll();
        for (const auto &h : again.hospitals) {
            QVERIFY(h.ok);
            QCOMPARE(h.fetched, 0);
        }
        // The hospital corrects one lab result: a new version.
        auto row = m_patient->store
                       ->page(
                           [] {
                               TimelineFilter f;
                               f.categories = 1U << 4;
                               return f;
                           }(),
                           {}, 1)
                       .value()
                       .first();
        QVERIFY(!row.entry.resourceId.isEmpty());
        QJsonObject resource =
            QJsonDocument::fromJson(m_patient->store->entry(row.id).value()->resource).object();
        QJsonObject value = resource.value(QStringLiteral("valueQuantity")).toObject();
        value.insert(QStringLiteral("value"), 999);
        resource.insert(QStringLiteral("valueQuantity"), value);
        const int hospitalIndex = row.hospital == m_net.participant(0).toLowerHex()   ? 0
                                  : row.hospital == m_net.participant(1).toLowerHex() ? 1
                                                                                      : 2;
        QVERIFY(!m_net.hospitalAdmin(hospitalIndex, {QStringLiteral("update"), writeTemp(m_tmp, resource)})
                     .isNull());
        int fetched = 0;
        Integrity integrity = Integrity::Unproven;
        for (int attempt = 0; attempt < 20 && integrity != Integrity::Verified; ++attempt) {
            const auto r = m_patient->engine->syncAll();
            for (const auto &h : r.hospitals) {
                fetched += h.fetched;
            }
            integrity = m_patient->store->entry(row.id).value()->integrity;
            if (integrity != Integrity::Verified) {
                QThread::msleep(250); // the node anchors new versions on a 1 s timer
            }
        }
        QCOMPARE(fetched, 1);
        QCOMPARE(integrity, Integrity::Verified);
        QCOMPARE(m_patient->store->entry(row.id).value()->entry.versionId, QStringLiteral("2"));
        QVERIFY(m_patient->store->entry(row.id).value()->entry.summary.startsWith(QLatin1String("999 ")));
    }

    void aRecordAlteredAfterAnchoringIsShownAsTampered()
    {
        auto rows = m_patient->store
                        ->page(
                            [&] {
                                TimelineFilter f;
                                f.categories = 1U << 1;
                                f.hospital = m_net.participant(0).toLowerHex();
                                return f;
                            }(),
                            {}, 1)
                        .value();
        QVERIFY(!rows.isEmpty());
        QJsonObject resource =
            QJsonDocument::fromJson(m_patient->store->entry(rows.first().id).value()->resource).object();
        resource.insert(QStringLiteral("note"),
                        QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("added later")}}});
        // A correction that the node anchors, then altered in its database after anchoring.
        QVERIFY(!m_net.hospitalAdmin(0, {QStringLiteral("update"), writeTemp(m_tmp, resource)}).isNull());
        QThread::msleep(1500);
        resource.insert(
            QStringLiteral("note"),
            QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("altered after anchoring")}}});
        QVERIFY(!m_net.hospitalAdmin(0, {QStringLiteral("tamper"), writeTemp(m_tmp, resource)}).isNull());
        const auto r = m_patient->engine->syncAll();
        QCOMPARE(r.hospitals[0].tampered, 1);
        QVERIFY(r.hospitals[0].problems.join(QLatin1Char(' ')).contains(QLatin1String("altered")));
        QCOMPARE(m_patient->store->entry(rows.first().id).value()->integrity, Integrity::Tampered);
    }

    void activationCodes()
    {
        Device other(m_net.network);
        // Used by the patient already.
        auto used = other.engine->connect(m_net.participant(0), m_net.activationCode(0, 0));
        QVERIFY(!used);
        QVERIFY2(used.error().message.contains(QLatin1String("already been used")),
                 qPrintable(used.error().message));
        auto unknown = other.engine->connect(m_net.participant(0), QStringLiteral("AAAA-BBBB-CCCC"));
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QLatin1String("not known")));
        const QString patient2 = m_net.patient(1)
                                     .value(QStringLiteral("ids"))
                                     .toObject()
                                     .value(m_net.hospital(0).value(QStringLiteral("participant")).toString())
                                     .toString();
        const QByteArray issued = m_net.hospitalAdmin(
            0, {QStringLiteral("issue-code"), patient2, QStringLiteral("--ttl"), QStringLiteral("0")});
        const QString code =
            QJsonDocument::fromJson(issued).object().value(QStringLiteral("activationCode")).toString();
        QVERIFY(!code.isEmpty());
        QThread::msleep(1100);
        auto expired = other.engine->connect(m_net.participant(0), code);
        QVERIFY(!expired);
        QVERIFY(expired.error().message.contains(QLatin1String("expired")));
        // An address that is not a participant, and a participant that is not active.
        auto nobody = other.engine->connect(crypto::SigningKey::generate().address(), code);
        QVERIFY(!nobody);
        QCOMPARE(nobody.error().code, ErrorCode::NotFound);
        QCOMPARE(other.count(), 0);
    }

    // A participant whose directory entry is plain http to anything but this machine is refused
    // before anything is sent to it: the activation code and the sign-in would travel in clear.
    void plainHttpBeyondThisMachineIsRefusedAtConnect_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("a LAN address") << QStringLiteral("http://192.168.1.20:8080");
        QTest::newRow("a public name") << QStringLiteral("http://hospital.example.org");
        QTest::newRow("loopback lookalike") << QStringLiteral("http://127.0.0.1.example.org:8080");
    }
    void plainHttpBeyondThisMachineIsRefusedAtConnect()
    {
        QFETCH(QString, endpoint);
        const crypto::SigningKey clinic = crypto::SigningKey::generate();
        QVERIFY(submit(m_net.adminKey(), ledger::registry::registerParticipant(
                                             clinic.address(), QStringLiteral("Plain Clinic"),
                                             quint8(domain::ParticipantKind::Hospital), endpoint))
                    .hash.size());
        Device other(m_net.network);
        auto refused = other.engine->connect(clinic.address(), QStringLiteral("AAAA-BBBB-CCCC"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Rejected);
        QVERIFY2(refused.error().message.contains(QLatin1String("not a secure (https) address")),
                 qPrintable(refused.error().message));
        QCOMPARE(other.count(), 0);
    }

    void recordsTheHospitalShouldNotHaveSentAreRefusedOneByOne()
    {
        const QString me = m_net.patient(0)
                               .value(QStringLiteral("ids"))
                               .toObject()
                               .value(m_net.hospital(1).value(QStringLiteral("participant")).toString())
                               .toString();
        const QString someoneElse =
            m_net.patient(1)
                .value(QStringLiteral("ids"))
                .toObject()
                .value(m_net.hospital(1).value(QStringLiteral("participant")).toString())
                .toString();
        const auto obs = [&](const QString &id, const QString &subject, const QString &date) {
            return QJsonObject{
                {QStringLiteral("resourceType"), QStringLiteral("Observation")},
                {QStringLiteral("id"), id},
                {QStringLiteral("status"), QStringLiteral("final")},
                {QStringLiteral("code"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Glucose")}}},
                {QStringLiteral("subject"), QJsonObject{{QStringLiteral("reference"), subject}}},
                {QStringLiteral("effectiveDateTime"), date}};
        };
        const qint64 before = m_patient->count();
        QVERIFY(!m_net
                     .hospitalAdmin(1, {QStringLiteral("add"), me,
                                        writeTemp(m_tmp, obs(QStringLiteral("bad-1"),
                                                             QStringLiteral("Patient/") + someoneElse,
                                                             QStringLiteral("2025-01-01")))})
                     .isNull());
        QVERIFY(!m_net
                     .hospitalAdmin(
                         1, {QStringLiteral("add"), me,
                             writeTemp(m_tmp, obs(QStringLiteral("bad-2"), QStringLiteral("Patient/") + me,
                                                  QStringLiteral("2025-02-30")))})
                     .isNull());
        QVERIFY(!m_net
                     .hospitalAdmin(
                         1, {QStringLiteral("add"), me,
                             writeTemp(m_tmp, obs(QStringLiteral("good-1"), QStringLiteral("Patient/") + me,
                                                  QStringLiteral("2025-03-01")))})
                     .isNull());
        const auto r = m_patient->engine->syncAll();
        QVERIFY(r.hospitals[1].ok);
        QCOMPARE(r.hospitals[1].rejected, 2);
        const QString problems = r.hospitals[1].problems.join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QLatin1String("about another patient")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("impossible date")), qPrintable(problems));
        QCOMPARE(m_patient->count(), before + 1); // the valid one landed, nothing was lost
    }

    void aHospitalThatVanishesDoesNotStopTheOthers()
    {
        const QString gone = m_net.participant(2).toLowerHex();
        const qint64 kept = m_patient->count(gone);
        QVERIFY(kept > 0);
        QVERIFY(m_net.killHospital(2));
        m_patient->engine->setTimeoutMs(3000);
        const auto r = m_patient->engine->syncAll();
        QVERIFY(r.hospitals[0].ok);
        QVERIFY(r.hospitals[1].ok);
        QVERIFY(!r.hospitals[2].ok);
        QVERIFY2(r.hospitals[2].error.contains(QLatin1String("cannot be reached")),
                 qPrintable(r.hospitals[2].error));
        QCOMPARE(m_patient->count(gone), kept);
        QVERIFY(m_patient->store->hospital(gone).value()->lastStatus.startsWith(QLatin1String("error")));
        // `consortium up` restarts what is not running; the next sync is fine again.
        QVERIFY(m_net.up().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_patient->engine->syncAll().hospitals[2].ok, 20000);
    }

    void delegatesAreServedAsTheChainSays()
    {
        Device caregiver(m_net.network);
        fhir::FhirClient client(url(0), *caregiver.vault->signingKey(), m_net.network.chainId);
        client.setActingFor(m_patient->address());
        auto refused = client.search(QStringLiteral("Observation"), {}, {}, 5);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Rejected);

        const auto &key = *m_patient->vault->signingKey();
        QVERIFY(
            submit(key, ledger::registry::setDelegate(caregiver.address(), domain::View, nowSecs() + 3600))
                .hash.size());
        auto served = client.search(QStringLiteral("Observation"), {}, {}, 5);
        QVERIFY2(served, qPrintable(served ? QString() : served.error().detail));
        QCOMPARE(served.value().entries.size(), 5);
        QVERIFY(!served.value().entries.first().proof.isEmpty());

        QVERIFY(submit(key, ledger::registry::setDelegate(caregiver.address(), 0, 0)).hash.size());
        auto revoked = client.search(QStringLiteral("Observation"), {}, {}, 5);
        QVERIFY(!revoked);
        QCOMPARE(revoked.error().code, ErrorCode::Rejected);
    }

    void anotherParticipantReceivesOnlyWhatWasConsented()
    {
        const crypto::SigningKey wanfang = m_net.hospitalKey(1);
        const crypto::Address taipei = m_net.participant(0);
        fhir::FhirClient asWanfang(url(0), wanfang, m_net.network.chainId);
        asWanfang.setActingFor(m_patient->address());
        QCOMPARE(asWanfang.search(QStringLiteral("Observation"), {}, {}, 5).error().code,
                 ErrorCode::Rejected);

        // Wanfang asks for lab results held by Taipei City Hospital; the patient approves.
        auto asked = submit(wanfang, ledger::registry::requestAccess(m_patient->address(), taipei, 1U << 4,
                                                                     quint8(domain::Purpose::Treatment),
                                                                     nowSecs() + 86400));
        quint64 requestId = 0;
        for (const auto &log : asked.receipt.logs) {
            if (auto e = ledger::registry::decodeEvent(log);
                e && e.value().type == ledger::registry::Event::Type::AccessRequested) {
                requestId = e.value().id;
            }
        }
        QVERIFY(requestId);
        auto approved = submit(*m_patient->vault->signingKey(),
                               ledger::registry::approveRequest(requestId, 1U << 4, nowSecs() + 86400));
        QVERIFY(approved.hash.size());

        auto labs = asWanfang.search(QStringLiteral("Observation"), {}, {}, 50);
        QVERIFY2(labs, qPrintable(labs ? QString() : labs.error().detail));
        QVERIFY(!labs.value().entries.isEmpty());
        // Whose records these are: the record number, sex and birth date; no name, contact or address
        // (the patient sees their whole Patient resource).
        auto demographics = asWanfang.search(QStringLiteral("Patient"), {}, {}, 1);
        QVERIFY2(demographics, qPrintable(demographics ? QString() : demographics.error().detail));
        QCOMPARE(demographics.value().entries.size(), 1);
        const QJsonObject minimal = demographics.value().entries.first().resource;
        QVERIFY(minimal.contains(QStringLiteral("identifier")));
        QVERIFY(minimal.contains(QStringLiteral("birthDate")));
        for (const char *field : {"name", "telecom", "address", "photo", "contact"}) {
            QVERIFY2(!minimal.contains(QLatin1String(field)), field);
        }
        fhir::FhirClient asPatient(url(0), *m_patient->vault->signingKey(), m_net.network.chainId);
        auto mine = asPatient.search(QStringLiteral("Patient"), {}, {}, 1);
        QVERIFY(mine);
        QVERIFY(mine.value().entries.first().resource.contains(QStringLiteral("name")));
        const QString ref = m_patient->store->hospital(taipei.toLowerHex()).value()->patientRef;
        for (const auto &e : labs.value().entries) {
            auto mapped = fhir::ResourceMapper(ref).map(e.resource);
            QVERIFY(mapped);
            QCOMPARE(mapped.value().category, 4); // vital signs and screenings stay at the hospital
        }
        auto conditions = asWanfang.search(QStringLiteral("Condition"), {}, {}, 50);
        QVERIFY(conditions);
        QVERIFY(conditions.value().entries.isEmpty());

        // The release is on the ledger, for the patient to see.
        ledger::JsonRpcClient rpc(m_net.network.rpc);
        ledger::EthClient eth(rpc);
        auto logs = eth.logs(m_net.network.registry, 0, eth.blockNumber().value());
        QVERIFY(logs);
        bool released = false;
        for (const auto &log : logs.value()) {
            auto e = ledger::registry::decodeEvent(log);
            if (e && e.value().type == ledger::registry::Event::Type::RecordsReleased &&
                e.value().party == wanfang.address() && e.value().custodian == taipei &&
                e.value().scopes == (1U << 4)) {
                released = true;
            }
        }
        QVERIFY(released);

        // Revoked: refused again.
        quint64 consentId = 0;
        for (const auto &log : approved.receipt.logs) {
            if (auto e = ledger::registry::decodeEvent(log);
                e && e.value().type == ledger::registry::Event::Type::ConsentGranted) {
                consentId = e.value().id;
            }
        }
        QVERIFY(
            submit(*m_patient->vault->signingKey(), ledger::registry::revokeConsent(consentId)).hash.size());
        QCOMPARE(asWanfang.search(QStringLiteral("Observation"), {}, {}, 5).error().code,
                 ErrorCode::Rejected);
    }

    // What two research recipients get for one consent each: de-identified by an allow-list, the
    // patient and every record under pseudonyms keyed by the node's secret and the recipient. The
    // test tries what an attacker would: find the patient's name, ids or record ids, recompute the
    // old unkeyed pseudonym, and link the two studies.
    void researchReceivesDeidentifiedDataOnly()
    {
        const auto study = [&](const crypto::SigningKey &researcher) {
            [&] {
                QVERIFY(submit(*m_patient->vault->signingKey(),
                               ledger::registry::grantConsent(researcher.address(), m_net.participant(0),
                                                              1U << 4, quint8(domain::Purpose::Research),
                                                              nowSecs() + 86400))
                            .hash.size());
            }();
            fhir::FhirClient asResearch(url(0), researcher, m_net.network.chainId);
            asResearch.setActingFor(m_patient->address());
            auto labs = asResearch.search(QStringLiteral("Observation"), {}, {}, 50);
            return labs ? labs.value().entries : QList<fhir::FetchedEntry>();
        };
        const crypto::SigningKey myongji = m_net.hospitalKey(2);
        const crypto::SigningKey wanfang = m_net.hospitalKey(1);
        const QList<fhir::FetchedEntry> first = study(myongji);
        const QList<fhir::FetchedEntry> again = study(myongji);
        const QList<fhir::FetchedEntry> second = study(wanfang);
        QVERIFY(!first.isEmpty());
        QCOMPARE(second.size(), first.size());

        // what the patient's own copy says, to look for in the studies
        fhir::FhirClient asPatient(url(0), *m_patient->vault->signingKey(), m_net.network.chainId);
        auto own = asPatient.search(QStringLiteral("Observation"), {}, {}, 50);
        QVERIFY(own);
        const QString patientRef =
            m_patient->store->hospital(m_net.participant(0).toLowerHex()).value()->patientRef;
        QStringList secrets{patientRef.section(QLatin1Char('/'), 1)};
        for (const auto &e : own.value().entries) {
            secrets << e.resource.value(QStringLiteral("id")).toString();
        }
        const QString name = m_net.patient(0).value(QStringLiteral("name")).toString();
        secrets << name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString unkeyed =
            QStringLiteral("anon-") +
            crypto::toHex(crypto::Keccak256::hash((m_net.hospitalKey(0).address().toLowerHex() +
                                                   patientRef.section(QLatin1Char('/'), 1))
                                                      .toUtf8())
                              .left(8));
        secrets << unkeyed;

        QSet<QString> firstIds;
        QSet<QString> secondIds;
        for (const auto *entries : {&first, &second}) {
            for (const auto &e : *entries) {
                const QJsonObject &r = e.resource;
                QVERIFY(e.proof.isEmpty());
                const QString text = QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact));
                for (const QString &secret : std::as_const(secrets)) {
                    QVERIFY2(!text.contains(secret),
                             qPrintable(QStringLiteral("a study can read: ") + secret));
                }
                for (const char *field : {"meta", "extension", "identifier", "text", "note", "encounter",
                                          "performer", "issued", "valueString"}) {
                    QVERIFY2(!r.contains(QLatin1String(field)), field);
                }
                // nor at any depth: words are not released, codes are
                for (const char *key : {"\"display\"", "\"text\"", "\"valueString\"",
                                        "\"reference\":\"Patient/T", "\"note\"", "\"comment\""}) {
                    QVERIFY2(!text.contains(QLatin1String(key)), key);
                }
                QVERIFY(text.contains(QLatin1String("\"code\"")));
                QVERIFY(r.value(QStringLiteral("id")).toString().startsWith(QLatin1String("anon-")));
                QCOMPARE(r.value(QStringLiteral("effectiveDateTime")).toString().size(), 4); // the year only
                (entries == &first ? firstIds : secondIds) << r.value(QStringLiteral("id")).toString();
            }
        }
        const auto subjectOf = [](const QList<fhir::FetchedEntry> &entries) {
            return entries.first()
                .resource.value(QStringLiteral("subject"))
                .toObject()
                .value(QStringLiteral("reference"))
                .toString();
        };
        QVERIFY(subjectOf(first).startsWith(QLatin1String("Patient/anon-")));
        QCOMPARE(subjectOf(again), subjectOf(first));   // stable for one study
        QVERIFY(subjectOf(second) != subjectOf(first)); // two studies cannot join on the patient…
        QVERIFY(!firstIds.intersects(secondIds));       // …nor on the records
    }
};

QTEST_GUILESS_MAIN(TestHospitalSync)
#include "tst_hospital_sync.moc"
