// Secure memory: copies, comparison, moves, and wiping bytes a library shares with us.
#include "crypto/SecureBuffer.h"

#include <QTest>

using namespace passbook::crypto;

class TestSecureBuffer : public QObject
{
    Q_OBJECT
private slots:
    void copiesCompareAndMove()
    {
        SecureBuffer a = SecureBuffer::copyOf(QByteArrayView("secret"));
        QCOMPARE(a.size(), std::size_t(6));
        SecureBuffer b = a.clone();
        QVERIFY(a.equals(b));
        SecureBuffer c = std::move(a);
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from is empty by contract
        QVERIFY(c.equals(b));
        c.wipe();
        QVERIFY(c.isEmpty());
        QVERIFY(!c.equals(b));
    }

    // A QByteArray handed to a library is shared with it: wiping through data() would detach and
    // zero a copy of our own, leaving the key in the library's buffer. wipeInPlace zeroes the bytes
    // everyone holding the buffer sees.
    void wipeInPlaceReachesEveryHolderOfTheBuffer()
    {
        const QByteArray ours = QByteArray("0123456789abcdef0123456789abcdef");
        const QByteArray libraryCopy = ours; // what setBinaryData() keeps
        QCOMPARE(ours.constData(), libraryCopy.constData());
        wipeInPlace(ours);
        QCOMPARE(libraryCopy, QByteArray(32, '\0'));
        QCOMPARE(ours, QByteArray(32, '\0'));
        wipeInPlace(QByteArray()); // nothing to wipe, no crash
    }
};

QTEST_GUILESS_MAIN(TestSecureBuffer)
#include "tst_securebuffer.moc"
