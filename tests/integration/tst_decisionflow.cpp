// session::DecisionFlow, the decision as the app runs it, against the real local consortium: what is
// refused before the password, a wrong password, each stage of a decision that reaches the ledger,
// and one that cannot — kept in the outbox, then sent when the ledger is back.
#include "ConsortiumFixture.h"
#include "SessionTestSupport.h"
#include "session/DecisionFlow.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace passbook;
using session::DecisionFlow;
using session::DecisionRequest;

namespace {
vault::PasswordTasks::Secret password(const char *text)
{
    return std::make_shared<const crypto::SecureBuffer>(test::secret(text));
}
} // namespace

class TestDecisionFlow : public QObject
{
    Q_OBJECT
    test::ConsortiumFixture m_net;
    QTemporaryDir m_dir;
    std::unique_ptr<vault::VaultManager> m_vault;
    std::unique_ptr<session::Session> m_session;
    std::unique_ptr<DecisionFlow> m_flow;
    QStringList m_stages; // every stage the flow reported, in order

    quint64 newRequest()
    {
        const quint64 id = m_net.requestRecords(1, m_session->me(), QStringLiteral("labs"));
        auto conn = m_session->connectLedger();
        return conn && conn.value()->catchUp() ? id : 0;
    }

    QString statusOf(quint64 requestId)
    {
        auto conn = m_session->connectLedger();
        if (!conn || !conn.value()->catchUp()) {
            return {};
        }
        const auto requests = m_session->consentStore().value().requests(m_session->me(), 0);
        for (const auto &r : requests.value()) {
            if (r.id == requestId) {
                return r.status;
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString up = m_net.up();
        QVERIFY2(up.isEmpty(), qPrintable(up));
        m_vault = test::newVault(m_dir, QStringLiteral("patient"));
        QVERIFY(m_vault);
        m_session = std::make_unique<session::Session>(*m_vault);
        PB_VERIFY_OK(m_session->useNetworkFile(m_net.networkFile(), true));
        m_flow = std::make_unique<DecisionFlow>(*m_vault);
        connect(m_flow.get(), &DecisionFlow::stageChanged, this, [this] { m_stages << m_flow->stageName(); });
    }

    void cleanupTestCase()
    {
        m_flow.reset();
        m_session.reset();
        m_net.down();
    }

    void refusedBeforeThePassword()
    {
        QCOMPARE(m_flow->stageName(), QStringLiteral("idle"));
        m_stages.clear();
        m_flow->decide(m_session.get(), DecisionRequest::approve(999, std::nullopt, std::nullopt),
                       password(test::kGoodPassword));
        QCOMPARE(m_stages, QStringList{QStringLiteral("failed")}); // at once: no password check
        QVERIFY(!m_flow->working());
        QVERIFY(!m_flow->error().isEmpty());
        QCOMPARE(m_vault->throttle().remainingWaitMs(), 0);
        m_flow->refuse(QStringLiteral("Choose who receives the records."));
        QCOMPARE(m_flow->error(), QStringLiteral("Choose who receives the records."));
        m_flow->clear();
        QCOMPARE(m_flow->stage(), DecisionFlow::Stage::Idle);
    }

    void aWrongPasswordSignsNothing()
    {
        const quint64 id = newRequest();
        QVERIFY(id > 0);
        m_stages.clear();
        m_flow->decide(m_session.get(), DecisionRequest::approve(id, std::nullopt, std::nullopt),
                       password(test::kOtherPassword));
        QVERIFY(m_flow->working());
        QTRY_VERIFY_WITH_TIMEOUT(!m_flow->working(), 20000);
        QCOMPARE(m_stages, (QStringList{QStringLiteral("checking"), QStringLiteral("failed")}));
        QVERIFY(m_flow->wrongPassword());
        QCOMPARE(statusOf(id), QStringLiteral("pending"));
        QTRY_VERIFY_WITH_TIMEOUT(m_vault->throttle().remainingWaitMs() == 0, 30000);
    }

    void eachStageToTheLedger()
    {
        const quint64 id = newRequest();
        QVERIFY(id > 0);
        QSignalSpy decided(m_flow.get(), &DecisionFlow::decided);
        QSignalSpy moved(m_flow.get(), &DecisionFlow::ledgerMoved);
        m_stages.clear();
        m_flow->decide(m_session.get(), DecisionRequest::approve(id, std::nullopt, std::nullopt),
                       password(test::kGoodPassword));
        // one decision at a time: a second one now is not started
        m_flow->decide(m_session.get(), DecisionRequest::deny(id), password(test::kGoodPassword));
        QTRY_VERIFY_WITH_TIMEOUT(!m_flow->working(), 30000);
        QCOMPARE(m_stages, (QStringList{QStringLiteral("checking"), QStringLiteral("signing"),
                                        QStringLiteral("confirmed")}));
        QVERIFY2(m_flow->text().contains(QStringLiteral("block")), qPrintable(m_flow->text()));
        QCOMPARE(decided.size(), 1);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(statusOf(id), QStringLiteral("approved"));
    }

    void queuedWhileTheLedgerIsAwayThenSent()
    {
        const quint64 id = newRequest();
        QVERIFY(id > 0);
        // the same network, but its node cannot be reached
        QJsonObject away = m_net.network.toJson();
        away.insert(QStringLiteral("rpc"), QStringLiteral("http://127.0.0.1:1"));
        away.insert(QStringLiteral("ws"), QStringLiteral("ws://127.0.0.1:1"));
        const QString awayFile = m_dir.filePath(QStringLiteral("away.json"));
        QVERIFY(test::writeAll(awayFile, QJsonDocument(away).toJson()));
        PB_VERIFY_OK(m_session->useNetworkFile(awayFile, false));

        QSignalSpy decided(m_flow.get(), &DecisionFlow::decided);
        m_stages.clear();
        m_flow->decide(m_session.get(), DecisionRequest::deny(id), password(test::kGoodPassword));
        QTRY_VERIFY_WITH_TIMEOUT(!m_flow->working(), 30000);
        QCOMPARE(m_stages, (QStringList{QStringLiteral("checking"), QStringLiteral("signing"),
                                        QStringLiteral("queued")}));
        QCOMPARE(decided.size(), 0);
        m_flow->resendPending(m_session.get()); // still away: stays queued
        QTRY_VERIFY_WITH_TIMEOUT(!m_flow->sending(), 30000);
        QCOMPARE(m_flow->stageName(), QStringLiteral("queued"));

        // back: what waited goes out, and the flow says so
        PB_VERIFY_OK(m_session->useNetworkFile(m_net.networkFile(), false));
        QSignalSpy moved(m_flow.get(), &DecisionFlow::ledgerMoved);
        m_flow->resendPending(m_session.get());
        QTRY_COMPARE_WITH_TIMEOUT(m_flow->stageName(), QStringLiteral("confirmed"), 30000);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(statusOf(id), QStringLiteral("denied"));
    }
};

QTEST_GUILESS_MAIN(TestDecisionFlow)
#include "tst_decisionflow.moc"
