// The ledger client against a ledger that misbehaves: down, silent (timeout), answering garbage,
// answering for another chain, a log that does not decode, a revert. Each gives a clear error; a
// decision is kept in the outbox. The misbehaving HTTP endpoints are a tiny server in this test
// (nothing real misbehaves on purpose); the chain-id and revert cases use the real anvil.
#include "ConsortiumFixture.h"
#include "VaultTestSupport.h"
#include "fhir/FhirClient.h"
#include "ledger/Abi.h"
#include "ledger/EventSync.h"
#include "ledger/Outbox.h"
#include "ledger/RegistryClient.h"
#include "ledger/TransactionSubmitter.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace passbook;
using namespace passbook::ledger;

namespace {
// Answers every HTTP request the way it is told to misbehave.
class MisbehavingRpcServer : public QTcpServer
{
public:
    enum class Mode
    {
        Silent,
        Garbage,
        WrongId,
        HttpError,
        Oversized, // announces 200 MiB and streams until the client hangs up
        Redirect,  // 307 to redirectTo (another port: another origin)
    };
    explicit MisbehavingRpcServer(Mode mode) : m_mode(mode)
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    s->readAll();
                    ++m_requests;
                    QByteArray body;
                    QByteArray status = "200 OK";
                    switch (m_mode) {
                    case Mode::Silent:
                        return; // never answers
                    case Mode::Garbage:
                        body = "<html><body>Gateway says hello</body></html>";
                        break;
                    case Mode::WrongId:
                        body = R"({"jsonrpc":"2.0","id":987654,"result":"0x7a69"})";
                        break;
                    case Mode::HttpError:
                        status = "502 Bad Gateway";
                        break;
                    case Mode::Oversized:
                        stream(s);
                        return;
                    case Mode::Redirect:
                        s->write("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + redirectTo.toEncoded() +
                                 "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                        s->disconnectFromHost();
                        return;
                    }
                    s->write("HTTP/1.1 " + status + "\r\nContent-Type: text/html\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    s->disconnectFromHost();
                });
            }
        });
    }
    [[nodiscard]] QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    [[nodiscard]] int requests() const { return m_requests; }
    [[nodiscard]] qint64 sent() const { return m_sent; }
    QUrl redirectTo;

private:
    // 1 MiB at a time while the client reads, until it hangs up (or 200 MiB went out)
    void stream(QTcpSocket *s)
    {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 209715200\r\n\r\n");
        const auto more = [this, s] {
            while (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < (1 << 20) &&
                   m_sent < 200 * (1 << 20)) {
                m_sent += s->write(QByteArray(1 << 20, ' '));
            }
        };
        connect(s, &QTcpSocket::bytesWritten, s, more);
        more();
    }

    Mode m_mode;
    int m_requests = 0;
    qint64 m_sent = 0;
};
} // namespace

class TestLedgerFaults : public QObject
{
    Q_OBJECT
private:
    test::ConsortiumFixture m_chain;
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        const QString problem = m_chain.up();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanupTestCase() { m_chain.down(); }

    void endpointDown()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        JsonRpcClient rpc(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        auto r = EthClient(rpc).chainId();
        QCOMPARE(r.error().code, ErrorCode::Unreachable);
        QVERIFY(r.error().message.contains(QStringLiteral("cannot be reached")));
    }

    void timeout()
    {
        MisbehavingRpcServer server(MisbehavingRpcServer::Mode::Silent);
        JsonRpcClient rpc(server.url());
        rpc.setTimeoutMs(400);
        QElapsedTimer t;
        t.start();
        auto r = EthClient(rpc).chainId();
        QCOMPARE(r.error().code, ErrorCode::Unreachable);
        QVERIFY(t.elapsed() < 5000);
    }

    // An answer over the cap is stopped while it arrives, and a redirect to another origin is not
    // followed — by the JSON-RPC client and the FHIR client alike.
    void oversizedAnswersAndRedirects()
    {
        MisbehavingRpcServer huge(MisbehavingRpcServer::Mode::Oversized);
        JsonRpcClient rpc(huge.url());
        rpc.setTimeoutMs(20000);
        auto r = EthClient(rpc).chainId();
        QCOMPARE(r.error().code, ErrorCode::Unreachable);
        QVERIFY2(r.error().detail.contains(QStringLiteral("too large")), qPrintable(r.error().detail));
        QTRY_VERIFY(huge.sent() > 0);
        QVERIFY2(huge.sent() < JsonRpcClient::kMaxResponseBytes + 16 * (1 << 20),
                 qPrintable(QString::number(huge.sent())));

        MisbehavingRpcServer elsewhere(MisbehavingRpcServer::Mode::WrongId);
        MisbehavingRpcServer moved(MisbehavingRpcServer::Mode::Redirect);
        moved.redirectTo = elsewhere.url();
        JsonRpcClient redirected(moved.url());
        redirected.setTimeoutMs(3000);
        QCOMPARE(EthClient(redirected).chainId().error().code, ErrorCode::Unreachable);
        QCOMPARE(moved.requests(), 1);
        const crypto::SigningKey key = crypto::SigningKey::generate();
        fhir::FhirClient hospital(moved.url(), key, 31337);
        QVERIFY(!hospital.discover().ok());
        QCOMPARE(moved.requests(), 2);
        QCOMPARE(elsewhere.requests(), 0); // nothing, not even the address, went to the other origin
    }

