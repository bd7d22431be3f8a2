#include "TestHelpers.h"
#include "vault/VaultHeader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace passbook;
using namespace passbook::vault;
using crypto::SecureBuffer;

namespace {
VaultHeader sample(const SecureBuffer &vk)
{
    VaultHeader h;
    h.vaultId = QString(32, QLatin1Char('a'));
    h.address = crypto::Address::fromString(u"0xF278cF59F82eDcf871d630F28EcC8056f25C1cdb").value();
    h.language = QStringLiteral("en");
    h.created = QStringLiteral("2026-01-01T00:00:00Z");
    h.writeCounter = 7;
    KeySlot slot;
    slot.name = QStringLiteral("password");
    slot.kdf = crypto::PasswordKdf::fixed(1, 64ULL << 20);
    slot.wrappedKey = QByteArray(72, 'w');
    h.keySlots.append(slot);
    h.sealedIdentity = QByteArray(72, 'i');
    h.seal(vk);
    return h;
}
} // namespace

class TestVaultHeader : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const auto vk = SecureBuffer::random(32);
        const VaultHeader h = sample(vk);
        auto back = VaultHeader::fromJson(h.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value().toJson(), h.toJson());
        QVERIFY(back.value().verifyMac(vk));
        QVERIFY(!back.value().verifyMac(SecureBuffer::random(32)));
    }

    void associatedDataBindsFields()
    {
        const auto vk = SecureBuffer::random(32);
        VaultHeader h = sample(vk);
        const QByteArray ad = h.slotAssociatedData(h.keySlots[0]);
        QVERIFY(ad.contains("health-passbook-vault|1|"));
        QVERIFY(ad.contains("slot=password"));
        VaultHeader moved = h;
        moved.address = crypto::Address::fromString(u"0xf785bD075874b8423D3583728a981399f31e95aA").value();
        QVERIFY(moved.slotAssociatedData(moved.keySlots[0]) != ad);
        moved = h;
        moved.keySlots[0].kdf.opsLimit = 2;
        QVERIFY(moved.slotAssociatedData(moved.keySlots[0]) != ad);
        moved = h;
        moved.keySlots[0].name = QStringLiteral("biometric");
        QVERIFY(moved.slotAssociatedData(moved.keySlots[0]) != ad);
        QVERIFY(h.identityAssociatedData() != ad);
    }

    void truncatedOrForeignFilesAreDamaged()
    {
        const QByteArray json = sample(SecureBuffer::random(32)).toJson();
        for (int cut : {0, 1, 10, int(json.size() / 2), int(json.size() - 2)}) {
            auto r = VaultHeader::fromJson(json.left(cut));
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::Damaged);
            QVERIFY(r.error().message.contains(QStringLiteral("damaged")));
        }
        QVERIFY(!VaultHeader::fromJson(R"({"format":"something-else"})").ok());
        QVERIFY(!VaultHeader::fromJson("[]").ok());
    }

    void handEditsAreCaughtByChecksum()
    {
        QJsonObject o = QJsonDocument::fromJson(sample(SecureBuffer::random(32)).toJson()).object();
        o[QStringLiteral("writeCounter")] = QStringLiteral("3");
        auto r = VaultHeader::fromJson(QJsonDocument(o).toJson());
        QCOMPARE(r.error().code, ErrorCode::Damaged);
        QVERIFY(r.error().detail.contains(QStringLiteral("checksum")));
    }

    void newerVersionAsksForUpdate()
    {
        QJsonObject o = QJsonDocument::fromJson(sample(SecureBuffer::random(32)).toJson()).object();
        o[QStringLiteral("version")] = 99;
        auto r = VaultHeader::fromJson(QJsonDocument(o).toJson());
        QVERIFY(r.error().message.contains(QStringLiteral("newer version")));
    }

    void saveIsAtomic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault.json"));
        const VaultHeader h = sample(SecureBuffer::random(32));
        QVERIFY(h.save(path).ok());
        auto loaded = VaultHeader::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().writeCounter, 7);
        QCOMPARE(VaultHeader::load(dir.filePath(QStringLiteral("missing.json"))).error().code,
                 ErrorCode::NotFound);
        // a path that cannot be written reports Io and leaves nothing behind
        auto failed = h.save(dir.filePath(QStringLiteral("no/such/dir/vault.json")));
        QCOMPARE(failed.error().code, ErrorCode::Io);
    }

    void databaseKeyIsDerivedNotTheVaultKey()
    {
        const auto vk = SecureBuffer::random(32);
        const auto dbKey = databaseKey(vk);
        QCOMPARE(dbKey.size(), std::size_t(32));
        QVERIFY(!dbKey.equals(vk));
        QVERIFY(dbKey.equals(databaseKey(vk)));
        QVERIFY(!dbKey.equals(deriveSubkey(vk, 2, "PBHDRMAC")));
    }
};

QTEST_GUILESS_MAIN(TestVaultHeader)
#include "tst_vaultheader.moc"
