#pragma once

#include "PassbookEntry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <array>
#include <initializer_list>
#include <optional>

namespace passbook::fhir::json {

// Reading values out of FHIR R4 JSON the way every part of the passbook does: what a
// CodeableConcept says, dates, quantities and references. Nothing here trusts the input: a missing
// or mistyped field reads as empty.

// The codings of a CodeableConcept.
[[nodiscard]] QList<Coding> codingsOf(const QJsonValue &codeableConcept);
// Its text, else the first display, else the first code.
[[nodiscard]] QString textOf(const QJsonValue &codeableConcept);
// A field, or the first item when it is an array.
[[nodiscard]] QJsonValue firstOf(const QJsonObject &resource, const char *name);
// A number as the hospital wrote it, without float noise: 5.4, 120, 0.25.
[[nodiscard]] QString number(double value);
// "<5.4 mmol/L" from a Quantity; empty without a value.
[[nodiscard]] QString quantityText(const QJsonObject &quantity);
// Every text and display of the named CodeableConcept fields, space-separated (for word matching).
[[nodiscard]] QString allText(const QJsonObject &resource, std::initializer_list<const char *> fields);
// The first non-empty string among dotted paths ("period.start"); null entries end the list.
[[nodiscard]] QString dateField(const QJsonObject &resource, const std::array<const char *, 4> &paths);
// FHIR dateTime: YYYY, YYYY-MM, YYYY-MM-DD, or a full instant with a zone; UTC; nullopt if invalid.
[[nodiscard]] std::optional<QDateTime> parseDate(const QString &text);
// The patient a resource is about ("Patient/123", from subject, patient or beneficiary).
[[nodiscard]] QString referenceOf(const QJsonObject &resource);

} // namespace passbook::fhir::json
