// A caregiver's app, through its own controllers (Care, Passbook, Sharing), against a real anvil
// and real hospital nodes; the patient acts with passbook-cli in a vault of their own. Adding
// someone from their invite code, opening and syncing their passbook into its own store, the
// rights on screen; a decision the patient did not allow is refused by the contract; when the
// patient ends the access, the next ledger sync says so and the copy is gone.
#include "CareController.h"
#include "CliRunner.h"
#include "ConsortiumFixture.h"
#include "DecisionController.h"
#include "NullNotifier.h"
#include "SessionController.h"
#include "VaultTestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace passbook;

class TestCaregiverApp : public QObject
{
    Q_OBJECT
    test::ConsortiumFixture m_chain;
    QTemporaryDir m_home;
    platform::NullNotifier m_notifier;
    std::unique_ptr<vault::VaultManager> m_vault;
    std::unique_ptr<app::SessionController> m_passbook;
    std::unique_ptr<app::DecisionController> m_sharing;
    std::unique_ptr<app::CareController> m_care;
    QString m_patient;
    QString m_invite;

    QJsonObject patientCli(const QStringList &args)
    {
        const test::CliRun r =
            test::runCli(m_home.filePath(QStringLiteral("patient")), args, "correct horse battery staple\n");
        if (r.exitCode != 0) {
            qWarning("passbook-cli %s: exit %d: %s", qPrintable(args.value(0)), r.exitCode,
                     qPrintable(r.err));
        }
        return r.json;
    }
    void waitIdle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_passbook->busy() && !m_passbook->syncing() && !m_care->busy(), 120000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        const QString problem = m_chain.up();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // the patient: a vault, the first hospital, a caregiver who may only see records
        m_patient = patientCli({QStringLiteral("vault"), QStringLiteral("create")})
                        .value(QStringLiteral("address"))
                        .toString();
        QVERIFY(!m_patient.isEmpty());
        patientCli({QStringLiteral("network"), QStringLiteral("use"), m_chain.networkFile()});
        patientCli({QStringLiteral("hospital"), QStringLiteral("connect"),
                    m_chain.participant(0).toChecksumString(), m_chain.activationCode(0, 0)});
        m_invite = patientCli({QStringLiteral("care"), QStringLiteral("invite")})
                       .value(QStringLiteral("invite"))
                       .toString();
        QVERIFY(m_invite.startsWith(QStringLiteral("HPCARE1.")));

