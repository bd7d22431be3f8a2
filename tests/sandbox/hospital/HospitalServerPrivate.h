#pragma once

// What HospitalServer's source files share (HospitalServer.cpp: routing and limits; HospitalSignIn.cpp:
// sign-in and enrollment; HospitalRelease.cpp: who may receive what, release logging and anchoring;
// HospitalFhir.cpp: the FHIR API).
#include "HospitalServer.h"

#include <QJsonObject>
#include <QLoggingCategory>

#include <QUrlQuery>

#include <limits>
#include <optional>

class QHttpServerRequest;

Q_DECLARE_LOGGING_CATEGORY(lcHospital)

namespace passbook::sandbox::detail {

[[nodiscard]] HospitalServer::Reply json(int status, const QJsonObject &body,
                                         QByteArray type = "application/json");
// FHIR OperationOutcome with one issue; `code` is the FHIR issue type.
[[nodiscard]] HospitalServer::Reply outcome(int status, const char *code, const QString &text);
[[nodiscard]] QString randomAlnum(int n);
[[nodiscard]] qint64 nowSecs();
// The request's JSON object body (at most 64 KiB), or nullopt.
[[nodiscard]] std::optional<QJsonObject> bodyObject(const QHttpServerRequest &request);

// A FHIR search's parameters as the node reads them (HospitalFhir.cpp).
struct SearchParams
{
    qint64 since = std::numeric_limits<qint64>::min();        // _lastUpdated=gt…
    qint64 afterUpdated = std::numeric_limits<qint64>::min(); // _cursor
    qint64 afterRowid = 0;
    int count = 100;        // _count, at most the node's page size
    quint32 categories = 0; // 0 = all the caller may see
};
// `patient`, `_lastUpdated`, `_count`, `_cursor` and `category` of a search by `patientId`'s caller
// (`allowed` category bits; 0xFFFF = all). InvalidInput for a malformed parameter, Rejected for
// another patient.
[[nodiscard]] Result<SearchParams> parseSearch(const QUrlQuery &query, const QString &patientId,
                                               quint32 allowed, int maxPageSize);

} // namespace passbook::sandbox::detail
