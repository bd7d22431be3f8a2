// A password change with new keys (VaultManager::changePassword): the part that runs on the app's
// thread after the two Argon2id runs (which run on a worker) — lock, re-encrypt the record database
// (sqlcipher_export), check the copy page by page, write the new header, move the copy into place,
// unlock again. On a vault of N timeline entries (default 20 000, each with a ~1 KiB FHIR resource,
// the FTS4 index filled), so that the time per entry and the database size can be read off.
#include "BenchStats.h"
#include "passbook/TimelineStore.h"
#include "vault/VaultManager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

using namespace passbook;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("passbook.*.info=false"));
    const int entries = argc > 1 ? std::max(100, atoi(argv[1])) : 20000;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 5;
    QTemporaryDir dir;
    vault::VaultManager vault(dir.filePath(QStringLiteral("profile")));
    vault.setKdfCost(1, 64ULL * 1024 * 1024); // the KDF is not what is measured here
    const auto first = crypto::SecureBuffer::copyOf(QByteArrayView("correct horse battery staple"));
    const auto second = crypto::SecureBuffer::copyOf(QByteArrayView("purple elephant tuesday 42"));
    if (!vault.create(first, crypto::WordlistLanguage::English)) {
        std::fprintf(stderr, "create failed\n");
        return 1;
    }
    {
        ::passbook::passbook::TimelineStore store(*vault.database());
        const QDateTime t0(QDate(2015, 1, 1), QTime(9, 0), Qt::UTC);
        const QByteArray padding(900, 'x');
        for (int done = 0; done < entries;) {
            QList<::passbook::passbook::IngestItem> batch;
            for (int i = 0; i < 2000 && done < entries; ++i, ++done) {
                ::passbook::passbook::IngestItem item;
                item.entry.resourceType = QStringLiteral("Observation");
                item.entry.resourceId = QStringLiteral("obs-%1").arg(done);
                item.entry.versionId = QStringLiteral("1");
                item.entry.category = 4;
                item.entry.date = t0.addSecs(qint64(done) * 3600);
                item.entry.lastUpdated = item.entry.date;
                item.entry.title = QStringLiteral("Hemoglobin A1c %1").arg(done % 97);
                item.entry.summary = QStringLiteral("%1 %").arg(5 + done % 4);
                item.resource = "{\"resourceType\":\"Observation\",\"id\":\"obs-" + QByteArray::number(done) +
                                "\",\"note\":\"" + padding + "\"}";
                batch << item;
            }
            if (!store.ingest(QStringLiteral("0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), batch)) {
                std::fprintf(stderr, "ingest failed\n");
                return 1;
            }
        }
    }
    QList<double> changeMs;
    qint64 size = 0;
    for (int i = 0; i < runs; ++i) {
        const auto &from = i % 2 ? second : first;
        const auto &to = i % 2 ? first : second;
        const auto header = vault.readHeader().value();
        auto old = vault::VaultManager::unwrapPasswordSlot(header, from);
        auto prepared = vault.preparePassword(to);
        if (!prepared) {
            std::fprintf(stderr, "prepare failed\n");
            return 1;
        }
        QElapsedTimer t;
        t.start();
        if (auto r = vault.completeChangePassword(header, std::move(old), std::move(prepared).value()); !r) {
            std::fprintf(stderr, "change failed: %s\n", qPrintable(r.error().detail));
            return 1;
        }
        changeMs << double(t.nsecsElapsed()) / 1e6;
        size = QFileInfo(vault.databasePath()).size();
    }
    std::printf("{\"metric\":\"vault_rekey_database\",\"entries\":%d,\"mib\":%.1f}\n", entries,
                double(size) / (1024.0 * 1024.0));
    bench::report("vault_rekey", changeMs);
    return 0;
}
