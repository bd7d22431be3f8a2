#include "TestHelpers.h"
#include "crypto/Aead.h"

#include <QTest>

using namespace passbook;
using namespace passbook::crypto;

class TestAead : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const auto key = SecureBuffer::random(32);
        const auto plain = SecureBuffer::copyOf(QByteArrayView("vault key bytes"));
        const QByteArray box = Aead::seal(key, plain, "format=1;slot=password");
        QCOMPARE(box.size(), qsizetype(24 + 15 + 16));
        auto opened = Aead::open(key, box, "format=1;slot=password");
        QVERIFY(opened.ok());
        QVERIFY(opened.value().equals(plain));
    }

    void noncesAreFresh()
    {
        const auto key = SecureBuffer::random(32);
        const auto plain = SecureBuffer::copyOf(QByteArrayView("same"));
        QVERIFY(Aead::seal(key, plain, {}) != Aead::seal(key, plain, {}));
    }

    void rejectsAnyChange()
    {
        const auto key = SecureBuffer::random(32);
        const auto plain = SecureBuffer::random(32);
        const QByteArray box = Aead::seal(key, plain, "ad");
        QCOMPARE(Aead::open(key, box, "ad-moved").error().code, ErrorCode::WrongSecret);
        QCOMPARE(Aead::open(SecureBuffer::random(32), box, "ad").error().code, ErrorCode::WrongSecret);
        for (qsizetype i = 0; i < box.size(); i += 7) {
            QByteArray flipped = box;
            flipped[i] = char(flipped[i] ^ 0x01);
            QVERIFY2(!Aead::open(key, flipped, "ad").ok(), "a flipped byte must break the seal");
        }
        QVERIFY(!Aead::open(key, box.left(30), "ad").ok());
        QVERIFY(!Aead::open(key, QByteArray(), "ad").ok());
    }
};

QTEST_GUILESS_MAIN(TestAead)
#include "tst_aead.moc"
