#include "RecordDetail.h"

#include "common/DateText.h"

#include "ledger/Scopes.h"

#include <QCoreApplication>
#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace passbook::models {

RecordDetail::RecordDetail(QObject *parent) : QObject(parent)
{
    if (QCoreApplication *app = QCoreApplication::instance()) {
        app->installEventFilter(this);
    }
}

bool RecordDetail::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        load(); // labels and dates in the new language
    }
    return QObject::eventFilter(watched, event);
}

QString RecordDetail::dateText() const
{
    return dateTimeText(m_row.entry.date);
}

void RecordDetail::setSource(std::function<passbook::TimelineStore *()> source)
{
    m_source = std::move(source);
    load();
}

void RecordDetail::setEntryId(qint64 id)
{
    if (m_entryId != id) {
        m_entryId = id;
        emit entryIdChanged();
        load();
    }
}

QString RecordDetail::categoryKey() const
{
    return m_row.entry.category >= 0 ? ledger::scopes::keys(1U << m_row.entry.category).value(0) : QString();
}

QVariantList RecordDetail::codes() const
{
    QVariantList out;
    for (const fhir::Coding &c : m_row.entry.codes) {
        QString system = c.system;
        if (system.contains(QLatin1String("loinc"))) {
            system = QStringLiteral("LOINC");
        } else if (system.contains(QLatin1String("snomed"))) {
            system = QStringLiteral("SNOMED CT");
        } else if (system.contains(QLatin1String("icd-10"))) {
            system = QStringLiteral("ICD-10");
        } else if (system.contains(QLatin1String("whocc"))) {
            system = QStringLiteral("ATC");
        } else if (system.contains(QLatin1String("cvx"))) {
            system = QStringLiteral("CVX");
        }
        out.append(QVariantMap{{QStringLiteral("system"), system},
                               {QStringLiteral("code"), c.code},
                               {QStringLiteral("display"), c.display}});
    }
    return out;
}

QVariantMap RecordDetail::proof() const
{
    const QJsonObject p = QJsonDocument::fromJson(m_row.proof.toUtf8()).object();
    if (p.isEmpty()) {
        return {};
    }
    return {{QStringLiteral("custodian"), p.value(QStringLiteral("custodian")).toString()},
            {QStringLiteral("root"), p.value(QStringLiteral("root")).toString()},
            {QStringLiteral("seq"), p.value(QStringLiteral("seq")).toInteger()},
            {QStringLiteral("index"), p.value(QStringLiteral("index")).toInteger()},
            {QStringLiteral("steps"), p.value(QStringLiteral("path")).toArray().size()}};
}

QString RecordDetail::fhirJson() const
{
    return QString::fromUtf8(QJsonDocument::fromJson(m_row.resource).toJson(QJsonDocument::Indented));
}

void RecordDetail::load()
{
    m_found = false;
    m_row = {};
    m_fields.clear();
    m_trend.clear();
    m_hospitalName.clear();
    passbook::TimelineStore *store = m_source ? m_source() : nullptr;
    if (store && m_entryId > 0) {
        if (auto row = store->entry(m_entryId); row && row.value()) {
            m_found = true;
            m_row = *row.value();
            if (auto h = store->hospital(m_row.hospital); h && h.value()) {
                m_hospitalName = h.value()->name;
            }
            const QJsonObject r = QJsonDocument::fromJson(m_row.resource).object();
            const auto field = [&](const QString &label, const QString &value, bool flagged = false) {
                if (!value.isEmpty()) {
                    m_fields.append(QVariantMap{{QStringLiteral("label"), label},
                                                {QStringLiteral("value"), value},
                                                {QStringLiteral("flagged"), flagged}});
                }
            };
            if (m_row.entry.value) {
                field(tr("Value"),
                      QStringLiteral("%1 %2")
                          .arg(QLocale().toString(*m_row.entry.value), m_row.entry.unit)
                          .trimmed(),
                      m_row.entry.outOfRange);
            }
            const QJsonObject range = r.value(QStringLiteral("referenceRange")).toArray().first().toObject();
            if (!range.isEmpty()) {
                const QJsonValue low =
                    range.value(QStringLiteral("low")).toObject().value(QStringLiteral("value"));
                const QJsonValue high =
                    range.value(QStringLiteral("high")).toObject().value(QStringLiteral("value"));
                QString text;
                if (low.isDouble() && high.isDouble()) {
                    text = QStringLiteral("%1 – %2").arg(QLocale().toString(low.toDouble()),
                                                         QLocale().toString(high.toDouble()));
                } else if (high.isDouble()) {
                    text = QStringLiteral("≤ %1").arg(QLocale().toString(high.toDouble()));
                } else if (low.isDouble()) {
                    text = QStringLiteral("≥ %1").arg(QLocale().toString(low.toDouble()));
                }
                field(tr("Reference range"), text);
            }
            if (m_row.entry.outOfRange) {
                field(tr("Flag"), tr("Outside the reference range"), true);
            }
            field(tr("Details"), m_row.entry.summary);
            field(tr("Status"), m_row.entry.status);
            field(tr("Record"),
                  QStringLiteral("%1/%2 · v%3")
                      .arg(m_row.entry.resourceType, m_row.entry.resourceId, m_row.entry.versionId));
            if (!m_row.entry.trendKey.isEmpty()) {
                if (auto points = store->trend(m_row.entry.trendKey)) {
                    for (const auto &p : points.value()) {
                        if (p.entry.value) {
                            m_trend.append(QVariantMap{
                                {QStringLiteral("date"), p.entry.date},
                                {QStringLiteral("dateText"),
                                 QLocale().toString(p.entry.date.toLocalTime().date(), QLocale::ShortFormat)},
                                {QStringLiteral("value"), *p.entry.value},
                                {QStringLiteral("current"), p.id == m_row.id}});
                        }
                    }
                }
            }
        }
    }
    emit loaded();
}

} // namespace passbook::models
