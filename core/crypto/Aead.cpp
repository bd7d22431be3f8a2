#include "Aead.h"

#include <QCoreApplication>

#include <sodium.h>

namespace passbook::crypto {

QByteArray Aead::seal(const SecureBuffer &key, const SecureBuffer &plaintext, QByteArrayView ad)
{
    ensureSodium();
    Q_ASSERT(key.size() == kKeyBytes);
    constexpr auto nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    QByteArray box(qsizetype(nonceBytes + plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES),
                   Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(box.data());
    randombytes_buf(out, nonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + nonceBytes, &written, plaintext.data(), plaintext.size(),
                                               reinterpret_cast<const unsigned char *>(ad.data()),
                                               static_cast<unsigned long long>(ad.size()), nullptr, out,
                                               key.data());
    box.resize(qsizetype(nonceBytes + written));
    return box;
}

Result<SecureBuffer> Aead::open(const SecureBuffer &key, QByteArrayView box, QByteArrayView ad)
{
    ensureSodium();
    constexpr auto nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr auto tagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    const auto failed = makeError(ErrorCode::WrongSecret,
                                  QCoreApplication::translate("passbook", "The key does not open this data."),
                                  QStringLiteral("aead open failed"));
    if (key.size() != kKeyBytes || std::size_t(box.size()) < nonceBytes + tagBytes) {
        return failed;
    }
    const auto *in = reinterpret_cast<const unsigned char *>(box.data());
    SecureBuffer plain(std::size_t(box.size()) - nonceBytes - tagBytes);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            plain.data(), &written, nullptr, in + nonceBytes, std::size_t(box.size()) - nonceBytes,
            reinterpret_cast<const unsigned char *>(ad.data()), static_cast<unsigned long long>(ad.size()),
            in, key.data()) != 0) {
        return failed;
    }
    return plain;
}

} // namespace passbook::crypto
