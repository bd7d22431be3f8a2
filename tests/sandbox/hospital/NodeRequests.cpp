#include "NodeRequests.h"

#include "common/Vocabulary.h"
#include "crypto/Hex.h"
#include "crypto/Signature.h"

#include <QDateTime>
#include <QJsonDocument>

namespace passbook::sandbox::detail {

namespace {

// Observation.category codes (HL7 observation-category) → passbook category bits.
std::optional<quint32> observationCategoryBits(const QString &code)
{
    if (code == QLatin1String("laboratory")) {
        return domain::scopeOf(domain::Category::Labs);
    }
    if (code == QLatin1String("vital-signs") || code == QLatin1String("exam")) {
        return domain::scopeOf(domain::Category::VitalSigns);
    }
    if (code == QLatin1String("survey") || code == QLatin1String("social-history")) {
        return domain::scopeOf(domain::Category::Preventive);
    }
    if (code == QLatin1String("imaging")) {
        return domain::scopeOf(domain::Category::Imaging);
    }
    if (code == QLatin1String("procedure")) {
        return domain::scopeOf(domain::Category::Procedures);
    }
    return std::nullopt;
}

} // namespace

std::optional<QJsonObject> parseBody(const QByteArray &body)
{
    if (body.size() > kMaxBody) {
        return std::nullopt;
    }
    QJsonParseError err;
    const auto doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        return std::nullopt;
    }
    return doc.object();
}

Result<SignIn> readSignIn(const QJsonObject &body)
{
    const auto refuse = [](const QString &why) {
        return Error{ErrorCode::WrongSecret, QStringLiteral("The sign-in was refused."), why};
    };
    const QString text = body.value(QStringLiteral("message")).toString();
    auto message = fhir::SiweMessage::parse(text);
    if (!message) {
        return refuse(QStringLiteral("malformed sign-in message"));
    }
    const auto sigBytes = crypto::fromHex(body.value(QStringLiteral("signature")).toString());
    if (!sigBytes) {
        return refuse(QStringLiteral("signature is not hex"));
    }
    auto signature = crypto::Signature::fromRsv(*sigBytes);
    if (!signature) {
        return refuse(QStringLiteral("signature is not r||s||v"));
    }
    auto signer = signature.value().recoverSigner(crypto::personalMessageHash(text.toUtf8()));
    if (!signer || signer.value() != message.value().address) {
        return refuse(QStringLiteral("signature does not match the message's address"));
    }
    return SignIn{std::move(message).value(), signer.value()};
}

Result<SearchParams> parseSearch(const QUrlQuery &q, const QString &patientId, quint32 allowed,
                                 int maxPageSize)
{
    const auto invalid = [](const QString &why) { return Error{ErrorCode::InvalidInput, why, QString()}; };
    SearchParams p;
    const QString patientParam = q.queryItemValue(QStringLiteral("patient"));
    if (!patientParam.isEmpty() && patientParam != patientId &&
        patientParam != QStringLiteral("Patient/") + patientId) {
        return Error{ErrorCode::Rejected, QStringLiteral("You may only search the patient you act for."), {}};
    }
    const QString lastUpdated = q.queryItemValue(QStringLiteral("_lastUpdated"), QUrl::FullyDecoded);
    if (!lastUpdated.isEmpty()) {
        if (!lastUpdated.startsWith(QLatin1String("gt"))) {
            return invalid(QStringLiteral("_lastUpdated supports gt{instant} only."));
        }
        const QDateTime t = QDateTime::fromString(lastUpdated.mid(2), Qt::ISODateWithMs);
        if (!t.isValid()) {
            return invalid(QStringLiteral("_lastUpdated is not an instant."));
        }
        p.since = t.toMSecsSinceEpoch();
    }
    if (q.hasQueryItem(QStringLiteral("_count"))) {
        bool ok = false;
        p.count = q.queryItemValue(QStringLiteral("_count")).toInt(&ok);
        if (!ok || p.count < 1) {
            return invalid(QStringLiteral("_count must be a positive whole number."));
        }
        p.count = std::min(p.count, maxPageSize);
    }
    const QString cursor = q.queryItemValue(QStringLiteral("_cursor"));
    if (!cursor.isEmpty()) {
        const QStringList parts = cursor.split(QLatin1Char('.'));
        bool ok1 = false, ok2 = false;
        if (parts.size() == 2) {
            p.afterUpdated = parts[0].toLongLong(&ok1);
            p.afterRowid = parts[1].toLongLong(&ok2);
        }
        if (!ok1 || !ok2) {
            return invalid(QStringLiteral("_cursor is not one this server issued."));
        }
    }
    p.categories = allowed == 0xFFFF ? 0 : allowed;
    const QString category = q.queryItemValue(QStringLiteral("category"));
    if (!category.isEmpty()) {
        const auto bits = observationCategoryBits(category);
        if (!bits) {
            return invalid(QStringLiteral("Unknown category %1.").arg(category));
        }
        p.categories = (p.categories ? p.categories : 0xFFFF) & *bits;
        if (!p.categories) {
            p.categories = 1U << 31; // nothing the caller may see
        }
    }
    return p;
}

} // namespace passbook::sandbox::detail
