#include "SigningKey.h"

#include "Secp256k1Context.h"

#include <QCoreApplication>

#include <secp256k1.h>
#include <secp256k1_recovery.h>

namespace passbook::crypto {

namespace {
QByteArray serializePublic(const SecureBuffer &secret, bool compressed)
{
    const auto *ctx = secp256k1Context();
    secp256k1_pubkey pub;
    if (!secp256k1_ec_pubkey_create(ctx, &pub, secret.data())) {
        return {};
    }
    unsigned char out[65];
    size_t len = sizeof out;
    secp256k1_ec_pubkey_serialize(ctx, out, &len, &pub,
                                  compressed ? SECP256K1_EC_COMPRESSED : SECP256K1_EC_UNCOMPRESSED);
    return compressed ? QByteArray(reinterpret_cast<const char *>(out), qsizetype(len))
                      : QByteArray(reinterpret_cast<const char *>(out + 1), 64);
}
} // namespace

Result<SigningKey> SigningKey::fromSecret(SecureBuffer secret)
{
    if (secret.size() != 32 || !secp256k1_ec_seckey_verify(secp256k1Context(), secret.data())) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("passbook", "The key is not a valid signing key."),
                         QStringLiteral("secp256k1 secret rejected"));
    }
    SigningKey key;
    key.m_secret = std::move(secret);
    key.m_address = Address::fromPublicKey(key.publicKeyUncompressed());
    return key;
}

SigningKey SigningKey::generate()
{
    for (;;) {
        auto key = fromSecret(SecureBuffer::random(32));
        if (key) {
            return std::move(key).value();
        }
    }
}

QByteArray SigningKey::publicKeyUncompressed() const
{
    return serializePublic(m_secret, false);
}

QByteArray SigningKey::publicKeyCompressed() const
{
    return serializePublic(m_secret, true);
}

Signature SigningKey::signHash(QByteArrayView hash32) const
{
    Q_ASSERT(hash32.size() == 32 && isValid());
    const auto *ctx = secp256k1Context();
    secp256k1_ecdsa_recoverable_signature sig;
    secp256k1_ecdsa_sign_recoverable(ctx, &sig, reinterpret_cast<const unsigned char *>(hash32.data()),
                                     m_secret.data(), nullptr, nullptr);
    unsigned char compact[64];
    int recid = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(ctx, compact, &recid, &sig);
    Signature out;
    out.r = QByteArray(reinterpret_cast<const char *>(compact), 32);
    out.s = QByteArray(reinterpret_cast<const char *>(compact + 32), 32);
    out.recoveryId = recid;
    return out;
}

Signature SigningKey::signPersonalMessage(QByteArrayView message) const
{
    return signHash(personalMessageHash(message));
}

void SigningKey::wipe()
{
    m_secret.wipe();
    m_address = Address();
}

} // namespace passbook::crypto
