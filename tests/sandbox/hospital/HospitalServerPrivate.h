#pragma once

// What HospitalServer's source files share (HospitalServer.cpp: routing and limits; HospitalSignIn.cpp:
// sign-in and enrollment; HospitalRelease.cpp: who may receive what, release logging and anchoring;
// HospitalFhir.cpp: the FHIR API).
#include "HospitalServer.h"
#include "NodeRequests.h"

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
// The request's JSON object body (parseBody), or nullopt.
[[nodiscard]] std::optional<QJsonObject> bodyObject(const QHttpServerRequest &request);

} // namespace passbook::sandbox::detail
