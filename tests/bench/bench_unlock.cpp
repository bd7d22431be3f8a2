// Unlock, split into the KDF (Argon2id at the parameters calibrated on this machine, as the app
// does at creation) and everything after it: open the identity, derive the signing key, open and
// verify the SQLCipher database, advance the write counter. Budget: <= 50 ms beyond the KDF.
#include "BenchStats.h"
#include "vault/VaultManager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

using namespace passbook;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("passbook.*.info=false"));
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 15;
    QTemporaryDir dir;
    vault::VaultManager vault(dir.filePath(QStringLiteral("profile")));
    const auto password = crypto::SecureBuffer::copyOf(QByteArrayView("correct horse battery staple"));
    QElapsedTimer t;
    t.start();
    auto created = vault.create(password, crypto::WordlistLanguage::English); // calibrates
    const double createMs = double(t.nsecsElapsed()) / 1e6;
    if (!created) {
        std::fprintf(stderr, "create failed: %s\n", qPrintable(created.error().detail));
        return 1;
    }
    const auto header = vault.readHeader().value();
    const auto &kdf = header.slot(QStringLiteral("password"))->kdf;
    std::printf(
        "{\"metric\":\"kdf_parameters\",\"opslimit\":%llu,\"memlimit_mib\":%llu,\"create_ms\":%.0f}\n",
        static_cast<unsigned long long>(kdf.opsLimit), static_cast<unsigned long long>(kdf.memLimit >> 20),
        createMs);
    QList<double> kdfMs, afterMs, totalMs, lockMs;
    for (int i = 0; i < runs; ++i) {
        vault.lock();
        const auto h = vault.readHeader().value();
        QElapsedTimer total;
        total.start();
        QElapsedTimer step;
        step.start();
        auto unwrapped = vault::VaultManager::unwrapPasswordSlot(h, password);
        kdfMs << double(step.nsecsElapsed()) / 1e6;
        step.restart();
        if (auto r = vault.completeUnlock(h, std::move(unwrapped)); !r) {
            std::fprintf(stderr, "unlock failed: %s\n", qPrintable(r.error().detail));
            return 1;
        }
        afterMs << double(step.nsecsElapsed()) / 1e6;
        totalMs << double(total.nsecsElapsed()) / 1e6;
        step.restart();
        vault.lock();
        lockMs << double(step.nsecsElapsed()) / 1e6;
    }
    std::fprintf(stderr, "beyond-KDF samples:");
    for (double v : afterMs) {
        std::fprintf(stderr, " %.1f", v);
    }
    std::fprintf(stderr, "\n");
    bench::report("unlock_kdf", kdfMs);
    bench::report("unlock_beyond_kdf", afterMs, 50);
    bench::report("unlock_total", totalMs);
    bench::report("lock", lockMs);
    return 0;
}
