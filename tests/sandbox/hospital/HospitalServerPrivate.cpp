#include "HospitalServerPrivate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtHttpServer/QHttpServerRequest>

#include <sodium.h>

namespace passbook::sandbox::detail {

HospitalServer::Reply json(int status, const QJsonObject &body, QByteArray type)
{
    return {status, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(type)};
}

// FHIR OperationOutcome with one issue; `code` is the FHIR issue type.
HospitalServer::Reply outcome(int status, const char *code, const QString &text)
{
    const QJsonObject issue{{QStringLiteral("severity"), QStringLiteral("error")},
                            {QStringLiteral("code"), QString::fromLatin1(code)},
                            {QStringLiteral("diagnostics"), text}};
    return json(status,
                {{QStringLiteral("resourceType"), QStringLiteral("OperationOutcome")},
                 {QStringLiteral("issue"), QJsonArray{issue}}},
                "application/fhir+json");
}

QString randomAlnum(int n)
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out;
    for (int i = 0; i < n; ++i) {
        out += QLatin1Char(alphabet[randombytes_uniform(sizeof alphabet - 1)]);
    }
    return out;
}

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

std::optional<QJsonObject> bodyObject(const QHttpServerRequest &request)
{
    return parseBody(request.body());
}

} // namespace passbook::sandbox::detail
