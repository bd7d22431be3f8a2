// The seed story end to end (DESIGN.md §3–§5), through the app's own controllers with a real
// anvil, real hospital nodes and a python3-dbusmock notification daemon on a private bus:
// a hospital asks → the patient is notified → approves after re-authentication → the asking
// hospital fetches from the custodian → the release shows in Activity → revoke → refused.
// Also: deny, narrowing, suspicious requests, the locked-screen notification, a restart between
// request and decision, expiry, emergency access and a ledger outage during submission.
#include "ConsortiumFixture.h"
#include "DBusMockFixture.h"
#include "DBusNotifier.h"
#include "DecisionController.h"
#include "SessionController.h"
#include "VaultTestSupport.h"
#include "ledger/JsonRpcClient.h"

#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace passbook;

namespace {
constexpr int kLabs = 1 << 4;
constexpr int kImaging = 1 << 5;
constexpr int kVaccinations = 1 << 7;
const QString kWanfang = QStringLiteral("Taipei Municipal Wanfang Hospital");
const QString kTaipeiCity = QStringLiteral("Taipei City Hospital");
} // namespace

class TestTransferStory : public QObject
{
    Q_OBJECT

    test::ConsortiumFixture m_chain;
    test::DBusMockFixture m_bus;
    QTemporaryDir m_home;
    std::unique_ptr<platform::DBusNotifier> m_notifier;
    std::unique_ptr<vault::VaultManager> m_vault;
    std::unique_ptr<app::SessionController> m_passbook;
    std::unique_ptr<app::DecisionController> m_sharing;

    QString profileDir() const { return m_home.filePath(QStringLiteral("patient")); }
    QString m_patient; // kept: a locked vault has no key to ask
    QString patient() const { return m_patient; }

    void launch()
    {
        m_vault = std::make_unique<vault::VaultManager>(profileDir());
        test::useFastKdf(*m_vault);
        m_passbook = std::make_unique<app::SessionController>(m_vault.get());
        m_sharing =
            std::make_unique<app::DecisionController>(m_vault.get(), m_passbook.get(), m_notifier.get());
    }
    void quit()
    {
        m_sharing.reset();
        m_passbook.reset();
        m_vault.reset();
    }

