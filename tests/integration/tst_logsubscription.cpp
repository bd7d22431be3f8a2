// Live events over WebSocket from a real anvil, and catch-up after the connection was lost or the
// app was stopped: nothing that happened in between is missed.
#include "ConsortiumFixture.h"
#include "VaultTestSupport.h"
#include "consent/ConsentStore.h"
#include "consent/LockedRequestWatch.h"
#include "ledger/LogSubscription.h"
#include "ledger/RegistryClient.h"
#include "ledger/TransactionSubmitter.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace passbook;
using namespace passbook::ledger;

class TestLogSubscription : public QObject
{
    Q_OBJECT
private:
    test::ConsortiumFixture m_chain;
    QTemporaryDir m_tmp;

    void request(const crypto::Address &patient, quint32 scopes)
    {
        JsonRpcClient rpc(m_chain.network.rpc);
        EthClient eth(rpc);
        const crypto::SigningKey requester = m_chain.hospitalKey(1); // must outlive the submitter
        TransactionSubmitter s(eth, requester, m_chain.network.chainId, nullptr);
        const quint64 expires = eth.blockTimestamp().value() + 86400;
        QVERIFY(s.submit(m_chain.network.registry,
                         registry::requestAccess(patient, m_chain.hospitalKey(0).address(), scopes,
                                                 quint8(domain::Purpose::Treatment), expires),
                         QStringLiteral("request"))
                    .ok());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        const QString problem = m_chain.up();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanupTestCase() { m_chain.down(); }

    void liveEventsAndCatchUp()
    {
        vault::VaultManager v(m_tmp.filePath(QStringLiteral("p")));
        test::useFastKdf(v);
        QVERIFY(v.create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English).ok());
        JsonRpcClient rpc(m_chain.network.rpc);
        EthClient eth(rpc);
        EventSync sync(eth, *v.database(), m_chain.network.chainId, m_chain.network.registry);
        consent::ConsentStore store(*v.database(), m_chain.network.chainId, m_chain.network.registry);
        LogSubscription live(m_chain.network.ws, sync, m_chain.network.registry);
        QSignalSpy subscribed(&live, &LogSubscription::subscribed);
        QSignalSpy stored(&live, &LogSubscription::eventsStored);
        live.start();
        QVERIFY(subscribed.wait(10000));
        const auto countRequests = [&] { return store.requests(v.address(), 0).value().size(); };

        request(v.address(), 1U << 4);
        QTRY_COMPARE_WITH_TIMEOUT(countRequests(), 1, 5000); // arrived live

        // network loss: the socket drops and comes back by itself; events in the gap are caught up
        live.simulateConnectionLoss();
        request(v.address(), 1U << 5);
        QVERIFY(subscribed.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(countRequests(), 2, 5000);

        // the app stopped (or the device slept): on start it catches up first
        live.stop();
        request(v.address(), 1U << 6);
        request(v.address(), 1U << 7);
        QCOMPARE(countRequests(), 2);
        live.start();
        QVERIFY(subscribed.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(countRequests(), 4, 5000);
        QVERIFY(!stored.isEmpty());
    }

    // A locked device hears of a request about its patient from the remembered public facts alone,
    // and of nobody else's; forgetting leaves nothing behind.
    void lockedWatchHearsOnlyItsPatient()
    {
        consent::LockedRequestWatch::forget();
        consent::LockedRequestWatch nothing;
        QVERIFY(!nothing.start()); // nothing remembered: nothing to watch

        const crypto::Address patient = crypto::SigningKey::generate().address();
        const crypto::Address someoneElse = crypto::SigningKey::generate().address();
        consent::LockedRequestWatch::remember(m_chain.network, patient);
        consent::LockedRequestWatch watch;
        QSignalSpy seen(&watch, &consent::LockedRequestWatch::requestSeen);
        QVERIFY(watch.start());
        QTRY_VERIFY_WITH_TIMEOUT(watch.isSubscribed(), 10000);
        request(someoneElse, domain::scopeOf(domain::Category::Labs));
        request(patient, domain::scopeOf(domain::Category::Labs));
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 1, 10000);
        QTest::qWait(300);
        QCOMPARE(seen.size(), 1); // the other patient's request, mined first, was never heard

        consent::LockedRequestWatch::forget();
        QVERIFY(QSettings().allKeys().filter(QStringLiteral("requestWatch")).isEmpty());
        consent::LockedRequestWatch afterForget;
        QVERIFY(!afterForget.start());
    }

    void unreachableLedgerKeepsRetrying()
    {
        vault::VaultManager v(m_tmp.filePath(QStringLiteral("q")));
        test::useFastKdf(v);
        QVERIFY(v.create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English).ok());
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        JsonRpcClient rpc(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        EthClient eth(rpc);
        EventSync sync(eth, *v.database(), m_chain.network.chainId, m_chain.network.registry);
        LogSubscription live(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)), sync,
                             m_chain.network.registry);
        QSignalSpy subscribed(&live, &LogSubscription::subscribed);
        live.start();
        QTest::qWait(1500); // a few reconnect attempts, no crash, no subscription
        QVERIFY(!live.isSubscribed());
        QCOMPARE(subscribed.size(), 0);
        live.stop();
    }

    // A hostile ledger node answers the subscription, then sends one well-formed log carrying 2 MiB
    // of data: the message is refused while it arrives (the connection is closed), nothing reaches
    // the app, and the subscription tries again later.
    void oversizedLiveMessagesAreRefused()
    {
        const QByteArray tx = "0x" + QByteArray(64, 'a');
        const QString huge = QString::fromLatin1(
            R"({"jsonrpc":"2.0","method":"eth_subscription","params":{"subscription":"0x1","result":)"
            R"({"address":")" +
            m_chain.network.registry.toLowerHex().toLatin1() + R"(","topics":[],"data":"0x)" +
            QByteArray(2 * 1024 * 1024, 'f') +
            R"(","blockNumber":"0x1","logIndex":"0x0","transactionHash":")" + tx + R"("}}})");
        int connections = 0;
        int peersClosed = 0;
        QObject scope; // the handlers below go before the counters they count with
        QWebSocketServer hostile(QStringLiteral("hostile ledger"), QWebSocketServer::NonSecureMode);
        QVERIFY(hostile.listen(QHostAddress::LocalHost, 0));
        connect(&hostile, &QWebSocketServer::newConnection, &scope, [&] {
            QWebSocket *peer = hostile.nextPendingConnection();
            ++connections;
            connect(peer, &QWebSocket::disconnected, &scope, [&peersClosed, peer] {
                ++peersClosed;
                peer->deleteLater();
            });
            connect(peer, &QWebSocket::textMessageReceived, &scope, [peer, &huge](const QString &) {
                peer->sendTextMessage(QStringLiteral(R"({"jsonrpc":"2.0","id":1,"result":"0x1"})"));
                peer->sendTextMessage(huge);
            });
        });
        LogSubscription live(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(hostile.serverPort())),
                             m_chain.network.registry, QJsonArray{});
        QSignalSpy subscribed(&live, &LogSubscription::subscribed);
        QSignalSpy logs(&live, &LogSubscription::logReceived);
        live.start();
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(peersClosed >= 1, 10000);
        QCOMPARE(logs.size(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(connections >= 2, 10000); // it comes back, and is cut off again
        QCOMPARE(logs.size(), 0);
        live.stop();
    }
};

QTEST_GUILESS_MAIN(TestLogSubscription)
#include "tst_logsubscription.moc"