    void garbageAndWrongAnswers()
    {
        for (auto mode : {MisbehavingRpcServer::Mode::Garbage, MisbehavingRpcServer::Mode::WrongId,
                          MisbehavingRpcServer::Mode::HttpError}) {
            MisbehavingRpcServer server(mode);
            JsonRpcClient rpc(server.url());
            rpc.setTimeoutMs(3000);
            auto r = EthClient(rpc).chainId();
            QCOMPARE(r.error().code, ErrorCode::Unreachable);
        }
        // malformed values inside a well-formed answer
        QVERIFY(!EthClient::quantity(QJsonValue(QStringLiteral("0x"))).ok());
        QVERIFY(!EthClient::quantity(QJsonValue(QStringLiteral("12"))).ok());
        QVERIFY(!EthClient::quantity(QJsonValue(QStringLiteral("0xfffffffffffffffffff"))).ok());
        QVERIFY(!EthClient::data(QJsonValue(QStringLiteral("0xzz"))).ok());
        QVERIFY(
            !EthClient::parseLog(QJsonValue(QJsonObject{{QStringLiteral("address"), QStringLiteral("nope")}}))
                 .ok());
    }

    void decisionKeptInTheOutboxWhileUnreachable()
    {
        vault::VaultManager v(m_tmp.filePath(QStringLiteral("p1")));
        test::useFastKdf(v);
        QVERIFY(v.create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English).ok());
        Outbox outbox(*v.database());
        MisbehavingRpcServer server(MisbehavingRpcServer::Mode::Garbage);
        JsonRpcClient rpc(server.url());
        EthClient eth(rpc);
        TransactionSubmitter submitter(eth, *v.signingKey(), 31337, &outbox);
        auto r = submitter.submit(m_chain.network.registry, registry::denyRequest(1),
                                  QStringLiteral("Deny request 1"));
        QCOMPARE(r.error().code, ErrorCode::Unreachable);
        QVERIFY(r.error().message.contains(QStringLiteral("kept on this device")));
        auto pending = outbox.pending(31337, v.address());
        QCOMPARE(pending.value().size(), 1);
        QCOMPARE(pending.value().first().status, Outbox::Status::Queued);
        QCOMPARE(pending.value().first().description, QStringLiteral("Deny request 1"));
    }

    void anotherChain()
    {
        vault::VaultManager v(m_tmp.filePath(QStringLiteral("p2")));
        test::useFastKdf(v);
        QVERIFY(v.create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English).ok());
        Outbox outbox(*v.database());
        JsonRpcClient rpc(m_chain.network.rpc);
        EthClient eth(rpc);
        TransactionSubmitter submitter(eth, *v.signingKey(), 1, &outbox); // the profile says mainnet
        auto r = submitter.submit(m_chain.network.registry, registry::denyRequest(1),
                                  QStringLiteral("Deny request 1"));
        QCOMPARE(r.error().code, ErrorCode::Unreachable);
        QVERIFY(r.error().message.contains(QStringLiteral("another network")));
        QVERIFY(outbox.pending(1, v.address()).value().isEmpty()); // nothing signed for the wrong chain
    }

    void revertIsDecodedAndRecorded()
    {
        vault::VaultManager v(m_tmp.filePath(QStringLiteral("p3")));
        test::useFastKdf(v);
        QVERIFY(v.create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English).ok());
        Outbox outbox(*v.database());
        JsonRpcClient rpc(m_chain.network.rpc);
        EthClient eth(rpc);
        TransactionSubmitter submitter(eth, *v.signingKey(), m_chain.network.chainId, &outbox);
        auto r = submitter.submit(m_chain.network.registry, registry::denyRequest(777),
                                  QStringLiteral("Deny request 777"));
        QCOMPARE(r.error().code, ErrorCode::Rejected);
        QCOMPARE(r.error().message, QStringLiteral("There is no request number 777."));
        auto recent = outbox.recent(5).value();
        QCOMPARE(recent.first().status, Outbox::Status::Failed);
        QCOMPARE(recent.first().error, QStringLiteral("There is no request number 777."));
    }

    void logThatDoesNotDecodeIsSkipped()
    {
        vault::VaultManager v(m_tmp.filePath(QStringLiteral("p4")));
        test::useFastKdf(v);
        QVERIFY(v.create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English).ok());
        JsonRpcClient rpc(m_chain.network.rpc);
        EthClient eth(rpc);
        EventSync sync(eth, *v.database(), m_chain.network.chainId, m_chain.network.registry);
        auto synced = sync.catchUp();
        QVERIFY(synced.ok());
        QVERIFY(synced.value().stored >= 3); // the hospitals' registrations
        // a registry log with a known topic but truncated data, and one with an unknown topic
        Log bad;
        bad.address = m_chain.network.registry;
        bad.topics = {abi::topic("AccessRequested(uint256,address,address,address,uint32,uint8,uint64)"),
                      QByteArray(32, '\0'), QByteArray(32, '\0'), QByteArray(32, '\0')};
        bad.data = QByteArray(10, 'x');
        bad.blockNumber = synced.value().toBlock;
        bad.blockTimestamp = 1;
        bad.logIndex = 900;
        bad.transactionHash = QByteArray(32, 'h');
        Log unknown = bad;
        unknown.topics = {abi::topic("SomethingNew(uint256)")};
        unknown.logIndex = 901;
        Log good = bad;
        good.topics = {abi::topic("DelegateSet(address,address,uint8,uint64)"),
                       QByteArray(12, '\0') + QByteArray(20, 'p'),
                       QByteArray(12, '\0') + QByteArray(20, 'd')};
        good.data = abi::Encoder().uint(1).uint(99999999999).encode();
        good.logIndex = 902;
        auto r = sync.ingest({bad, unknown, good}, std::nullopt);
        QVERIFY(r.ok());
        QCOMPARE(r.value().undecodable, 2);
        QCOMPARE(r.value().stored, 1);
    }
};

QTEST_GUILESS_MAIN(TestLedgerFaults)
#include "tst_ledger_faults.moc"
