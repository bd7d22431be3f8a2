// A hospital that misbehaves, each case a real sandbox node started with PASSBOOK_HOSPITAL_FAULT:
// malformed JSON, the wrong resource type, an oversized Bundle, HTTP 401/403/429/500, a timeout and
// a node that vanishes in the middle of a sync. Each ends in a clear per-hospital or per-record
// entry of the sync report, and nothing synced before is lost.
#include "ConsortiumFixture.h"
#include "VaultTestSupport.h"
#include "passbook/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

using namespace ::passbook;
using ::passbook::passbook::SyncEngine;
using ::passbook::passbook::TimelineFilter;
using ::passbook::passbook::TimelineStore;

class TestHospitalFaults : public QObject
{
    Q_OBJECT
    test::ConsortiumFixture m_net;
    QTemporaryDir m_dir;
    std::unique_ptr<vault::VaultManager> m_vault;
    std::unique_ptr<TimelineStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
    qint64 m_baseline = 0;
    static constexpr int kNode = 2;

    qint64 count() const
    {
        TimelineFilter f;
        f.includeDuplicates = true;
        f.includeUnmapped = true;
        return m_store->count(f).value();
    }

    bool answers() const
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(m_net.hospital(kNode).value(QStringLiteral("url")).toString() +
                                     QStringLiteral("/.well-known/passbook-node")));
        request.setTransferTimeout(1000);
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return reply->error() == QNetworkReply::NoError;
    }

    std::unique_ptr<QProcess> startNode(const QString &fault)
    {
        auto p = std::make_unique<QProcess>();
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PASSBOOK_HOSPITAL_FAULT"), fault);
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QStringLiteral(PASSBOOK_HOSPITAL),
                 {QStringLiteral("serve"), QStringLiteral("--sandbox"), m_net.dir(),
                  QStringLiteral("--index"), QString::number(kNode)});
        for (int i = 0; i < 100 && !answers(); ++i) {
            QThread::msleep(100);
        }
        return p;
    }

    ::passbook::passbook::HospitalSyncReport fullResyncThrough(const QString &fault)
    {
        const QString participant = m_net.participant(kNode).toLowerHex();
        (void)m_store->recordSync(participant, 0, QStringLiteral("reset"), QStringLiteral(""));
        auto node = startNode(fault);
        const auto report = m_engine->syncHospital(*m_store->hospital(participant).value());
        node->kill();
        node->waitForFinished(5000);
        return report;
    }

    // POSTs a JSON body to hospital 0; the HTTP status and the JSON answer.
    std::pair<int, QJsonObject> post(const QString &path, const QJsonObject &body) const
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(m_net.hospital(0).value(QStringLiteral("url")).toString() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(5000);
        QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object()};
    }
    // A fresh sign-in challenge for `key`, edited by `edit`, signed by `signer`: the node's answer
    // (status, and the reason it gives when it refuses).
    std::pair<int, QString> signIn(const crypto::SigningKey &key, const std::function<QString(QString)> &edit,
                                   const crypto::SigningKey &signer, QString *sent = nullptr) const
    {
        const auto challenge = post(QStringLiteral("/auth/challenge"),
                                    {{QStringLiteral("address"), key.address().toChecksumString()}});
        const QString text = edit(challenge.second.value(QStringLiteral("message")).toString());
        if (sent) {
            *sent = text;
        }
        return answer(text, signer);
    }
    std::pair<int, QString> answer(const QString &text, const crypto::SigningKey &signer) const
    {
        const QByteArray signature = signer.signPersonalMessage(text.toUtf8()).toRsv27();
        const auto token = post(
            QStringLiteral("/auth/token"),
            {{QStringLiteral("message"), text},
             {QStringLiteral("signature"), QStringLiteral("0x") + QString::fromLatin1(signature.toHex())}});
        return {token.first, token.second.value(QStringLiteral("issue"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("diagnostics"))
                                 .toString()};
    }

private slots:
    // The node's sign-in refuses a reused nonce, an expired message, another node's domain, another
    // chain, and a signature by someone else — each with its reason.
    void signInRefusals()
    {
        const crypto::SigningKey me = crypto::SigningKey::generate();
        const auto same = [](QString t) { return t; };
        QString first;
        QCOMPARE(signIn(me, same, me, &first).first, 200);
        const auto reused = answer(first, me);
        QCOMPARE(reused.first, 401);
        QVERIFY2(reused.second.contains(QStringLiteral("nonce")), qPrintable(reused.second));

        static const QRegularExpression expiry(QStringLiteral("Expiration Time: [^\\n]*"));
        static const QRegularExpression issued(QStringLiteral("Issued At: [^\\n]*"));
        const auto expired = signIn(
            me,
            [](QString t) {
                return t.replace(issued, QStringLiteral("Issued At: 2020-01-01T00:00:00Z"))
                    .replace(expiry, QStringLiteral("Expiration Time: 2020-01-01T00:05:00Z"));
            },
            me);
        QCOMPARE(expired.first, 401);
        QVERIFY2(expired.second.contains(QStringLiteral("expired")), qPrintable(expired.second));

        const auto elsewhere = signIn(
            me,
            [](QString t) {
                return t.replace(QRegularExpression(QStringLiteral("^127\\.0\\.0\\.1:\\d+")),
                                 QStringLiteral("127.0.0.1:1"));
            },
            me);
        QCOMPARE(elsewhere.first, 401);
        QVERIFY2(elsewhere.second.contains(QStringLiteral("another node")), qPrintable(elsewhere.second));

        const auto otherChain = signIn(
            me,
            [chain = m_net.network.chainId](QString t) {
                return t.replace(QStringLiteral("Chain ID: %1").arg(chain), QStringLiteral("Chain ID: 1"));
            },
            me);
        QCOMPARE(otherChain.first, 401);
        QVERIFY2(otherChain.second.contains(QStringLiteral("chain")), qPrintable(otherChain.second));

        const auto forged = signIn(me, same, crypto::SigningKey::generate());
        QCOMPARE(forged.first, 401);
        QVERIFY2(forged.second.contains(QStringLiteral("does not match")), qPrintable(forged.second));
    }

    void initTestCase()
    {
        const QString problem = m_net.up();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_vault = std::make_unique<vault::VaultManager>(m_dir.filePath(QStringLiteral("p")));
        test::useFastKdf(*m_vault);
        QVERIFY(m_vault->create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English));
        m_store = std::make_unique<TimelineStore>(*m_vault->database());
        m_engine = std::make_unique<SyncEngine>(*m_store, *m_vault->signingKey(), m_net.network);
        m_engine->setTimeoutMs(1500);
        m_engine->setPageSize(10);
        QVERIFY(m_engine->connect(m_net.participant(kNode), m_net.activationCode(0, kNode)));
        const auto first = m_engine->syncAll();
        QVERIFY(first.hospitals.first().ok);
        m_baseline = count();
        QVERIFY(m_baseline > 20);
        QVERIFY(m_net.killHospital(kNode));
        QTRY_VERIFY_WITH_TIMEOUT(!answers(), 5000);
    }
    void cleanupTestCase() { m_net.down(); }

    void faults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expected"); // in the error, or in the problems when ok
        QTest::newRow("malformed JSON")
            << QStringLiteral("malformed-json") << false << QStringLiteral("not valid FHIR");
        QTest::newRow("wrong resourceType")
            << QStringLiteral("wrong-type") << true << QStringLiteral("returned a MedicationRequest");
        QTest::newRow("oversized Bundle")
            << QStringLiteral("oversized") << false << QStringLiteral("not valid FHIR");
        QTest::newRow("401") << QStringLiteral("status-401") << false
                             << QStringLiteral("did not accept the sign-in");
        // the hospital's words are quoted as the hospital's, after ours
        QTest::newRow("403") << QStringLiteral("status-403") << false
                             << QStringLiteral("The hospital refused the request. It said: “Injected fault");
        QTest::newRow("429 always") << QStringLiteral("status-429") << false
                                    << QStringLiteral("cannot be reached");
        QTest::newRow("429 once, then fine") << QStringLiteral("429-once") << true << QString();
        QTest::newRow("500") << QStringLiteral("status-500") << false << QStringLiteral("cannot be reached");
        QTest::newRow("timeout") << QStringLiteral("slow") << false << QStringLiteral("cannot be reached");
        QTest::newRow("vanishes mid-sync")
            << QStringLiteral("vanish-after-first-page") << false << QStringLiteral("cannot be reached");
    }
    void faults()
    {
        QFETCH(QString, fault);
        QFETCH(bool, ok);
        QFETCH(QString, expected);
        const auto report = fullResyncThrough(fault);
        QCOMPARE(report.ok, ok);
        const QString text = ok ? report.problems.join(QLatin1Char('\n')) : report.error;
        QVERIFY2(text.contains(expected), qPrintable(text));
        QCOMPARE(count(), m_baseline); // nothing synced before is lost
        if (!ok) {
            QVERIFY(m_store->hospital(m_net.participant(kNode).toLowerHex())
                        .value()
                        ->lastStatus.startsWith(QLatin1String("error")));
        }
    }
};

QTEST_GUILESS_MAIN(TestHospitalFaults)
#include "tst_hospital_faults.moc"
