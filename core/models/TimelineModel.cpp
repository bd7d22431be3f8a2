#include "TimelineModel.h"

#include "ledger/Scopes.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>

namespace passbook::models {

TimelineModel::TimelineModel(QObject *parent) : QAbstractListModel(parent)
{
    // Dates are formatted here, in the app's language: reformat when it changes.
    if (QCoreApplication *app = QCoreApplication::instance()) {
        app->installEventFilter(this);
    }
}

bool TimelineModel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange &&
        !m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, 0), {DayLabelRole});
    }
    return QAbstractListModel::eventFilter(watched, event);
}

void TimelineModel::setSource(std::function<passbook::TimelineStore *()> source)
{
    m_source = std::move(source);
    reload();
}

void TimelineModel::setCategories(int mask)
{
    if (int(m_filter.categories) != mask) {
        m_filter.categories = quint32(mask);
        emit filterChanged();
        reload();
    }
}

void TimelineModel::setHospital(const QString &participant)
{
    if (m_filter.hospital != participant) {
        m_filter.hospital = participant;
        emit filterChanged();
        reload();
    }
}

void TimelineModel::setSearch(const QString &text)
{
    if (m_filter.search != text) {
        m_filter.search = text;
        emit filterChanged();
        reload();
    }
}

void TimelineModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_hospitalNames.clear();
    m_fetchQueued = false;
    m_total = 0;
    m_atEnd = true;
    passbook::TimelineStore *store = this->store();
    if (store) {
        if (auto hospitals = store->hospitals()) {
            for (const auto &h : hospitals.value()) {
                m_hospitalNames.insert(h.participant, h.name);
            }
        }
        auto page = store->page(m_filter, {}, kPageSize);
        if (page) {
            m_rows = page.value();
            m_atEnd = m_rows.size() < kPageSize;
        }
        auto total = store->count(m_filter);
        m_total = total ? int(total.value()) : 0;
    }
    endResetModel();
    emit totalChanged();
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    // Rows are appended from the event loop, never inside the caller's own model signal handling
    // (views and QAbstractItemModelTester may ask while a reset is being announced).
    if (parent.isValid() || m_atEnd || m_fetchQueued) {
        return;
    }
    m_fetchQueued = true;
    QMetaObject::invokeMethod(this, &TimelineModel::appendPage, Qt::QueuedConnection);
}

void TimelineModel::appendPage()
{
    m_fetchQueued = false;
    passbook::TimelineStore *store = this->store();
    if (m_atEnd || !store || m_rows.isEmpty()) {
        return;
    }
    const auto &last = m_rows.last();
    auto page = store->page(m_filter, {last.entry.date.toMSecsSinceEpoch(), last.id}, kPageSize);
    if (!page || page.value().isEmpty()) {
        m_atEnd = true;
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.value().size()) - 1);
    m_rows.append(page.value());
    endInsertRows();
    m_atEnd = page.value().size() < kPageSize;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const passbook::TimelineRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.entry.title;
    case EntryIdRole:
        return row.id;
    case DateRole:
        return row.entry.date;
    case DayRole:
        return row.entry.date.toLocalTime().date().toString(Qt::ISODate);
    case DayLabelRole:
        return QLocale().toString(row.entry.date.toLocalTime().date(), QLocale::LongFormat);
    case CategoryBitRole:
        return row.entry.category;
    case CategoryKeyRole:
        return row.entry.category >= 0 ? ledger::scopes::keys(1U << row.entry.category).value(0) : QString();
    case SummaryRole:
        return row.entry.summary;
    case HospitalNameRole:
        return m_hospitalNames.value(row.hospital, row.hospital);
    case ResourceTypeRole:
        return row.entry.resourceType;
    case IntegrityRole:
        return passbook::integrityName(row.integrity);
    case OutOfRangeRole:
        return row.entry.outOfRange;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {{EntryIdRole, "entryId"},
            {DateRole, "date"},
            {DayRole, "day"},
            {CategoryBitRole, "categoryBit"},
            {CategoryKeyRole, "categoryKey"},
            {TitleRole, "title"},
            {SummaryRole, "summary"},
            {HospitalNameRole, "hospitalName"},
            {ResourceTypeRole, "resourceType"},
            {IntegrityRole, "integrity"},
            {OutOfRangeRole, "outOfRange"},
            {DayLabelRole, "dayLabel"}};
}

} // namespace passbook::models
