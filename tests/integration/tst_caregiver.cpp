// Family caregivers end to end with two vaults (real passbook-cli, real anvil, real hospital nodes):
// the patient gives a caregiver rights on the ledger; the caregiver's records of the patient come
// from the hospitals under the caregiver's own key, into a store of their own; approving needs
// APPROVE (the contract refuses otherwise); an approval on the patient's behalf makes the custodian
// release and is recorded with the caregiver as actor; revocation and expiry end the access at the
// hospitals and delete the caregiver's copy.
#include "CliRunner.h"
#include "ConsortiumFixture.h"
#include "VaultTestSupport.h"
#include "consent/ConsentStore.h"
#include "consent/DecisionBuilder.h"
#include "ledger/EventSync.h"
#include "ledger/RegistryClient.h"
#include "ledger/TransactionSubmitter.h"
#include "passbook/SyncEngine.h"
#include "vault/ProfileStore.h"
#include "vault/VaultManager.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

using namespace passbook;

namespace {
using test::CliRun;
const QByteArray kPassword = "correct horse battery staple\n";
} // namespace

class TestCaregiver : public QObject
{
    Q_OBJECT
    test::ConsortiumFixture m_net;
    QTemporaryDir m_patientData;
    QTemporaryDir m_caregiverData;
    QString m_patient;
    QString m_caregiver;
    QString m_invite;

    CliRun run(const QString &data, const QStringList &args) { return test::runCli(data, args, kPassword); }
    CliRun patient(const QStringList &args) { return run(m_patientData.path(), args); }
    CliRun caregiver(const QStringList &args) { return run(m_caregiverData.path(), args); }
    CliRun forPatient(const QStringList &args)
    {
        return caregiver(QStringList{QStringLiteral("--for"), m_patient} + args);
    }

    QString careDir() const
    {
        return QDir(vault::ProfileStore(m_caregiverData.path()).defaultProfileDir())
            .filePath(QStringLiteral("care"));
    }
    bool hasLocalCopy() const
    {
        return !QDir(careDir()).entryList({QStringLiteral("*.db")}, QDir::Files).isEmpty();
    }

