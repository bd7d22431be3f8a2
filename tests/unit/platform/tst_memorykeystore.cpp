// MemoryKeyStore: the fingerprint key's home where the kernel forbids keyrings — this process's
// secure memory, nothing else. Stores, replaces, reads back, forgets; a second store (a restarted
// app) knows nothing of the first's keys.
#include "TestHelpers.h"
#include "platform/SecureKeyStore.h"

#include <QTest>

using namespace passbook;
using platform::MemoryKeyStore;
using platform::SecureKeyStore;

class TestMemoryKeyStore : public QObject
{
    Q_OBJECT
private slots:
    void keepsKeysForThisProcessOnly()
    {
        MemoryKeyStore store;
        QVERIFY(store.isAvailable());
        QCOMPARE(store.lifetime(), SecureKeyStore::Lifetime::Process);
        const QString name = QStringLiteral("vault-1/biometric");
        const auto missing = store.read(name);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);

        PB_VERIFY_OK(store.store(name, crypto::SecureBuffer::copyOf(QByteArrayView("first key"))));
        auto first = store.read(name);
        PB_VERIFY_OK(first);
        QCOMPARE(first.value().view(), QByteArrayView("first key"));
        // stored again under the same name: replaced, not added
        PB_VERIFY_OK(store.store(name, crypto::SecureBuffer::copyOf(QByteArrayView("second key"))));
        QCOMPARE(store.read(name).value().view(), QByteArrayView("second key"));
        // a read hands out a copy: wiping it leaves the stored key whole
        auto copy = store.read(name);
        copy.value().wipe();
        QCOMPARE(store.read(name).value().view(), QByteArrayView("second key"));

        MemoryKeyStore restarted;
        QCOMPARE(restarted.read(name).error().code, ErrorCode::NotFound);

        PB_VERIFY_OK(store.remove(name));
        QCOMPARE(store.read(name).error().code, ErrorCode::NotFound);
        PB_VERIFY_OK(store.remove(name)); // nothing there: nothing to do
    }
};

QTEST_GUILESS_MAIN(TestMemoryKeyStore)
#include "tst_memorykeystore.moc"
