#include "SiweMessage.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace passbook::fhir {

namespace {
const QString kHeaderSuffix = QStringLiteral(" wants you to sign in with your Ethereum account:");

Error malformed(const QString &why)
{
    return {ErrorCode::InvalidInput,
            QCoreApplication::translate("passbook", "The hospital's sign-in message is not valid."), why};
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString authority(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}
} // namespace

QString SiweMessage::toText() const
{
    QStringList lines;
    lines << domain + kHeaderSuffix << address.toChecksumString() << QString();
    if (!statement.isEmpty()) {
        lines << statement << QString();
    }
    lines << QStringLiteral("URI: ") + uri << QStringLiteral("Version: 1")
          << QStringLiteral("Chain ID: %1").arg(chainId) << QStringLiteral("Nonce: ") + nonce
          << QStringLiteral("Issued At: ") + isoTime(issuedAt);
    if (expirationTime.isValid()) {
        lines << QStringLiteral("Expiration Time: ") + isoTime(expirationTime);
    }
    return lines.join(QLatin1Char('\n'));
}

Result<SiweMessage> SiweMessage::parse(const QString &text)
{
    if (text.size() > 4096) {
        return malformed(QStringLiteral("message longer than 4096 characters"));
    }
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.size() < 8 || !lines[0].endsWith(kHeaderSuffix) || !lines[2].isEmpty()) {
        return malformed(QStringLiteral("not an EIP-4361 message"));
    }
    SiweMessage m;
    m.domain = lines[0].chopped(kHeaderSuffix.size());
    static const QRegularExpression domainRe(QStringLiteral("^[A-Za-z0-9.\\-\\[\\]:]+$"));
    if (!domainRe.match(m.domain).hasMatch()) {
        return malformed(QStringLiteral("bad domain"));
    }
    auto address = crypto::Address::fromString(lines[1]);
    if (!address) {
        return malformed(QStringLiteral("bad address"));
    }
    m.address = address.value();
    int i = 3;
    if (!lines[i].startsWith(QLatin1String("URI: "))) {
        m.statement = lines[i];
        if (i + 1 >= lines.size() || !lines[i + 1].isEmpty()) {
            return malformed(QStringLiteral("statement not followed by an empty line"));
        }
        i += 2;
    }
    const auto field = [&](const char *name) -> std::optional<QString> {
        const QString prefix = QString::fromLatin1(name) + QStringLiteral(": ");
        if (i < lines.size() && lines[i].startsWith(prefix)) {
            return lines[i++].mid(prefix.size());
        }
        return std::nullopt;
    };
    const auto uri = field("URI");
    const auto version = field("Version");
    const auto chain = field("Chain ID");
    const auto nonce = field("Nonce");
    const auto issued = field("Issued At");
    const auto expires = field("Expiration Time");
    if (!uri || !version || !chain || !nonce || !issued) {
        return malformed(QStringLiteral("a required field is missing or out of order"));
    }
    if (i != lines.size()) {
        return malformed(QStringLiteral("unexpected trailing lines"));
    }
    if (*version != QLatin1String("1")) {
        return malformed(QStringLiteral("version is not 1"));
    }
    bool ok = false;
    m.chainId = chain->toULongLong(&ok);
    if (!ok) {
        return malformed(QStringLiteral("bad chain id"));
    }
    static const QRegularExpression nonceRe(QStringLiteral("^[A-Za-z0-9]{8,64}$"));
    if (!nonceRe.match(*nonce).hasMatch()) {
        return malformed(QStringLiteral("nonce must be 8 to 64 letters and digits"));
    }
    m.uri = *uri;
    m.nonce = *nonce;
    m.issuedAt = QDateTime::fromString(*issued, Qt::ISODate);
    if (!m.issuedAt.isValid()) {
        return malformed(QStringLiteral("bad issued-at time"));
    }
    if (expires) {
        m.expirationTime = QDateTime::fromString(*expires, Qt::ISODate);
        if (!m.expirationTime.isValid()) {
            return malformed(QStringLiteral("bad expiration time"));
        }
    }
    return m;
}

Result<void> SiweMessage::checkFor(const QUrl &expectedUri, const crypto::Address &signer,
                                   quint64 expectedChain, const QDateTime &now) const
{
    const auto refuse = [](const QString &why) {
        return Error{ErrorCode::Rejected,
                     QCoreApplication::translate(
                         "passbook", "The hospital asked to sign something other than a sign-in to itself; "
                                     "nothing was signed."),
                     why};
    };
    if (domain != authority(expectedUri)) {
        return refuse(QStringLiteral("sign-in domain %1 is not %2").arg(domain, authority(expectedUri)));
    }
    const QUrl u(uri);
    if (u.host() != expectedUri.host() || u.port() != expectedUri.port() ||
        u.scheme() != expectedUri.scheme()) {
        return refuse(QStringLiteral("sign-in URI is for another origin"));
    }
    if (address != signer) {
        return refuse(QStringLiteral("sign-in is for another account"));
    }
    if (chainId != expectedChain) {
        return refuse(QStringLiteral("sign-in is for chain %1, not %2").arg(chainId).arg(expectedChain));
    }
    if (!expirationTime.isValid() || expirationTime <= now || issuedAt > now.addSecs(300)) {
        return refuse(QStringLiteral("sign-in message expired or not yet valid"));
    }
    return {};
}

} // namespace passbook::fhir