    void setDelegate(const QString &rights, const QString &expires = QStringLiteral("30d"))
    {
        QStringList args{QStringLiteral("delegate"), QStringLiteral("set"), m_caregiver,
                         QStringLiteral("--rights"), rights};
        if (rights != QLatin1String("none")) {
            args << QStringLiteral("--expires") << expires;
        }
        const CliRun r = patient(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    // Hospital 1 asks for the patient's lab results held by hospital 0.
    int requestLabs()
    {
        const auto r =
            m_net.hospitalAct(1, QStringLiteral("request"),
                              {QStringLiteral("--patient"), m_patient, QStringLiteral("--from"),
                               QStringLiteral("0"), QStringLiteral("--scopes"), QStringLiteral("labs"),
                               QStringLiteral("--purpose"), QStringLiteral("treatment")});
        return r.exitCode == 0 ? r.json.value(QStringLiteral("requestId")).toInt() : -1;
    }
    int fetchLabs()
    {
        return m_net
            .hospitalAct(
                1, QStringLiteral("fetch"),
                {QStringLiteral("--patient"), m_patient, QStringLiteral("--from"), QStringLiteral("0")})
            .exitCode;
    }

    void syncAndExpectRecords()
    {
        const CliRun sync = forPatient({QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QCOMPARE(sync.json.value(QStringLiteral("for")).toString(), m_patient);
        int fetched = 0;
        for (const QJsonValue &h : sync.json.value(QStringLiteral("hospitals")).toArray()) {
            QVERIFY(h.toObject().value(QStringLiteral("ok")).toBool());
            fetched += h.toObject().value(QStringLiteral("fetched")).toInt();
        }
        QVERIFY(fetched > 100);
        QVERIFY(hasLocalCopy());
    }

private slots:
    void initTestCase()
    {
        const QString problem = m_net.up();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const CliRun p = patient({QStringLiteral("vault"), QStringLiteral("create")});
        QCOMPARE(p.exitCode, 0);
        m_patient = p.json.value(QStringLiteral("address")).toString();
        QCOMPARE(patient({QStringLiteral("network"), QStringLiteral("use"), m_net.networkFile()}).exitCode,
                 0);
        for (int i = 0; i < 3; ++i) {
            const CliRun r = patient({QStringLiteral("hospital"), QStringLiteral("connect"),
                                      m_net.participant(i).toChecksumString(), m_net.activationCode(0, i)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const CliRun invite = patient({QStringLiteral("care"), QStringLiteral("invite")});
        QCOMPARE(invite.exitCode, 0);
        QCOMPARE(invite.json.value(QStringLiteral("hospitals")).toInt(), 3);
        m_invite = invite.json.value(QStringLiteral("invite")).toString();

        const CliRun c = caregiver({QStringLiteral("vault"), QStringLiteral("create")});
        QCOMPARE(c.exitCode, 0);
        m_caregiver = c.json.value(QStringLiteral("address")).toString();
        QCOMPARE(caregiver({QStringLiteral("network"), QStringLiteral("use"), m_net.networkFile()}).exitCode,
                 0);
    }

    void cleanupTestCase() { m_net.down(); }

    void inviteCodesThatAreNotRightAreRefused()
    {
        for (const QString &bad : {QStringLiteral("HPCARE1.garbage"), QStringLiteral("hello"),
                                   m_invite.left(m_invite.size() - 3)}) {
            const CliRun r = caregiver({QStringLiteral("care"), QStringLiteral("add"), bad});
            QVERIFY(r.exitCode != 0);
            QVERIFY2(r.err.contains(QStringLiteral("care-invite code")), qPrintable(r.err));
        }
        // nobody is kept, and --for someone not cared for is refused in words
        QCOMPARE(caregiver({QStringLiteral("care"), QStringLiteral("list")})
                     .json.value(QStringLiteral("caredFor"))
                     .toArray()
                     .size(),
                 0);
        const CliRun unknown = forPatient({QStringLiteral("timeline")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("care add")), qPrintable(unknown.err));
    }

    void viewRightShowsTheRecordsInAStoreOfTheirOwn()
    {
        setDelegate(QStringLiteral("view"));
        const CliRun added = caregiver({QStringLiteral("care"), QStringLiteral("add"), m_invite,
                                        QStringLiteral("--name"), QStringLiteral("Dad")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(added.json.value(QStringLiteral("name")).toString(), QStringLiteral("Dad"));
        QCOMPARE(added.json.value(QStringLiteral("hospitals")).toArray().size(), 3);
        syncAndExpectRecords();
        // the patient's own sync sees the same records
        const CliRun own = patient({QStringLiteral("sync")});
        QVERIFY2(own.exitCode == 0, qPrintable(own.err));
        const CliRun theirs = forPatient({QStringLiteral("hospital"), QStringLiteral("connected")});
        const CliRun mine = patient({QStringLiteral("hospital"), QStringLiteral("connected")});
        QCOMPARE(theirs.exitCode, 0);
        QCOMPARE(theirs.json.value(QStringLiteral("hospitals")).toArray().size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(theirs.json[QStringLiteral("hospitals")][i][QStringLiteral("records")].toInt(),
                     mine.json[QStringLiteral("hospitals")][i][QStringLiteral("records")].toInt());
        }
        const CliRun page =
            forPatient({QStringLiteral("timeline"), QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(page.exitCode, 0);
        QCOMPARE(page.json.value(QStringLiteral("entries")).toArray().size(), 5);
        QVERIFY2(page.err.contains(QStringLiteral("Dad")), qPrintable(page.err));
        // the caregiver's own passbook stays empty: nothing of the patient's lands there
        const CliRun ownPage = caregiver({QStringLiteral("timeline")});
        QCOMPARE(ownPage.exitCode, 0);
        QCOMPARE(ownPage.json.value(QStringLiteral("entries")).toArray().size(), 0);
    }

    void withoutApproveTheCaregiverCannotApprove()
    {
        const int id = requestLabs();
        QVERIFY(id > 0);
        // the caregiver sees the request…
        const CliRun requests = forPatient({QStringLiteral("requests")});
        QCOMPARE(requests.exitCode, 0);
        bool seen = false;
        for (const QJsonValue &r : requests.json.value(QStringLiteral("requests")).toArray()) {
            seen = seen || r[QStringLiteral("id")].toInt() == id;
        }
        QVERIFY(seen);
        // …but may not decide it: the app says so before signing
        const CliRun approve = forPatient({QStringLiteral("approve"), QString::number(id)});
        QCOMPARE(approve.exitCode, 6);
        QVERIFY2(approve.err.contains(QStringLiteral("right to decide")), qPrintable(approve.err));
        // and the contract refuses the same call signed with the caregiver's key
        vault::VaultManager vault(vault::ProfileStore(m_caregiverData.path()).defaultProfileDir());
        QVERIFY(vault.unlock(test::secret(test::kGoodPassword)).ok());
        ledger::JsonRpcClient rpc(m_net.network.rpc);
        ledger::EthClient eth(rpc);
        ledger::RegistryClient registry(eth, m_net.network.registry);
        ledger::EventSync events(eth, *vault.database(), m_net.network.chainId, m_net.network.registry);
        QVERIFY(events.catchUp().ok());
        const consent::ConsentStore store(*vault.database(), m_net.network.chainId, m_net.network.registry);
        auto decision =
            consent::DecisionBuilder(store, crypto::Address::fromString(m_patient).value(), &registry)
                .approve(quint64(id), std::nullopt, std::nullopt, QDateTime::currentSecsSinceEpoch());
        QVERIFY2(decision.ok(), qPrintable(decision.ok() ? QString() : decision.error().detail));
        ledger::TransactionSubmitter submitter(eth, *vault.signingKey(), m_net.network.chainId, nullptr);
        auto sent =
            submitter.submit(m_net.network.registry, decision.value().callData, QStringLiteral("test"));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, ErrorCode::Rejected);
        vault.lock();
        QCOMPARE(fetchLabs(), 3);
        // the patient denies it themselves
        QCOMPARE(patient({QStringLiteral("deny"), QString::number(id)}).exitCode, 0);
    }

    void approvingOnTheirBehalfMakesTheHospitalRelease()
    {
        setDelegate(QStringLiteral("view,approve"));
        const int id = requestLabs();
        QVERIFY(id > 0);
        QCOMPARE(fetchLabs(), 3);
        const CliRun approve = forPatient({QStringLiteral("approve"), QString::number(id)});
        QVERIFY2(approve.exitCode == 0, qPrintable(approve.err));
        QCOMPARE(fetchLabs(), 0);
        // the patient's activity says who decided
        const CliRun activity = patient({QStringLiteral("activity")});
        bool byCaregiver = false;
        for (const QJsonValue &a : activity.json.value(QStringLiteral("activity")).toArray()) {
            if (a[QStringLiteral("type")].toString() == QLatin1String("ConsentGranted")) {
                byCaregiver = byCaregiver || a[QStringLiteral("text")].toString().startsWith(
                                                 QStringLiteral("Your caregiver ") + m_caregiver);
            }
        }
        QVERIFY2(byCaregiver, qPrintable(QJsonDocument(activity.json).toJson()));
        // tidy: the patient revokes the consent
        const CliRun consents = patient({QStringLiteral("consents")});
        for (const QJsonValue &c : consents.json.value(QStringLiteral("consents")).toArray()) {
            if (c[QStringLiteral("state")].toString() == QLatin1String("active")) {
                QCOMPARE(patient({QStringLiteral("revoke"), QString::number(c[QStringLiteral("id")].toInt())})
                             .exitCode,
                         0);
            }
        }
    }

    void revocationEndsAccessAndDeletesTheCopy()
    {
        QVERIFY(hasLocalCopy());
        setDelegate(QStringLiteral("none"));
        const CliRun sync = forPatient({QStringLiteral("sync")});
        QCOMPARE(sync.exitCode, 6);
        QVERIFY2(sync.err.contains(QStringLiteral("ended your access")), qPrintable(sync.err));
        QVERIFY(!hasLocalCopy());
        const CliRun timeline = forPatient({QStringLiteral("timeline")});
        QCOMPARE(timeline.exitCode, 6);
        const CliRun listed = caregiver({QStringLiteral("care"), QStringLiteral("list")});
        const QJsonObject dad = listed.json[QStringLiteral("caredFor")][0].toObject();
        QCOMPARE(dad.value(QStringLiteral("ended")).toString(), QStringLiteral("revoked"));
        QVERIFY(!dad.value(QStringLiteral("active")).toBool());
        // the hospitals refuse the caregiver's key too, whatever the app does
        vault::VaultManager vault(vault::ProfileStore(m_caregiverData.path()).defaultProfileDir());
        QVERIFY(vault.unlock(test::secret(test::kGoodPassword)).ok());
        vault::VaultDatabase scratch;
        QTemporaryDir dir;
        QVERIFY(scratch
                    .open(dir.filePath(QStringLiteral("s.db")),
                          test::secret("0123456789abcdef0123456789abcdef"), true)
                    .ok());
        ::passbook::passbook::TimelineStore store(scratch);
        ::passbook::passbook::SyncEngine engine(store, *vault.signingKey(), m_net.network);
        engine.setActingFor(crypto::Address::fromString(m_patient).value());
        auto followed = engine.follow(m_net.participant(0));
        QVERIFY(!followed.ok());
        QCOMPARE(followed.error().code, ErrorCode::Rejected);
    }

    void expiryEndsAccessTheSameWay()
    {
        // added again, for two hours
        setDelegate(QStringLiteral("view"), QStringLiteral("2h"));
        const CliRun again = caregiver({QStringLiteral("care"), QStringLiteral("add"), m_invite});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(again.json.value(QStringLiteral("name")).toString(), QStringLiteral("Dad")); // kept
        syncAndExpectRecords();
        // three hours later on the chain
        ledger::JsonRpcClient rpc(m_net.network.rpc);
        QVERIFY(rpc.callBlocking(QStringLiteral("evm_increaseTime"), {10800.0}).ok());
        QVERIFY(rpc.callBlocking(QStringLiteral("evm_mine"), {}).ok());
        const CliRun timeline = forPatient({QStringLiteral("timeline")});
        QCOMPARE(timeline.exitCode, 6);
        QVERIFY2(timeline.err.contains(QStringLiteral("expired")), qPrintable(timeline.err));
        QVERIFY(!hasLocalCopy());
        // forgetting them entirely
        const CliRun removed = caregiver({QStringLiteral("care"), QStringLiteral("remove"), m_patient});
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(caregiver({QStringLiteral("care"), QStringLiteral("list")})
                     .json.value(QStringLiteral("caredFor"))
                     .toArray()
                     .size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCaregiver)
#include "tst_caregiver.moc"
