#pragma once

#include "passbook/TimelineStore.h"

#include <QEvent>
#include <QObject>
#include <QVariantList>

#include <functional>

namespace passbook::models {

// One record for the record page: readable fields, codes with display text, the source hospital,
// its integrity and proof, the FHIR JSON as received, and the trend of the same observation code.
// Labels and dates are in the app's language (read again when it changes). `fields` are
// {label, value, flagged}; `codes` {system, code, display}; `proof` {custodian, root, seq, index,
// steps}; `trend` {date, dateText, value, current}.
class RecordDetail : public QObject
{
    Q_OBJECT
    Q_PROPERTY(qint64 entryId READ entryId WRITE setEntryId NOTIFY entryIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY loaded)
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    Q_PROPERTY(QDateTime date READ date NOTIFY loaded)
    Q_PROPERTY(QString dateText READ dateText NOTIFY loaded)
    Q_PROPERTY(QString categoryKey READ categoryKey NOTIFY loaded)
    Q_PROPERTY(QString summary READ summary NOTIFY loaded)
    Q_PROPERTY(QString hospitalName READ hospitalName NOTIFY loaded)
    Q_PROPERTY(QString integrity READ integrity NOTIFY loaded)
    Q_PROPERTY(bool outOfRange READ outOfRange NOTIFY loaded)
    Q_PROPERTY(QVariantList fields READ fields NOTIFY loaded)
    Q_PROPERTY(QVariantList codes READ codes NOTIFY loaded)
    Q_PROPERTY(QVariantMap proof READ proof NOTIFY loaded)
    Q_PROPERTY(QString fhirJson READ fhirJson NOTIFY loaded)
    Q_PROPERTY(QVariantList trend READ trend NOTIFY loaded)
    Q_PROPERTY(QString trendUnit READ trendUnit NOTIFY loaded)

public:
    explicit RecordDetail(QObject *parent = nullptr);

    // Where the records are (asked at each load); loads.
    void setSource(std::function<passbook::TimelineStore *()> source);
    [[nodiscard]] qint64 entryId() const { return m_entryId; }
    void setEntryId(qint64 id);

    [[nodiscard]] bool found() const { return m_found; }
    [[nodiscard]] QString title() const { return m_row.entry.title; }
    [[nodiscard]] QDateTime date() const { return m_row.entry.date; }
    // In the app's language (QML's own date formatting is not locale-aware once compiled ahead of time).
    [[nodiscard]] QString dateText() const;
    [[nodiscard]] QString categoryKey() const;
    [[nodiscard]] QString summary() const { return m_row.entry.summary; }
    [[nodiscard]] QString hospitalName() const { return m_hospitalName; }
    [[nodiscard]] QString integrity() const { return passbook::integrityName(m_row.integrity); }
    [[nodiscard]] bool outOfRange() const { return m_row.entry.outOfRange; }
    [[nodiscard]] QVariantList fields() const { return m_fields; }
    [[nodiscard]] QVariantList codes() const;
    [[nodiscard]] QVariantMap proof() const;
    [[nodiscard]] QString fhirJson() const;
    [[nodiscard]] QVariantList trend() const { return m_trend; }
    [[nodiscard]] QString trendUnit() const { return m_row.entry.unit; }
    bool eventFilter(QObject *watched, QEvent *event) override;

    // Reads the record again (after a sync, or when the passbook on screen changes).
    void load();

signals:
    void entryIdChanged();
    void loaded();

private:
    std::function<passbook::TimelineStore *()> m_source;
    qint64 m_entryId = 0;
    bool m_found = false;
    passbook::TimelineRow m_row;
    QString m_hospitalName;
    QVariantList m_fields;
    QVariantList m_trend;
};

} // namespace passbook::models
