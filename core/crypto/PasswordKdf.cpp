#include "PasswordKdf.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonValue>

#include <sodium.h>

#include <algorithm>

namespace passbook::crypto {

QJsonObject KdfParams::toJson() const
{
    return QJsonObject{
        {QStringLiteral("alg"), QStringLiteral("argon2id13")},
        {QStringLiteral("opslimit"), QString::number(opsLimit)},
        {QStringLiteral("memlimit"), QString::number(memLimit)},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
    };
}

Result<KdfParams> KdfParams::fromJson(const QJsonObject &json)
{
    const auto bad = [](const QString &what) {
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate(
                             "passbook", "The vault file is damaged: its password settings cannot be read."),
                         QStringLiteral("kdf: %1").arg(what));
    };
    if (json.value(QStringLiteral("alg")).toString() != QLatin1String("argon2id13")) {
        return bad(QStringLiteral("unknown algorithm"));
    }
    bool okOps = false;
    bool okMem = false;
    KdfParams p;
    p.opsLimit = json.value(QStringLiteral("opslimit")).toString().toULongLong(&okOps);
    p.memLimit = json.value(QStringLiteral("memlimit")).toString().toULongLong(&okMem);
    p.salt = QByteArray::fromBase64(json.value(QStringLiteral("salt")).toString().toLatin1(),
                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!okOps || !okMem || !p.isAcceptable()) {
        return bad(QStringLiteral("parameters out of range"));
    }
    return p;
}

QByteArray KdfParams::canonical() const
{
    return QByteArrayLiteral("argon2id13;ops=") + QByteArray::number(opsLimit) + QByteArrayLiteral(";mem=") +
           QByteArray::number(memLimit) + QByteArrayLiteral(";salt=") + salt.toHex();
}

bool KdfParams::isAcceptable() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= kMaxOps && memLimit >= kMinMemoryBytes &&
           memLimit <= kMaxMemoryBytes && salt.size() == crypto_pwhash_SALTBYTES;
}

Result<SecureBuffer> PasswordKdf::derive(const SecureBuffer &password, const KdfParams &params)
{
    ensureSodium();
    if (!params.isAcceptable()) {
        return makeError(
            ErrorCode::Damaged,
            QCoreApplication::translate("passbook", "The vault's password settings are not valid."),
            QStringLiteral("kdf parameters rejected"));
    }
    SecureBuffer key(32);
    const int rc =
        crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char *>(password.data()),
                      password.size(), reinterpret_cast<const unsigned char *>(params.salt.constData()),
                      params.opsLimit, std::size_t(params.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0) {
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate(
                             "passbook",
                             "This device ran out of memory while checking the password. Close other "
                             "apps and try again."),
                         QStringLiteral("crypto_pwhash failed (memlimit %1)").arg(params.memLimit));
    }
    return key;
}

KdfParams PasswordKdf::fixed(std::uint64_t opsLimit, std::uint64_t memLimit)
{
    ensureSodium();
    KdfParams p;
    p.opsLimit = std::clamp<std::uint64_t>(opsLimit, crypto_pwhash_OPSLIMIT_MIN, KdfParams::kMaxOps);
    p.memLimit = std::clamp<std::uint64_t>(memLimit, KdfParams::kMinMemoryBytes, KdfParams::kMaxMemoryBytes);
    p.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(p.salt.data(), std::size_t(p.salt.size()));
    return p;
}

KdfParams PasswordKdf::calibrate(int targetMs)
{
    // Start at the memory floor with one pass, measure, then scale passes (and, on fast machines,
    // memory) so one derivation lands near the target.
    KdfParams p = fixed(1, KdfParams::kMinMemoryBytes);
    const SecureBuffer probe = SecureBuffer::random(16);
    QElapsedTimer timer;
    timer.start();
    (void)derive(probe, p);
    const double onePass = std::max<qint64>(1, timer.elapsed());
    double passes = targetMs / onePass;
    if (passes > 8) {
        // plenty of speed: spend it on memory first (harder to attack with GPUs), up to 256 MiB
        const double memFactor = std::min(4.0, passes / 4);
        p.memLimit = std::uint64_t(KdfParams::kMinMemoryBytes * memFactor) & ~std::uint64_t(1024 * 1024 - 1);
        passes /= memFactor;
    }
    p.opsLimit = std::clamp<std::uint64_t>(std::uint64_t(passes + 0.5), 1, KdfParams::kMaxOps);
    p.opsLimit = std::max<std::uint64_t>(p.opsLimit, crypto_pwhash_OPSLIMIT_MIN);
    // Cost does not scale quite linearly with memory (caches); measure the choice once and correct
    // the number of passes.
    timer.restart();
    (void)derive(probe, p);
    const double measured = std::max<qint64>(1, timer.elapsed());
    const double correction = targetMs / measured;
    if (correction > 1.25 || correction < 0.8) {
        p.opsLimit = std::clamp<std::uint64_t>(std::uint64_t(double(p.opsLimit) * correction + 0.5),
                                               crypto_pwhash_OPSLIMIT_MIN, KdfParams::kMaxOps);
    }
    return fixed(p.opsLimit, p.memLimit);
}

} // namespace passbook::crypto
