// HospitalServer: Sign-In with Ethereum (challenge, token) and enrollment with activation codes.
#include "HospitalServer.h"
#include "HospitalServerPrivate.h"

#include "crypto/Hex.h"
#include "crypto/Keccak256.h"
#include "crypto/Signature.h"
#include "fhir/ResourceMapper.h"
#include "fhir/SiweMessage.h"
#include "ledger/Abi.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>

#include <QUrlQuery>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>
#include <cstdlib>

#include <sodium.h>

namespace passbook::sandbox {

using namespace passbook::ledger;
using namespace detail;

HospitalServer::Reply HospitalServer::challenge(const QHttpServerRequest &request)
{
    if (throttled(request)) {
        return outcome(429, "throttled", QStringLiteral("Too many sign-in attempts; wait a minute."));
    }
    const auto body = bodyObject(request);
    if (!body) {
        return outcome(422, "invalid", QStringLiteral("Expected a JSON object {\"address\"}."));
    }
    auto address = crypto::Address::fromString(body->value(QStringLiteral("address")).toString());
    if (!address) {
        return outcome(422, "invalid", QStringLiteral("address is not an Ethereum address."));
    }
    // Forget expired nonces so the table stays small.
    const qint64 now = nowSecs();
    m_nonces.removeIf([now](const auto &it) { return it.value().expires < now; });
    fhir::SiweMessage m;
    m.domain = QStringLiteral("127.0.0.1:%1").arg(m_port);
    m.address = address.value();
    m.statement = QStringLiteral("Sign in to %1 to read your health records.").arg(m_config.name);
    m.uri = baseUrl();
    m.chainId = m_config.network.chainId;
    m.nonce = randomAlnum(16);
    m.issuedAt = QDateTime::currentDateTimeUtc();
    m.expirationTime = m.issuedAt.addSecs(m_config.challengeSeconds);
    m_nonces.insert(m.nonce, {address.value().toLowerHex(), m.expirationTime.toSecsSinceEpoch()});
    return json(200, {{QStringLiteral("message"), m.toText()}});
}

Result<crypto::Address> HospitalServer::verifySignIn(const QJsonObject &body)
{
    const auto refuse = [](const QString &why) {
        return Error{ErrorCode::WrongSecret, QStringLiteral("The sign-in was refused."), why};
    };
    auto signIn = readSignIn(body);
    if (!signIn) {
        return signIn.error();
    }
    const fhir::SiweMessage &message = signIn.value().message;
    const crypto::Address signer = signIn.value().signer;
    // Single use: the nonce is consumed whatever happens next.
    const auto nonce = m_nonces.take(message.nonce);
    if (nonce.address.isEmpty() || nonce.address != signer.toLowerHex()) {
        return refuse(QStringLiteral("unknown or already used nonce"));
    }
    if (nonce.expires < nowSecs() || message.expirationTime < QDateTime::currentDateTimeUtc()) {
        return refuse(QStringLiteral("sign-in message expired"));
    }
    if (message.domain != QStringLiteral("127.0.0.1:%1").arg(m_port) ||
        message.chainId != m_config.network.chainId) {
        return refuse(QStringLiteral("sign-in message is for another node or chain"));
    }
    return signer;
}

HospitalServer::Reply HospitalServer::token(const QHttpServerRequest &request)
{
    if (throttled(request)) {
        return outcome(429, "throttled", QStringLiteral("Too many sign-in attempts; wait a minute."));
    }
    const auto body = bodyObject(request);
    if (!body) {
        return outcome(422, "invalid",
                       QStringLiteral("Expected a JSON object {\"message\", \"signature\"}."));
    }
    auto signer = verifySignIn(*body);
    if (!signer) {
        return outcome(401, "login", signer.error().detail);
    }
    const qint64 now = nowSecs();
    m_tokens.removeIf([now](const auto &it) { return it.value().expires < now; });
    QByteArray raw(32, '\0');
    randombytes_buf(raw.data(), std::size_t(raw.size()));
    const QString token =
        QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_tokens.insert(token, {signer.value().toLowerHex(), now + m_config.tokenSeconds});
    return json(200, {{QStringLiteral("access_token"), token},
                      {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                      {QStringLiteral("expires_in"), m_config.tokenSeconds},
                      {QStringLiteral("subject"), signer.value().toChecksumString()}});
}

HospitalServer::Reply HospitalServer::enroll(const QHttpServerRequest &request)
{
    if (throttled(request)) {
        return outcome(429, "throttled", QStringLiteral("Too many attempts; wait a minute."));
    }
    const auto body = bodyObject(request);
    if (!body) {
        return outcome(
            422, "invalid",
            QStringLiteral("Expected a JSON object {\"activationCode\", \"message\", \"signature\"}."));
    }
    auto signer = verifySignIn(*body);
    if (!signer) {
        return outcome(401, "login", signer.error().detail);
    }
    auto patientId = m_store.redeemCode(body->value(QStringLiteral("activationCode")).toString(),
                                        signer.value().toLowerHex());
    if (!patientId) {
        return outcome(patientId.error().code == ErrorCode::InvalidInput ? 403 : 500, "forbidden",
                       patientId.error().message);
    }
    return json(200, {{QStringLiteral("patient"), QStringLiteral("Patient/") + patientId.value()},
                      {QStringLiteral("participant"), m_key.address().toChecksumString()},
                      {QStringLiteral("name"), m_config.name}});
}

} // namespace passbook::sandbox
