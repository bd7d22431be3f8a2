#include "Signature.h"

#include "Keccak256.h"
#include "Secp256k1Context.h"

#include <QCoreApplication>

#include <secp256k1.h>
#include <secp256k1_recovery.h>

namespace passbook::crypto {

QByteArray Signature::toRsv27() const
{
    return r + s + QByteArray(1, char(27 + recoveryId));
}

Result<Signature> Signature::fromRsv(QByteArrayView rsv)
{
    if (rsv.size() != 65) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("passbook", "The signature is malformed."),
                         QStringLiteral("signature must be 65 bytes, got %1").arg(rsv.size()));
    }
    int v = static_cast<unsigned char>(rsv[64]);
    if (v >= 27) {
        v -= 27;
    }
    if (v != 0 && v != 1) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("passbook", "The signature is malformed."),
                         QStringLiteral("bad recovery id"));
    }
    Signature sig;
    sig.r = rsv.first(32).toByteArray();
    sig.s = rsv.sliced(32, 32).toByteArray();
    sig.recoveryId = v;
    return sig;
}

Result<Address> Signature::recoverSigner(QByteArrayView hash32) const
{
    const auto bad = makeError(ErrorCode::InvalidInput,
                               QCoreApplication::translate("passbook", "The signature is not valid."),
                               QStringLiteral("signature recovery failed"));
    if (hash32.size() != 32 || r.size() != 32 || s.size() != 32 || (recoveryId != 0 && recoveryId != 1)) {
        return bad;
    }
    const auto *ctx = secp256k1Context();
    unsigned char compact[64];
    std::memcpy(compact, r.constData(), 32);
    std::memcpy(compact + 32, s.constData(), 32);
    secp256k1_ecdsa_recoverable_signature sig;
    if (!secp256k1_ecdsa_recoverable_signature_parse_compact(ctx, &sig, compact, recoveryId)) {
        return bad;
    }
    // Ethereum accepts only low-s signatures (EIP-2); reject the malleable twin.
    secp256k1_ecdsa_signature plain;
    secp256k1_ecdsa_recoverable_signature_convert(ctx, &plain, &sig);
    if (secp256k1_ecdsa_signature_normalize(ctx, nullptr, &plain)) {
        return bad;
    }
    secp256k1_pubkey pub;
    if (!secp256k1_ecdsa_recover(ctx, &pub, &sig, reinterpret_cast<const unsigned char *>(hash32.data()))) {
        return bad;
    }
    unsigned char out[65];
    size_t outLen = sizeof out;
    secp256k1_ec_pubkey_serialize(ctx, out, &outLen, &pub, SECP256K1_EC_UNCOMPRESSED);
    return Address::fromPublicKey(QByteArrayView(reinterpret_cast<const char *>(out + 1), 64));
}

QByteArray personalMessageHash(QByteArrayView message)
{
    Keccak256 k;
    const QByteArray prefix = QByteArrayLiteral("\x19"
                                                "Ethereum Signed Message:\n") +
                              QByteArray::number(message.size());
    k.update(prefix);
    k.update(message);
    QByteArray out(32, Qt::Uninitialized);
    k.final(reinterpret_cast<std::uint8_t *>(out.data()));
    return out;
}

} // namespace passbook::crypto
