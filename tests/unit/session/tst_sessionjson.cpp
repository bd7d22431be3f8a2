// The JSON form of what a session shows (core/session/SessionJson): passbook-cli prints it and other
// tools read it, so every key and format is pinned here — addresses EIP-55, times ISO 8601 UTC,
// categories and rights by name, optional keys present only when they say something.
#include "TestHelpers.h"
#include "ledger/EventSync.h"
#include "session/SessionJson.h"
#include "vault/VaultDatabase.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace passbook;
namespace json = session::json;
using crypto::Address;

namespace {
Address address(const char *hex)
{
    return Address::fromString(QString::fromLatin1(hex)).value();
}
const Address kAlice = address("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
const Address kHospital = address("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");
const qint64 kJan2027 = 1798761600; // 2027-01-01T00:00:00Z
} // namespace

class TestSessionJson : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    vault::VaultDatabase m_db;

private slots:
    void initTestCase()
    {
        PB_VERIFY_OK(
            m_db.open(m_dir.filePath(QStringLiteral("v.db")), crypto::SecureBuffer::random(32), true));
        PB_VERIFY_OK(m_db.ensureSchema(ledger::EventSync::schema()));
    }

    void ledgerThings()
    {
        QCOMPARE(json::isoTime(kJan2027), QStringLiteral("2027-01-01T00:00:00Z"));
        const ledger::registry::Participant p{kHospital, QStringLiteral("Mackay Memorial"),
                                              quint8(domain::ParticipantKind::Hospital),
                                              QStringLiteral("http://127.0.0.1:1/fhir"), true};
        QCOMPARE(json::participant(p),
                 (QJsonObject{{QStringLiteral("participant"), kHospital.toChecksumString()},
                              {QStringLiteral("name"), QStringLiteral("Mackay Memorial")},
                              {QStringLiteral("kind"), QStringLiteral("hospital")},
                              {QStringLiteral("endpoint"), QStringLiteral("http://127.0.0.1:1/fhir")},
                              {QStringLiteral("active"), true}}));

        ledger::Outbox::Entry queued;
        queued.id = 7;
        queued.description = QStringLiteral("Approve request 2");
        queued.status = ledger::Outbox::Status::Queued;
        queued.createdAt = kJan2027 * 1000;
        queued.error = QStringLiteral("unreachable");
        const QJsonObject q = json::outboxEntry(queued);
        QCOMPARE(q.value(QStringLiteral("status")).toString(), ledger::Outbox::statusName(queued.status));
        QCOMPARE(q.value(QStringLiteral("createdAt")).toString(), QStringLiteral("2027-01-01T00:00:00Z"));
        QCOMPARE(q.value(QStringLiteral("error")).toString(), QStringLiteral("unreachable"));
        // nothing signed yet: no transaction, nonce or block keys at all
        for (const char *absent : {"transaction", "nonce", "block"}) {
            QVERIFY2(!q.contains(QLatin1String(absent)), absent);
        }
        ledger::Outbox::Entry mined = queued;
        mined.hash = QByteArray(32, '\xab');
        mined.nonce = 3;
        mined.blockNumber = 42;
        mined.error.clear();
        const QJsonObject m = json::outboxEntry(mined);
        QCOMPARE(m.value(QStringLiteral("transaction")).toString(),
                 QStringLiteral("0x") + QStringLiteral("ab").repeated(32));
        QCOMPARE(m.value(QStringLiteral("nonce")).toInt(), 3);
        QCOMPARE(m.value(QStringLiteral("block")).toInt(), 42);
        QVERIFY(!m.contains(QStringLiteral("error")));
    }

