#pragma once

#include "common/Result.h"
#include "crypto/Address.h"

#include <QDateTime>
#include <QString>

namespace passbook::fhir {

// An EIP-4361 "Sign-In with Ethereum" message: built by the hospital node as a challenge, parsed and
// checked by the app before it signs (so a node cannot make the app sign in somewhere else), and
// parsed again by the node when it verifies the EIP-191 signature.
struct SiweMessage
{
    QString domain; // host[:port] of the node
    crypto::Address address;
    QString statement; // one line, optional
    QString uri;       // the node's base URL
    quint64 chainId = 0;
    QString nonce; // >= 8 alphanumerics, single use
    QDateTime issuedAt;
    QDateTime expirationTime;

    [[nodiscard]] QString toText() const;
    [[nodiscard]] static Result<SiweMessage> parse(const QString &text);

    // What the app checks before signing: the message is for `expectedUri`'s host and for us, on
    // `chainId`, and not expired at `now`.
    [[nodiscard]] Result<void> checkFor(const QUrl &expectedUri, const crypto::Address &signer,
                                        quint64 chainId, const QDateTime &now) const;
};

} // namespace passbook::fhir
