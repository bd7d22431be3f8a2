#include "HdKey.h"

#include "Digest.h"
#include "Secp256k1Context.h"

#include <QCoreApplication>
#include <QList>

#include <secp256k1.h>

namespace passbook::crypto {

namespace {
Error derivationError(const QString &detail)
{
    return makeError(ErrorCode::Internal,
                     QCoreApplication::translate(
                         "passbook", "This recovery phrase cannot produce a key on the standard path."),
                     detail);
}

} // namespace

Result<HdKey> HdKey::fromSeed(const SecureBuffer &seed)
{
    if (seed.size() < 16 || seed.size() > 64) {
        return derivationError(QStringLiteral("seed length"));
    }
    const SecureBuffer i = hmacSha512(QByteArrayView("Bitcoin seed"), seed.view());
    HdKey key;
    key.m_key = SecureBuffer::copyOf(i.data(), 32);
    key.m_chainCode = SecureBuffer::copyOf(i.data() + 32, 32);
    if (!secp256k1_ec_seckey_verify(secp256k1Context(), key.m_key.data())) {
        return derivationError(QStringLiteral("master key invalid"));
    }
    return key;
}

Result<HdKey> HdKey::child(std::uint32_t index) const
{
    const auto *ctx = secp256k1Context();
    SecureBuffer data(37);
    if (index & kHardened) {
        data.data()[0] = 0;
        std::memcpy(data.data() + 1, m_key.data(), 32);
    } else {
        secp256k1_pubkey pub;
        if (!secp256k1_ec_pubkey_create(ctx, &pub, m_key.data())) {
            return derivationError(QStringLiteral("pubkey"));
        }
        size_t len = 33;
        secp256k1_ec_pubkey_serialize(ctx, data.data(), &len, &pub, SECP256K1_EC_COMPRESSED);
    }
    data.data()[33] = std::uint8_t(index >> 24);
    data.data()[34] = std::uint8_t(index >> 16);
    data.data()[35] = std::uint8_t(index >> 8);
    data.data()[36] = std::uint8_t(index);
    const SecureBuffer i = hmacSha512(m_chainCode.view(), data.view());
    HdKey out;
    out.m_key = m_key.clone();
    // child = parse256(IL) + k (mod n); tweak_add fails when IL >= n or the sum is zero.
    if (!secp256k1_ec_seckey_tweak_add(ctx, out.m_key.data(), i.data())) {
        return derivationError(QStringLiteral("child key invalid at index %1").arg(index));
    }
    out.m_chainCode = SecureBuffer::copyOf(i.data() + 32, 32);
    return out;
}

Result<HdKey> HdKey::derive(QStringView path) const
{
    const auto parts = path.split(u'/');
    if (parts.isEmpty() || parts.first() != u"m") {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("passbook", "The key path is not valid."),
                         QStringLiteral("path must start with m"));
    }
    HdKey current;
    current.m_key = m_key.clone();
    current.m_chainCode = m_chainCode.clone();
    for (qsizetype p = 1; p < parts.size(); ++p) {
        QStringView part = parts[p];
        bool hardened = false;
        if (part.endsWith(u'\'') || part.endsWith(u'h')) {
            hardened = true;
            part.chop(1);
        }
        bool ok = false;
        const uint index = part.toUInt(&ok);
        if (!ok || index >= kHardened) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("passbook", "The key path is not valid."),
                             QStringLiteral("bad path component"));
        }
        auto next = current.child(hardened ? (index | kHardened) : index);
        if (!next) {
            return next.error();
        }
        current = std::move(next).value();
    }
    return current;
}

Result<SigningKey> HdKey::signingKey() const
{
    return SigningKey::fromSecret(m_key.clone());
}

} // namespace passbook::crypto