    void requestsAndConsents()
    {
        const consent::ConsentStore store(m_db, 31337, kHospital);
        consent::ConsentStore::Request r;
        r.id = 2;
        r.requester = kHospital;
        r.custodian = kAlice;
        r.scopes = domain::scopeOf(domain::Category::Labs) | domain::scopeOf(domain::Category::Medications);
        r.purpose = quint8(domain::Purpose::Treatment);
        r.expiresAt = quint64(kJan2027);
        r.requestedAt = kJan2027 - 86400;
        r.status = QStringLiteral("pending");
        QJsonObject o = json::request(store, r);
        QCOMPARE(o.value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("requester")).toString(), kHospital.toChecksumString());
        // an address the directory does not name is shown as itself
        QCOMPARE(o.value(QStringLiteral("requesterName")).toString(), kHospital.toChecksumString());
        QCOMPARE(o.value(QStringLiteral("scopes")).toArray(),
                 (QJsonArray{QStringLiteral("medications"), QStringLiteral("labs")}));
        QCOMPARE(o.value(QStringLiteral("purpose")).toString(), QStringLiteral("treatment"));
        QCOMPARE(o.value(QStringLiteral("expiresAt")).toString(), QStringLiteral("2027-01-01T00:00:00Z"));
        QCOMPARE(o.value(QStringLiteral("requestedAt")).toString(), QStringLiteral("2026-12-31T00:00:00Z"));
        for (const char *absent : {"concerns", "decidedBy", "consentId"}) {
            QVERIFY2(!o.contains(QLatin1String(absent)), absent);
        }
        r.concerns = {QStringLiteral("expired")};
        r.consentId = 5;
        r.decidedBy = kAlice;
        o = json::request(store, r);
        const QJsonObject concern = o.value(QStringLiteral("concerns")).toArray().at(0).toObject();
        QCOMPARE(concern.value(QStringLiteral("concern")).toString(), QStringLiteral("expired"));
        QVERIFY(!concern.value(QStringLiteral("text")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("consentId")).toInt(), 5);
        QCOMPARE(o.value(QStringLiteral("decidedBy")).toString(), kAlice.toChecksumString());