    test::ConsortiumFixture::Acted request(int asker, const QString &scopes,
                                           const QString &expires = QStringLiteral("30d"))
    {
        return m_chain.hospitalAct(asker, QStringLiteral("request"),
                                   {QStringLiteral("--patient"), patient(), QStringLiteral("--from"),
                                    QStringLiteral("0"), QStringLiteral("--scopes"), scopes,
                                    QStringLiteral("--expires"), expires});
    }
    test::ConsortiumFixture::Acted fetch(int asker)
    {
        return m_chain.hospitalAct(
            asker, QStringLiteral("fetch"),
            {QStringLiteral("--patient"), patient(), QStringLiteral("--from"), QStringLiteral("0")});
    }
    QVariantMap requestById(int id) const { return m_sharing->request(id); }
    int newestConsentId() const
    {
        int best = 0;
        for (const QVariant &v : m_passbook->consents()->toList()) {
            best = std::max(best, v.toMap().value(QStringLiteral("id")).toInt());
        }
        return best;
    }
    QString consentState(int id) const
    {
        for (const QVariant &v : m_passbook->consents()->toList()) {
            if (v.toMap().value(QStringLiteral("id")).toInt() == id) {
                return v.toMap().value(QStringLiteral("state")).toString();
            }
        }
        return {};
    }
    bool activityHas(const QString &type, const QString &party, const QString &custodian = {}) const
    {
        for (const QVariant &v : m_passbook->activity()->toList()) {
            const QVariantMap a = v.toMap();
            if (a.value(QStringLiteral("type")).toString() == type &&
                a.value(QStringLiteral("party")).toString() == party &&
                (custodian.isEmpty() || a.value(QStringLiteral("custodian")).toString() == custodian)) {
                return true;
            }
        }
        return false;
    }
    bool notified(const QString &text) const
    {
        for (const QString &line : m_bus.calls(QStringLiteral("Notify"))) {
            if (line.contains(text)) {
                return true;
            }
        }
        return false;
    }
    void decideAndWait(const std::function<void()> &decide,
                       const QString &expectedStage = QStringLiteral("confirmed"))
    {
        decide();
        QTRY_VERIFY_WITH_TIMEOUT(m_sharing->stage() != QLatin1String("checking") && !m_sharing->working(),
                                 60000);
        QVERIFY2(m_sharing->stage() == expectedStage,
                 qPrintable(m_sharing->stage() + QStringLiteral(": ") + m_sharing->errorMessage()));
    }
    QString password() const { return QString::fromLatin1(test::kGoodPassword); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        const QString problem = m_chain.up();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString busProblem = m_bus.start(QStringLiteral("notification_daemon"),
                                               QStringLiteral("org.freedesktop.Notifications"));
        QVERIFY2(busProblem.isEmpty(), qPrintable(busProblem));
        // The specification's signature (the template declares CloseNotification(i)).
        QVERIFY(m_bus.addMethod(
            QStringLiteral("/org/freedesktop/Notifications"), QStringLiteral("org.freedesktop.Notifications"),
            QStringLiteral("CloseNotification"), QStringLiteral("u"), QString(),
            QStringLiteral("self.EmitSignal('', 'NotificationClosed', 'uu', [args[0], 2])")));
        m_notifier = std::make_unique<platform::DBusNotifier>(m_bus.bus(), QStringLiteral("Health Passbook"));
        QVERIFY(m_notifier->isAvailable());

        launch();
        QVERIFY(m_vault->create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English).ok());
        m_patient = m_vault->address().toChecksumString();
        QTRY_VERIFY(m_passbook->store() != nullptr);
        QVERIFY(m_passbook->importNetworkProfile(m_chain.networkFile()));
        QTRY_VERIFY_WITH_TIMEOUT(m_sharing->live(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_passbook->busy(), 30000);
        m_passbook->connectHospital(m_chain.participant(0).toChecksumString(), m_chain.activationCode(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(m_passbook->hospitals()->count() == 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_passbook->busy() && !m_passbook->syncing(), 120000);
    }

    void cleanupTestCase()
    {
        quit();
        m_notifier.reset();
        m_bus.stop();
        m_chain.down();
    }

    void approveFetchReleaseRevoke()
    {
        // Before consent: the custodian refuses.
        QCOMPARE(fetch(1).exitCode, 3);

        const auto asked = request(1, QStringLiteral("labs"));
        QCOMPARE(asked.exitCode, 0);
        const int id = asked.json.value(QStringLiteral("requestId")).toInt();
        QVERIFY(id > 0);
        // notified with names (the vault is open), and the in-app banner points at the request
        QTRY_VERIFY_WITH_TIMEOUT(notified(kWanfang + QStringLiteral(" asks for your records")), 10000);
        QTRY_COMPARE(m_sharing->alertRequestId(), id);
        QVERIFY(m_sharing->alertText().contains(kWanfang));
        // opening the notification asks the app to show that request
        QSignalSpy review(m_sharing.get(), &app::DecisionController::reviewRequested);
        QTest::qWait(300);              // the daemon's answer to Notify (the notification's id) arrives first
        for (uint n = 1; n <= 5; ++n) { // whichever id the daemon gave it
            QDBusMessage signal = QDBusMessage::createMethodCall(
                QStringLiteral("org.freedesktop.Notifications"),
                QStringLiteral("/org/freedesktop/Notifications"), QStringLiteral("org.freedesktop.DBus.Mock"),
                QStringLiteral("EmitSignal"));
            signal << QStringLiteral("org.freedesktop.Notifications") << QStringLiteral("ActionInvoked")
                   << QStringLiteral("us") << QVariantList{QVariant::fromValue(n), QStringLiteral("default")};
            QCOMPARE(m_bus.bus().call(signal).type(), QDBusMessage::ReplyMessage);
        }
        QTRY_COMPARE(review.size(), 1);
        QCOMPARE(review.first().first().toInt(), id);
        QCOMPARE(requestById(id).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));

        // a wrong password signs nothing
        const int outboxBefore = int(m_sharing->outbox()->count());
        decideAndWait([&] { m_sharing->approve(id, kLabs, 0, QStringLiteral("not my password")); },
                      QStringLiteral("failed"));
        QVERIFY(m_sharing->wrongPassword());
        QCOMPARE(int(m_sharing->outbox()->count()), outboxBefore);

        decideAndWait([&] { m_sharing->approve(id, kLabs, 0, password()); });
        QCOMPARE(m_sharing->outbox()->get(0).value(QStringLiteral("status")).toString(),
                 QStringLiteral("mined"));
        QTRY_COMPARE(requestById(id).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(m_sharing->alertRequestId(), 0); // decided: the banner is gone

        // B fetches from A: only lab results, every one verified against the ledger
        const auto fetched = fetch(1);
        QCOMPARE(fetched.exitCode, 0);
        QVERIFY(fetched.json.value(QStringLiteral("received")).toInt() > 0);
        QCOMPARE(fetched.json.value(QStringLiteral("verified")).toInt(),
                 fetched.json.value(QStringLiteral("received")).toInt());
        QCOMPARE(fetched.json.value(QStringLiteral("categories")).toObject().keys(),
                 QStringList{QStringLiteral("labs")});
        // A logged the release on the ledger; the patient sees it in Activity
        QTRY_VERIFY_WITH_TIMEOUT(activityHas(QStringLiteral("RecordsReleased"), kWanfang, kTaipeiCity),
                                 10000);
        QVERIFY(activityHas(QStringLiteral("ConsentGranted"), kWanfang));

        const int consentId = newestConsentId();
        decideAndWait([&] { m_sharing->revoke(consentId, password()); });
        QTRY_COMPARE(consentState(consentId), QStringLiteral("revoked"));
        QCOMPARE(fetch(1).exitCode, 3);
    }

    void narrowOnlyAndDeny()
    {
        const int id =
            request(1, QStringLiteral("labs,imaging")).json.value(QStringLiteral("requestId")).toInt();
        QTRY_COMPARE(requestById(id).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        // widening is refused before anything is signed
        const int outboxBefore = int(m_sharing->outbox()->count());
        decideAndWait([&] { m_sharing->approve(id, kLabs | kVaccinations, 0, password()); },
                      QStringLiteral("failed"));
        QVERIFY(m_sharing->errorMessage().contains(QStringLiteral("fewer categories")));
        const double later = double(QDateTime::currentSecsSinceEpoch() + 400 * 86400);
        decideAndWait([&] { m_sharing->approve(id, kLabs, later, password()); }, QStringLiteral("failed"));
        QVERIFY(m_sharing->errorMessage().contains(QStringLiteral("shorten")));
        QCOMPARE(int(m_sharing->outbox()->count()), outboxBefore);
        // narrowed to imaging for a week
        const double week = double(QDateTime::currentSecsSinceEpoch() + 7 * 86400);
        decideAndWait([&] { m_sharing->approve(id, kImaging, week, password()); });
        QTRY_VERIFY( // the newest active consent comes first
            m_passbook->consents()->count() > 0 &&
            m_passbook->consents()->get(0).value(QStringLiteral("categories")).toStringList() ==
                QStringList{QStringLiteral("imaging")});
        const auto fetched = fetch(1);
        QCOMPARE(fetched.exitCode, 0);
        QCOMPARE(fetched.json.value(QStringLiteral("categories")).toObject().keys(),
                 QStringList{QStringLiteral("imaging")});
        decideAndWait([&] { m_sharing->revoke(newestConsentId(), password()); });

        // deny: nothing moves
        const int denied =
            request(1, QStringLiteral("vaccinations")).json.value(QStringLiteral("requestId")).toInt();
        QTRY_COMPARE(requestById(denied).value(QStringLiteral("status")).toString(),
                     QStringLiteral("pending"));
        decideAndWait([&] { m_sharing->deny(denied, password()); });
        QTRY_COMPARE(requestById(denied).value(QStringLiteral("status")).toString(),
                     QStringLiteral("denied"));
        QCOMPARE(fetch(1).exitCode, 3);
    }

    void suspiciousRequestCannotBeApproved()
    {
        const int id = request(2, QStringLiteral("labs")).json.value(QStringLiteral("requestId")).toInt();
        QTRY_COMPARE(requestById(id).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QProcess admin;
        admin.start(QStringLiteral(PASSBOOK_SANDBOX),
                    {QStringLiteral("deactivate"), m_chain.participant(2).toChecksumString(),
                     QStringLiteral("--sandbox"), m_chain.dir()});
        QVERIFY(admin.waitForFinished(60000) && admin.exitCode() == 0);
        QTRY_VERIFY_WITH_TIMEOUT(requestById(id)
                                     .value(QStringLiteral("concerns"))
                                     .toStringList()
                                     .contains(QStringLiteral("inactive-requester")),
                                 10000);
        decideAndWait([&] { m_sharing->approve(id, kLabs, 0, password()); }, QStringLiteral("failed"));
        QVERIFY(m_sharing->errorMessage().contains(QStringLiteral("suspended")));
        admin.start(QStringLiteral(PASSBOOK_SANDBOX),
                    {QStringLiteral("activate"), m_chain.participant(2).toChecksumString(),
                     QStringLiteral("--sandbox"), m_chain.dir()});
        QVERIFY(admin.waitForFinished(60000) && admin.exitCode() == 0);
        decideAndWait([&] { m_sharing->deny(id, password()); });
    }

    void lockedScreenNotificationNamesNoOne()
    {
        const int closedBefore = int(m_bus.calls(QStringLiteral("CloseNotification")).size());
        const int id0 = request(1, QStringLiteral("labs")).json.value(QStringLiteral("requestId")).toInt();
        QTRY_COMPARE(m_sharing->alertRequestId(), id0);
        m_vault->lock();
        // the detailed notification goes with the keys
        QTRY_VERIFY(m_bus.calls(QStringLiteral("CloseNotification")).size() > closedBefore);
        const int notifiesBefore = int(m_bus.calls(QStringLiteral("Notify")).size());
        QTest::qWait(500); // the locked watch subscribes
        const int id =
            request(2, QStringLiteral("vaccinations")).json.value(QStringLiteral("requestId")).toInt();
        QVERIFY(id > id0);
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.calls(QStringLiteral("Notify")).size() > notifiesBefore, 10000);
        for (const QString &line : m_bus.calls(QStringLiteral("Notify")).mid(notifiesBefore)) {
            QVERIFY2(line.contains(QStringLiteral("unlock to review")), qPrintable(line));
            for (const QString &name :
                 {kWanfang, kTaipeiCity, QStringLiteral("Myongji"), QStringLiteral("vaccination")}) {
                QVERIFY2(!line.contains(name, Qt::CaseInsensitive),
                         "a locked-screen notification names someone");
            }
        }
        // unlocked: both requests are there to decide
        QVERIFY(m_vault->unlock(test::secret(test::kGoodPassword)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(
            requestById(id).value(QStringLiteral("status")).toString() == QLatin1String("pending"), 20000);
        decideAndWait([&] { m_sharing->deny(id, password()); });
        decideAndWait([&] { m_sharing->deny(id0, password()); });
    }

    void restartBetweenRequestAndDecision()
    {
        const int before = int(m_bus.calls(QStringLiteral("Notify")).size());
        const int id = request(1, QStringLiteral("labs")).json.value(QStringLiteral("requestId")).toInt();
        QTRY_COMPARE(m_sharing->alertRequestId(), id);
        // the Notify call reaches the daemon after the banner is up: count once it has
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.calls(QStringLiteral("Notify")).size() > before, 10000);
        QTest::qWait(300);
        const int notifies = int(m_bus.calls(QStringLiteral("Notify")).size());
        QCOMPARE(notifies, before + 1);
        quit();
        launch();
        QCOMPARE(m_vault->state(), vault::VaultManager::State::Locked);
        QVERIFY(m_vault->unlock(test::secret(test::kGoodPassword)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(m_sharing->live(), 20000);
        QCOMPARE(requestById(id).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        // announced once, not again after the restart
        QTest::qWait(300);
        QCOMPARE(int(m_bus.calls(QStringLiteral("Notify")).size()), notifies);
        decideAndWait([&] { m_sharing->approve(id, kLabs, 0, password()); });
        QCOMPARE(fetch(1).exitCode, 0);
        decideAndWait([&] { m_sharing->revoke(newestConsentId(), password()); });
    }

    void expiredRequestCannotBeApproved()
    {
        const QString soon = QDateTime::currentDateTimeUtc().addSecs(3).toString(Qt::ISODate);
        const int id =
            request(1, QStringLiteral("labs"), soon).json.value(QStringLiteral("requestId")).toInt();
        QVERIFY(id > 0);
        QTRY_VERIFY(!requestById(id).isEmpty());
        QTest::qWait(3500);
        m_passbook->loadLedgerViews();
        QCOMPARE(requestById(id).value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
        decideAndWait([&] { m_sharing->approve(id, kLabs, 0, password()); }, QStringLiteral("failed"));
        QVERIFY(m_sharing->errorMessage().contains(QStringLiteral("expired")));
    }

    void consentEndsAtItsExpiryOnTheLedger()
    {
        const int id = request(1, QStringLiteral("labs")).json.value(QStringLiteral("requestId")).toInt();
        QTRY_COMPARE(requestById(id).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        const double hour = double(QDateTime::currentSecsSinceEpoch() + 3600);
        decideAndWait([&] { m_sharing->approve(id, kLabs, hour, password()); });
        QCOMPARE(fetch(1).exitCode, 0);
        // two hours later on the chain: the custodian refuses
        ledger::JsonRpcClient rpc(m_chain.network.rpc);
        QVERIFY(rpc.callBlocking(QStringLiteral("evm_increaseTime"), {7200.0}).ok());
        QVERIFY(rpc.callBlocking(QStringLiteral("evm_mine"), {}).ok());
        QCOMPARE(fetch(1).exitCode, 3);
    }

    void emergencyAccessIsShownProminently()
    {
        const auto emergency =
            m_chain.hospitalAct(2, QStringLiteral("emergency"), {QStringLiteral("--patient"), patient()});
        QCOMPARE(emergency.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            activityHas(QStringLiteral("EmergencyAccessed"), QStringLiteral("Myongji Hospital")), 10000);
        bool shown = false;
        for (const QVariant &v : m_passbook->consents()->toList()) {
            shown = shown || (v.toMap().value(QStringLiteral("emergency")).toBool() &&
                              v.toMap().value(QStringLiteral("state")).toString() == QLatin1String("active"));
        }
        QVERIFY(shown);
        const auto fetched = fetch(2);
        QCOMPARE(fetched.exitCode, 0);
        QVERIFY(fetched.json.value(QStringLiteral("categories")).toObject().size() > 3);
        decideAndWait([&] { m_sharing->revoke(newestConsentId(), password()); });
        QCOMPARE(fetch(2).exitCode, 3);
    }

    void ledgerOutageDuringSubmission()
    {
        const int id = request(1, QStringLiteral("labs")).json.value(QStringLiteral("requestId")).toInt();
        QTRY_COMPARE(requestById(id).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        m_chain.down();
        decideAndWait([&] { m_sharing->approve(id, kLabs, 0, password()); }, QStringLiteral("queued"));
        QCOMPARE(m_sharing->outbox()->get(0).value(QStringLiteral("status")).toString(),
                 QStringLiteral("queued"));
        const QString problem = m_chain.up(); // resumes with its chain
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_sharing->retryPending(); // "Send now" (the app also retries on reconnect and every 30 s)
        QTRY_VERIFY_WITH_TIMEOUT(m_sharing->outbox()->get(0).value(QStringLiteral("status")).toString() ==
                                     QLatin1String("mined"),
                                 60000);
        QCOMPARE(fetch(1).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestTransferStory)
#include "tst_transfer_story.moc"