        // the caregiver's app
        m_vault = std::make_unique<vault::VaultManager>(m_home.filePath(QStringLiteral("caregiver")));
        test::useFastKdf(*m_vault);
        m_passbook = std::make_unique<app::SessionController>(m_vault.get());
        m_sharing = std::make_unique<app::DecisionController>(m_vault.get(), m_passbook.get(), &m_notifier);
        m_care = std::make_unique<app::CareController>(m_vault.get(), m_passbook.get());
        QVERIFY(m_vault->create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English).ok());
        QTRY_VERIFY(m_passbook->store() != nullptr);
        QVERIFY(m_passbook->importNetworkProfile(m_chain.networkFile()));
        waitIdle();
    }

    void cleanupTestCase()
    {
        m_care.reset();
        m_sharing.reset();
        m_passbook.reset();
        m_vault.reset();
        m_chain.down();
    }

    void inviteBeforeTheLedgerSaysYesIsRefused()
    {
        m_care->addPerson(m_invite, QStringLiteral("Dad"));
        waitIdle();
        QVERIFY2(m_care->errorMessage().contains(QStringLiteral("not made you a caregiver")),
                 qPrintable(m_care->errorMessage()));
        QVERIFY(m_care->people()->count() == 0);
        // garbage and an edited code: a sentence, nothing kept
        m_care->addPerson(QStringLiteral("HPCARE1.nonsense.x"), QString());
        QVERIFY(m_care->errorMessage().contains(QStringLiteral("care-invite code")));
        QVERIFY(m_care->people()->count() == 0);
    }

    void viewRightOpensTheirPassbook()
    {
        patientCli({QStringLiteral("delegate"), QStringLiteral("set"), m_vault->address().toChecksumString(),
                    QStringLiteral("--rights"), QStringLiteral("view"), QStringLiteral("--expires"),
                    QStringLiteral("30d")});
        m_care->addPerson(m_invite, QStringLiteral("Dad"));
        waitIdle();
        QVERIFY2(m_care->errorMessage().isEmpty(), qPrintable(m_care->errorMessage()));
        QCOMPARE(m_care->people()->count(), 1);
        QCOMPARE(m_care->people()->get(0).value(QStringLiteral("name")).toString(), QStringLiteral("Dad"));
        QTRY_VERIFY_WITH_TIMEOUT(m_sharing->live(), 30000); // registry events arrive live from now on
        // my own passbook first: empty
        QCOMPARE(m_passbook->store()->count({}).value(), 0);
        QVERIFY(m_care->viewAs(m_patient)); // opened for the first time: syncs at once
        QCOMPARE(m_passbook->subject(), m_patient);
        QCOMPARE(m_passbook->subjectName(), QStringLiteral("Dad"));
        QCOMPARE(m_passbook->subjectRights(), 1);
        waitIdle();
        QVERIFY2(m_passbook->errorMessage().isEmpty(), qPrintable(m_passbook->errorMessage()));
        QCOMPARE(m_passbook->hospitals()->count(), 1);
        QVERIFY(m_passbook->store()->count({}).value() > 100);
        QVERIFY(QFile::exists(m_vault->careDatabasePath(crypto::Address::fromString(m_patient).value())));
        // back to mine: still empty; theirs never lands in my store
        QVERIFY(m_care->viewAs(QString()));
        QVERIFY(m_passbook->subject().isEmpty());
        QCOMPARE(m_passbook->store()->count({}).value(), 0);
        QVERIFY(m_care->viewAs(m_patient));
        QVERIFY(m_passbook->store()->count({}).value() > 100);
    }

    void withoutApproveTheContractRefuses()
    {
        const auto asked =
            m_chain.hospitalAct(1, QStringLiteral("request"),
                                {QStringLiteral("--patient"), m_patient, QStringLiteral("--from"),
                                 QStringLiteral("0"), QStringLiteral("--scopes"), QStringLiteral("labs")});
        QCOMPARE(asked.exitCode, 0);
        const int id = asked.json.value(QStringLiteral("requestId")).toInt();
        m_passbook->sync();
        waitIdle();
        QCOMPARE(m_sharing->request(id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));
        // the screen offers no decision (subjectRights has no APPROVE); signed anyway, the ledger says no
        QCOMPARE(m_passbook->subjectRights() & 2, 0);
        m_sharing->approve(id, 1 << 4, 0, QString::fromLatin1(test::kGoodPassword));
        QTRY_VERIFY_WITH_TIMEOUT(!m_sharing->working() && m_sharing->stage() != QLatin1String("checking"),
                                 60000);
        QCOMPARE(m_sharing->stage(), QStringLiteral("failed"));
        QVERIFY(!m_sharing->errorMessage().isEmpty());
        QCOMPARE(m_chain
                     .hospitalAct(1, QStringLiteral("fetch"),
                                  {QStringLiteral("--patient"), m_patient, QStringLiteral("--from"),
                                   QStringLiteral("0")})
                     .exitCode,
                 3);
    }

    void approveOnTheirBehalf()
    {
        patientCli({QStringLiteral("delegate"), QStringLiteral("set"), m_vault->address().toChecksumString(),
                    QStringLiteral("--rights"), QStringLiteral("view,approve"), QStringLiteral("--expires"),
                    QStringLiteral("30d")});
        m_passbook->sync(); // the ledger now says VIEW | APPROVE
        waitIdle();
        QCOMPARE(m_passbook->subjectRights(), 3);
        int pending = 0;
        for (const QVariant &r : m_passbook->requests()->toList()) {
            if (r.toMap().value(QStringLiteral("status")).toString() == QLatin1String("pending")) {
                pending = r.toMap().value(QStringLiteral("id")).toInt();
            }
        }
        QVERIFY(pending > 0);
        m_sharing->approve(pending, 1 << 4, 0, QString::fromLatin1(test::kGoodPassword));
        QTRY_VERIFY_WITH_TIMEOUT(!m_sharing->working() && m_sharing->stage() != QLatin1String("checking"),
                                 60000);
        QVERIFY2(m_sharing->stage() == QLatin1String("confirmed"), qPrintable(m_sharing->errorMessage()));
        QCOMPARE(m_chain
                     .hospitalAct(1, QStringLiteral("fetch"),
                                  {QStringLiteral("--patient"), m_patient, QStringLiteral("--from"),
                                   QStringLiteral("0")})
                     .exitCode,
                 0);
        // the patient's own activity names the caregiver as the one who approved
        const QJsonArray activity =
            patientCli({QStringLiteral("activity")}).value(QStringLiteral("activity")).toArray();
        bool named = false;
        for (const QJsonValue &a : activity) {
            named = named || a[QStringLiteral("text")].toString().startsWith(
                                 QStringLiteral("Your caregiver ") + m_vault->address().toChecksumString());
        }
        QVERIFY(named);
    }

    void revocationIsExplainedAndTheCopyDeleted()
    {
        const QString copy = m_vault->careDatabasePath(crypto::Address::fromString(m_patient).value());
        QVERIFY(QFile::exists(copy));
        patientCli({QStringLiteral("delegate"), QStringLiteral("set"), m_vault->address().toChecksumString(),
                    QStringLiteral("--rights"), QStringLiteral("none")});
        // the running app hears the DelegateSet event live and asks the ledger: no sync needed
        QTRY_VERIFY_WITH_TIMEOUT(
            m_passbook->careNotice().contains(QStringLiteral("Dad has ended your access")), 30000);
        waitIdle();
        QVERIFY(m_passbook->subject().isEmpty()); // back on my own passbook
        QVERIFY(!QFile::exists(copy));
        const QVariantMap dad = m_care->people()->get(0);
        QVERIFY(!dad.value(QStringLiteral("active")).toBool());
        QCOMPARE(dad.value(QStringLiteral("ended")).toString(), QStringLiteral("revoked"));
        // and it cannot be opened again
        QVERIFY(!m_care->viewAs(m_patient));
        QVERIFY(m_care->errorMessage().contains(QStringLiteral("ended your access")));
    }
};

QTEST_MAIN(TestCaregiverApp)
#include "tst_caregiver_app.moc"
