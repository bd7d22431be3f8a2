// Care-invite codes: made and read back; a code whose patient, chain or hospitals were edited, a
// signature from someone else, bad base64, another network and plain garbage are all refused with
// a sentence.
#include "TestHelpers.h"
#include "consent/CareInvite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace passbook;
using consent::CareInvite;

class TestCareInvite : public QObject
{
    Q_OBJECT

    static QString reencode(const QString &code, const std::function<void(QJsonObject &)> &edit)
    {
        QStringList parts = code.split(QLatin1Char('.'));
        const auto mode = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
        QJsonObject o = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1].toLatin1(), mode)).object();
        edit(o);
        parts[1] = QString::fromLatin1(QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(mode));
        return parts.join(QLatin1Char('.'));
    }

private slots:
    void roundTrip()
    {
        const auto patient = crypto::SigningKey::generate();
        const QList<crypto::Address> hospitals{crypto::SigningKey::generate().address(),
                                               crypto::SigningKey::generate().address()};
        const QString code = CareInvite::create(patient, 31337, hospitals);
        QVERIFY(code.startsWith(QStringLiteral("HPCARE1.")));
        auto invite = CareInvite::parse(code, 31337);
        PB_VERIFY_OK(invite);
        QCOMPARE(invite.value().patient, patient.address());
        QCOMPARE(invite.value().chainId, quint64(31337));
        QCOMPARE(invite.value().hospitals, hospitals);
        // whitespace around a pasted code is fine
        PB_VERIFY_OK(CareInvite::parse(QStringLiteral("  ") + code + QStringLiteral("\n"), 31337));
    }

    void editedOrForgedCodesAreRefused()
    {
        const auto patient = crypto::SigningKey::generate();
        const QString code = CareInvite::create(patient, 31337, {crypto::SigningKey::generate().address()});
        const QString someoneElse = crypto::SigningKey::generate().address().toChecksumString();
        const auto swapped = CareInvite::parse(
            reencode(code, [&](QJsonObject &o) { o.insert(QStringLiteral("patient"), someoneElse); }), 31337);
        QCOMPARE(swapped.error().code, ErrorCode::Rejected);
        QVERIFY(swapped.error().message.contains(QStringLiteral("changed")));
        const auto moreHospitals = CareInvite::parse(
            reencode(code,
                     [&](QJsonObject &o) { o.insert(QStringLiteral("hospitals"), QJsonArray{someoneElse}); }),
            31337);
        QCOMPARE(moreHospitals.error().code, ErrorCode::Rejected);
        // a code signed by someone else for this patient
        const auto forger = crypto::SigningKey::generate();
        const QString forged = CareInvite::create(forger, 31337, {});
        QStringList parts = reencode(forged, [&](QJsonObject &o) {
                                o.insert(QStringLiteral("patient"), patient.address().toChecksumString());
                            }).split(QLatin1Char('.'));
        QCOMPARE(CareInvite::parse(parts.join(QLatin1Char('.')), 31337).error().code, ErrorCode::Rejected);
    }

    void malformedCodesAreRefusedInWords()
    {
        const QString good = CareInvite::create(crypto::SigningKey::generate(), 31337, {});
        for (const QString &bad : {QString(), QStringLiteral("hello"), QStringLiteral("HPCARE1.abc"),
                                   QStringLiteral("HPCARE1.!!!.???"),
                                   QStringLiteral("HPCARE2.") + good.section(QLatin1Char('.'), 1),
                                   good.left(good.size() - 4), QString(9000, QLatin1Char('A'))}) {
            const auto r = CareInvite::parse(bad, 31337);
            QVERIFY2(!r.ok(), qPrintable(bad.left(40)));
            QVERIFY(!r.error().message.isEmpty());
        }
        const auto otherChain = CareInvite::parse(good, 1);
        QCOMPARE(otherChain.error().code, ErrorCode::InvalidInput);
        QVERIFY(otherChain.error().message.contains(QStringLiteral("network")));
    }
};

QTEST_GUILESS_MAIN(TestCareInvite)
#include "tst_careinvite.moc"