        consent::ConsentStore::Consent c;
        c.id = 9;
        c.grantee = kHospital;
        c.custodian = Address::fromBytes(QByteArray(20, '\0')).value();
        c.scopes = domain::scopeOf(domain::Category::Allergies);
        c.purpose = quint8(domain::Purpose::Emergency);
        c.expiresAt = quint64(kJan2027);
        c.grantedAt = kJan2027;
        c.state = QStringLiteral("active");
        c.emergency = true;
        o = json::consent(store, c);
        QCOMPARE(o.value(QStringLiteral("custodian")).toString(), QString()); // any hospital
        QCOMPARE(o.value(QStringLiteral("custodianName")).toString(), QStringLiteral("any hospital"));
        QCOMPARE(o.value(QStringLiteral("purpose")).toString(), QStringLiteral("emergency"));
        QCOMPARE(o.value(QStringLiteral("emergency")).toBool(), true);
        QVERIFY(!o.contains(QStringLiteral("requestId")));
    }

    void activityDelegationsAndCare()
    {
        consent::ConsentStore::Activity a;
        a.time = kJan2027;
        a.type = QStringLiteral("RecordReleased");
        a.sentence = QStringLiteral("Records were released.");
        a.txHash = QStringLiteral("0x01");
        QCOMPARE(json::activity(a),
                 (QJsonObject{{QStringLiteral("time"), QStringLiteral("2027-01-01T00:00:00Z")},
                              {QStringLiteral("type"), QStringLiteral("RecordReleased")},
                              {QStringLiteral("text"), QStringLiteral("Records were released.")},
                              {QStringLiteral("transaction"), QStringLiteral("0x01")}}));
        const consent::ConsentStore::Delegation d{kAlice, quint8(domain::View | domain::Approve),
                                                  quint64(kJan2027), true};
        QCOMPARE(json::delegation(d).value(QStringLiteral("rights")).toArray(),
                 (QJsonArray{QStringLiteral("view"), QStringLiteral("approve")}));

        consent::CaredFor dad;
        dad.patient = kAlice;
        dad.label = QStringLiteral("Dad");
        dad.hospitals = {kHospital};
        dad.addedAt = kJan2027;
        dad.rights = domain::View;
        QJsonObject o = json::caredFor(dad);
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Dad"));
        QCOMPARE(o.value(QStringLiteral("hospitals")).toArray(), (QJsonArray{kHospital.toChecksumString()}));
        QCOMPARE(o.value(QStringLiteral("active")).toBool(), true);
        for (const char *absent : {"expiresAt", "ended", "endedAt", "message"}) {
            QVERIFY2(!o.contains(QLatin1String(absent)), absent);
        }
        dad.ended = QStringLiteral("revoked");
        dad.endedAt = kJan2027;
        o = json::caredFor(dad);
        QCOMPARE(o.value(QStringLiteral("ended")).toString(), QStringLiteral("revoked"));
        QVERIFY(o.value(QStringLiteral("message")).toString().contains(QStringLiteral("Dad")));
    }

    void records()
    {
        ::passbook::passbook::Hospital h;
        h.participant = kHospital.toLowerHex();
        h.name = QStringLiteral("Mackay Memorial");
        h.connectedAt = kJan2027 * 1000;
        h.lastStatus = QStringLiteral("never synced");
        const QJsonObject ho = json::hospital(h, 12);
        QCOMPARE(ho.value(QStringLiteral("participant")).toString(), kHospital.toChecksumString());
        QCOMPARE(ho.value(QStringLiteral("connectedAt")).toString(), QStringLiteral("2027-01-01T00:00:00Z"));
        QCOMPARE(ho.value(QStringLiteral("lastSync")).toString(), QString()); // never
        QCOMPARE(ho.value(QStringLiteral("records")).toInt(), 12);

        ::passbook::passbook::TimelineRow row;
        row.id = 4;
        row.hospital = h.participant;
        row.entry.resourceType = QStringLiteral("Observation");
        row.entry.resourceId = QStringLiteral("o1");
        row.entry.category = int(domain::Category::Labs);
        row.entry.date = QDateTime::fromSecsSinceEpoch(kJan2027, Qt::UTC);
        row.entry.title = QStringLiteral("Potassium");
        row.entry.codes = {
            {QStringLiteral("http://loinc.org"), QStringLiteral("2823-3"), QStringLiteral("K")}};
        row.integrity = ::passbook::passbook::Integrity::Verified;
        QJsonObject o = json::timelineRow(row, {{h.participant, h.name}});
        QCOMPARE(o.value(QStringLiteral("category")).toString(), QStringLiteral("labs"));
        QCOMPARE(o.value(QStringLiteral("resource")).toString(), QStringLiteral("Observation/o1"));
        QCOMPARE(o.value(QStringLiteral("hospital")).toString(), QStringLiteral("Mackay Memorial"));
        QCOMPARE(o.value(QStringLiteral("integrity")).toString(),
                 ::passbook::passbook::integrityName(row.integrity));
        QCOMPARE(o.value(QStringLiteral("codes")).toArray().at(0).toObject().value(QStringLiteral("code")),
                 QJsonValue(QStringLiteral("2823-3")));
        QVERIFY(!o.contains(QStringLiteral("outOfRange")));
        QVERIFY(!o.contains(QStringLiteral("duplicateOf")));
        row.entry.category = -1;
        row.duplicateOf = 3;
        row.entry.outOfRange = true;
        o = json::timelineRow(row, {}); // a hospital without a name is shown by its address
        QCOMPARE(o.value(QStringLiteral("category")).toString(), QStringLiteral("unmapped"));
        QCOMPARE(o.value(QStringLiteral("hospital")).toString(), h.participant);
        QCOMPARE(o.value(QStringLiteral("duplicateOf")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("outOfRange")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestSessionJson)
#include "tst_sessionjson.moc"
