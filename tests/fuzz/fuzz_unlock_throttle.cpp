// The unlock throttle's file, next to the vault: whatever it holds (edited, truncated, planted),
// the throttle reads a sane state from it, never a negative wait or one over the maximum.
#include "FuzzSupport.h"
#include "vault/UnlockThrottle.h"

#include <QDir>
#include <QFile>

using namespace passbook;

PASSBOOK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // in memory where the machine has /dev/shm: this target is about reading the record, not the disk
    static const QDir where =
        QDir(QStringLiteral("/dev/shm")).exists() ? QDir(QStringLiteral("/dev/shm")) : QDir::temp();
    static const QString path =
        where.filePath(QStringLiteral("passbook-fuzz-throttle-%1").arg(QCoreApplication::applicationPid()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return 0;
    }
    file.write(fuzz::bytes(data, size));
    file.close();
    const vault::UnlockThrottle throttle(
        path, [] { return qint64(1'800'000'000'000); },
        [] {
            return vault::BootTime{3'600'000, QByteArrayLiteral("fuzz")};
        });
    fuzz::require(throttle.failures() >= 0);
    const qint64 wait = throttle.remainingWaitMs();
    fuzz::require(wait >= 0 && wait <= vault::UnlockThrottle::kMaxDelayMs);
    (void)throttle.check();
    return 0;
}
