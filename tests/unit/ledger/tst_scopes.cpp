#include "common/Vocabulary.h"
#include "ledger/NetworkProfile.h"
#include "ledger/Scopes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace passbook;
using namespace passbook::ledger;

class TestScopes : public QObject
{
    Q_OBJECT
private slots:
    void categories()
    {
        // the vocabulary's numbers are DESIGN.md's (§4, §6)
        QCOMPARE(domain::categories().size(), size_t(16));
        for (size_t i = 0; i < domain::categories().size(); ++i) {
            QCOMPARE(int(domain::categories()[i].category), int(i));
        }
        QCOMPARE(int(domain::Category::Labs), 4);
        QCOMPARE(int(domain::Category::Claims), 15);
        QCOMPARE(domain::kSensitiveScope, 1U << 16);
        QCOMPARE(int(domain::View | domain::Approve | domain::Manage | domain::Sensitive), 15);
        QCOMPARE(int(domain::Purpose::Research), 3);
        QCOMPARE(int(domain::ParticipantKind::Insurer), 3);
        QCOMPARE(scopes::purposeName(quint8(domain::Purpose::Emergency)), QStringLiteral("emergency"));
        QCOMPARE(scopes::kindName(quint8(domain::ParticipantKind::Research)), QStringLiteral("research"));
        QCOMPARE(scopes::rightsNames(domain::View | domain::Manage),
                 (QStringList{QStringLiteral("view"), QStringLiteral("manage")}));
        // in the app's language (no translator here: English), shortened past three
        QCOMPARE(scopes::describeTranslated(domain::scopeOf(domain::Category::Labs) |
                                            domain::scopeOf(domain::Category::Imaging)),
                 QStringLiteral("lab results, imaging & pathology reports"));
        QCOMPARE(scopes::describeTranslated(0xF), QStringLiteral("visits, conditions and 2 more"));
        QCOMPARE(scopes::parse(QStringLiteral("labs,imaging")).value(), quint32((1 << 4) | (1 << 5)));
        QCOMPARE(scopes::parse(QStringLiteral(" Labs , vitals ")).value(), quint32((1 << 4) | (1 << 14)));
        QCOMPARE(scopes::parse(QStringLiteral("all")).value(), quint32(0xFFFF));
        QCOMPARE(scopes::keys((1 << 0) | (1 << 15)),
                 (QStringList{QStringLiteral("visits"), QStringLiteral("claims")}));
        QCOMPARE(scopes::describe(1 << 4), QStringLiteral("lab results"));
        QCOMPARE(scopes::describe(0xFFFF), QStringLiteral("all records"));
        auto bad = scopes::parse(QStringLiteral("labs,xrays"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("'xrays'")));
        QVERIFY(!scopes::parse(QStringLiteral(",")).ok());
    }

    void purposesRightsKinds()
    {
        QCOMPARE(scopes::parsePurpose(QStringLiteral("insurance")).value(), quint8(2));
        QCOMPARE(scopes::purposeName(4), QStringLiteral("emergency"));
        QVERIFY(!scopes::parsePurpose(QStringLiteral("marketing")).ok());
        QCOMPARE(scopes::parseRights(QStringLiteral("view,manage")).value(), quint8(5));
        QCOMPARE(scopes::rightsNames(3), (QStringList{QStringLiteral("view"), QStringLiteral("approve")}));
        QVERIFY(!scopes::parseRights(QStringLiteral("admin")).ok());
        QCOMPARE(scopes::parseKind(QStringLiteral("insurer")).value(), quint8(3));
        QCOMPARE(scopes::kindName(4), QStringLiteral("research"));
    }

    void networkProfiles()
    {
        const auto profile = [](const char *name, double chainId, const char *rpc, const char *ws,
                                const char *registry) {
            return QJsonDocument(QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                                             {QStringLiteral("chainId"), chainId},
                                             {QStringLiteral("rpc"), QLatin1String(rpc)},
                                             {QStringLiteral("ws"), QLatin1String(ws)},
                                             {QStringLiteral("registry"), QLatin1String(registry)}})
                .toJson();
        };
        const char *reg = "0x5fbdb2315678afecb367f032d93f642f64180aa3";
        auto ok = NetworkProfile::fromJson(
            profile("Sandbox", 31337, "http://127.0.0.1:8545", "ws://127.0.0.1:8545", reg));
        QVERIFY(ok.ok());
        QCOMPARE(ok.value().chainId, 31337u);
        QVERIFY(NetworkProfile::fromJson(profile("Taiwan consortium", 1337, "https://ledger.example.tw",
                                                 "wss://ledger.example.tw/ws", reg))
                    .ok());
        // plain http to anything but loopback is refused
        auto plain =
            NetworkProfile::fromJson(profile("x", 1, "http://10.0.0.5:8545", "wss://a.example", reg));
        QVERIFY(!plain.ok());
        QVERIFY(plain.error().message.contains(QStringLiteral("not encrypted")));
        QVERIFY(!NetworkProfile::fromJson("not json").ok());
        QVERIFY(!NetworkProfile::fromJson(profile("x", -1, "http://127.0.0.1", "ws://127.0.0.1", reg)).ok());
        QVERIFY(!NetworkProfile::fromJson(profile("x", 1.5, "http://127.0.0.1", "ws://127.0.0.1", reg)).ok());
        QVERIFY(!NetworkProfile::fromJson(profile("x", 1, "ftp://127.0.0.1", "ws://127.0.0.1", reg)).ok());
        QVERIFY(
            !NetworkProfile::fromJson(profile("x", 1, "http://127.0.0.1", "ws://127.0.0.1", "0x1234")).ok());
        QVERIFY(!NetworkProfile::fromJson(profile("", 1, "http://127.0.0.1", "ws://127.0.0.1", reg)).ok());
        QVERIFY(isLoopback(QUrl(QStringLiteral("http://localhost:1"))));
        QVERIFY(isLoopback(QUrl(QStringLiteral("http://[::1]:1"))));
        QVERIFY(!isLoopback(QUrl(QStringLiteral("http://192.168.1.2:1"))));
    }
};

QTEST_GUILESS_MAIN(TestScopes)
#include "tst_scopes.moc"
