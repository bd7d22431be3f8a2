#pragma once

#include "passbook/TimelineStore.h"

#include <QAbstractListModel>
#include <QEvent>

#include <functional>

namespace passbook::models {

// The passbook timeline for QML: newest first, fetched a page at a time as the view scrolls
// (canFetchMore/fetchMore; never every row), filtered by categories, hospital and full text. It
// reads the store its source gives at each read (null while locked), never a store kept from
// before.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int categories READ categories WRITE setCategories NOTIFY filterChanged)
    Q_PROPERTY(QString hospital READ hospital WRITE setHospital NOTIFY filterChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)
    Q_PROPERTY(int total READ total NOTIFY totalChanged)

public:
    // Roles, from Qt::UserRole + 1:
    //  entryId      database id, for the record screen
    //  date         QDateTime (UTC) when it happened
    //  day          "2025-03-04" in local time, the section key
    //  categoryBit  scope bit of DESIGN.md §6
    //  categoryKey  "labs", "imaging", …
    //  title, summary, hospitalName, resourceType
    //  integrity    "verified" | "pending" | "tampered" | "unproven"
    //  outOfRange   bool
    //  dayLabel     the day in the app's language, long form (the section heading)
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        DateRole,
        DayRole,
        CategoryBitRole,
        CategoryKeyRole,
        TitleRole,
        SummaryRole,
        HospitalNameRole,
        ResourceTypeRole,
        IntegrityRole,
        OutOfRangeRole,
        DayLabelRole,
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject *parent = nullptr);

    // Where the records are (asked at each read); reloads.
    void setSource(std::function<passbook::TimelineStore *()> source);
    [[nodiscard]] int categories() const { return int(m_filter.categories); }
    void setCategories(int mask);
    [[nodiscard]] QString hospital() const { return m_filter.hospital; }
    void setHospital(const QString &participant);
    [[nodiscard]] QString search() const { return m_filter.search; }
    void setSearch(const QString &text);
    [[nodiscard]] int total() const { return m_total; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    Q_INVOKABLE void reload();
    // The list is near its end: append the next page (QML's ListView asks the model for more only
    // once, when it is set up, so the view asks again as it scrolls).
    Q_INVOKABLE void loadMore() { fetchMore({}); }
    bool eventFilter(QObject *watched, QEvent *event) override;

    static constexpr int kPageSize = 100;

signals:
    void filterChanged();
    void totalChanged();

private:
    void appendPage();

    [[nodiscard]] passbook::TimelineStore *store() const { return m_source ? m_source() : nullptr; }

    std::function<passbook::TimelineStore *()> m_source;
    bool m_fetchQueued = false;
    passbook::TimelineFilter m_filter;
    QList<passbook::TimelineRow> m_rows;
    QHash<QString, QString> m_hospitalNames;
    bool m_atEnd = true;
    int m_total = 0;
};

} // namespace passbook::models
