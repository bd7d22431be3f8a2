#include "SecretInput.h"

#include <QString>

namespace passbook::cli {

Result<crypto::SecureBuffer> readSecretLine(std::FILE *in, const char *what)
{
    constexpr std::size_t kMax = 4096;
    crypto::SecureBuffer buffer(kMax);
    std::size_t n = 0;
    int c = 0;
    while ((c = std::fgetc(in)) != EOF && c != '\n') {
        if (n == kMax) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("The %1 is too long.").arg(QLatin1String(what)),
                             QStringLiteral("secret line too long"));
        }
        buffer.data()[n++] = std::uint8_t(c);
    }
    if (c == EOF && n == 0) {
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("Expected the %1 on standard input, one per line.").arg(QLatin1String(what)),
            QStringLiteral("stdin ended"));
    }
    if (n > 0 && buffer.data()[n - 1] == '\r') {
        --n;
    }
    return crypto::SecureBuffer::copyOf(buffer.data(), n);
}

} // namespace passbook::cli
