#include "TestHelpers.h"
#include "crypto/PasswordKdf.h"

#include <QElapsedTimer>
#include <QTest>

using namespace passbook;
using namespace passbook::crypto;

class TestPasswordKdf : public QObject
{
    Q_OBJECT
private slots:
    void knownAnswerMatchesArgon2Reference()
    {
        // Computed with the Argon2 reference CLI (Debian package argon2):
        //   echo -n password | argon2 somesaltsomesalt -id -t 2 -k 65536 -p 1 -l 32 -r
        KdfParams p;
        p.opsLimit = 2;
        p.memLimit = 64ULL * 1024 * 1024;
        p.salt = QByteArray("somesaltsomesalt");
        auto key = PasswordKdf::derive(SecureBuffer::copyOf(QByteArrayView("password")), p);
        QVERIFY(key.ok());
        QCOMPARE(test::hex(key.value()),
                 QStringLiteral("fc33b78139231d34b71626bd6245c1d72efa190ad605c3d8166a72adcedfa2c2"));
    }

    void floorIsSixtyFourMebibytes()
    {
        const KdfParams p = PasswordKdf::fixed(1, 8 * 1024 * 1024);
        QCOMPARE(p.memLimit, KdfParams::kMinMemoryBytes);
        KdfParams weak = p;
        weak.memLimit = 32ULL * 1024 * 1024;
        QVERIFY(!weak.isAcceptable());
        QCOMPARE(PasswordKdf::derive(SecureBuffer::copyOf(QByteArrayView("x")), weak).error().code,
                 ErrorCode::Damaged);
    }

    void jsonRoundTripAndValidation()
    {
        const KdfParams p = PasswordKdf::fixed(3, 96ULL * 1024 * 1024);
        auto back = KdfParams::fromJson(p.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value().canonical(), p.canonical());
        QJsonObject edited = p.toJson();
        edited[QStringLiteral("memlimit")] = QStringLiteral("1024");
        QCOMPARE(KdfParams::fromJson(edited).error().code, ErrorCode::Damaged);
        edited = p.toJson();
        edited[QStringLiteral("salt")] = QStringLiteral("###");
        QVERIFY(!KdfParams::fromJson(edited).ok());
        edited = p.toJson();
        edited[QStringLiteral("alg")] = QStringLiteral("scrypt");
        QVERIFY(!KdfParams::fromJson(edited).ok());
    }

    void calibrationLandsNearTarget()
    {
        const KdfParams p = PasswordKdf::calibrate(600);
        QVERIFY(p.isAcceptable());
        QVERIFY(p.memLimit >= KdfParams::kMinMemoryBytes);
        QElapsedTimer t;
        t.start();
        QVERIFY(PasswordKdf::derive(SecureBuffer::copyOf(QByteArrayView("pw")), p).ok());
        const qint64 ms = t.elapsed();
        qInfo("calibrated: ops %llu, mem %llu MiB, %lld ms", static_cast<unsigned long long>(p.opsLimit),
              static_cast<unsigned long long>(p.memLimit >> 20), ms);
        // generous bounds: the machine may be busy with the other test processes
        QVERIFY2(ms >= 50 && ms <= 4000, "calibrated derivation should take roughly the target time");
    }
};

QTEST_GUILESS_MAIN(TestPasswordKdf)
#include "tst_passwordkdf.moc"
