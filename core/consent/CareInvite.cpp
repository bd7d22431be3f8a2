#include "CareInvite.h"

#include "crypto/Keccak256.h"
#include "crypto/Signature.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace passbook::consent {

namespace {
const QString kPrefix = QStringLiteral("HPCARE1");
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Error invalid(const QString &detail)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("passbook",
                                                 "This is not a valid care-invite code. Ask the person "
                                                 "you care for to share it again."),
                     detail);
}
} // namespace

QString CareInvite::create(const crypto::SigningKey &patientKey, quint64 chainId,
                           const QList<crypto::Address> &hospitals)
{
    QJsonArray list;
    for (const crypto::Address &h : hospitals) {
        list.append(h.toChecksumString());
    }
    const QByteArray payload =
        QJsonDocument(QJsonObject{{QStringLiteral("v"), 1},
                                  {QStringLiteral("patient"), patientKey.address().toChecksumString()},
                                  {QStringLiteral("chainId"), double(chainId)},
                                  {QStringLiteral("hospitals"), list}})
            .toJson(QJsonDocument::Compact);
    const QByteArray signature = patientKey.signPersonalMessage(payload).toRsv27();
    return kPrefix + QLatin1Char('.') + QString::fromLatin1(payload.toBase64(kBase64)) + QLatin1Char('.') +
           QString::fromLatin1(signature.toBase64(kBase64));
}

Result<CareInvite> CareInvite::parse(const QString &code, quint64 expectedChainId)
{
    const QStringList parts = code.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 3 || parts[0] != kPrefix || code.size() > 8192) {
        return invalid(QStringLiteral("not a HPCARE1 code"));
    }
    const auto payload = QByteArray::fromBase64Encoding(parts[1].toLatin1(),
                                                        kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    const auto signature = QByteArray::fromBase64Encoding(parts[2].toLatin1(),
                                                          kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload || !signature || signature.decoded.size() != 65) {
        return invalid(QStringLiteral("bad base64 or signature length"));
    }
    const QJsonObject o = QJsonDocument::fromJson(payload.decoded).object();
    auto patient = crypto::Address::fromString(o.value(QStringLiteral("patient")).toString());
    if (o.value(QStringLiteral("v")).toInt() != 1 || !patient) {
        return invalid(QStringLiteral("bad payload"));
    }
    auto sig = crypto::Signature::fromRsv(signature.decoded);
    auto signer = sig ? sig.value().recoverSigner(crypto::personalMessageHash(payload.decoded))
                      : Result<crypto::Address>(sig.error());
    if (!signer || signer.value() != patient.value()) {
        return makeError(ErrorCode::Rejected,
                         QCoreApplication::translate("passbook",
                                                     "This care-invite code was changed after the person "
                                                     "you care for made it; it cannot be used."),
                         QStringLiteral("signature does not match the patient"));
    }
    CareInvite invite;
    invite.patient = patient.value();
    invite.chainId = quint64(o.value(QStringLiteral("chainId")).toDouble());
    if (invite.chainId != expectedChainId) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("passbook",
                                                     "This care-invite code belongs to another hospitals' "
                                                     "network than the one this app uses."),
                         QStringLiteral("chain %1, expected %2").arg(invite.chainId).arg(expectedChainId));
    }
    for (const QJsonValue &v : o.value(QStringLiteral("hospitals")).toArray()) {
        auto h = crypto::Address::fromString(v.toString());
        if (!h) {
            return invalid(QStringLiteral("bad hospital address"));
        }
        invite.hospitals << h.value();
    }
    return invite;
}

} // namespace passbook::consent
