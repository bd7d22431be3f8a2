#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QVariantMap>

#include <functional>

namespace passbook::models {

// A read-only list for QML whose rows are typed values and whose roles are read from a row when
// a view asks, so that dates and words follow the app's language (the views are told to read
// again when it changes). Besides the roles, QML sees `count`, `get(row)` and `toList()`.
class RowModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    [[nodiscard]] int count() const { return rowCount(); }
    // Every role of one row by name; an empty map outside the list.
    Q_INVOKABLE QVariantMap get(int row) const;
    // Every row as get() gives it: for a chooser that adds an entry of its own ("any hospital").
    Q_INVOKABLE QVariantList toList() const;
    // The role number of a name (-1 when the model has no such role).
    [[nodiscard]] int role(const QByteArray &name) const;

    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void countChanged();

protected:
    RowModel(QList<QByteArray> roles, QObject *parent);
    // After the rows were replaced: `countChanged` when their number moved.
    void replaced(int countBefore);

private:
    QList<QByteArray> m_roles; // role Qt::UserRole + 1 + i is m_roles[i]
};

// The typed part: the rows and, per role, how to read it from a row.
template <typename Row> class ListOf : public RowModel
{
public:
    struct Role
    {
        QByteArray name;
        std::function<QVariant(const Row &)> read;
    };

    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    void setRows(QList<Row> rows)
    {
        const int before = int(m_rows.size());
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        replaced(before);
    }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override
    {
        const qsizetype which = role - Qt::UserRole - 1;
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
            which < 0 || which >= m_read.size()) {
            return {};
        }
        return m_read[which](m_rows[index.row()]);
    }

protected:
    ListOf(const QList<Role> &roles, QObject *parent) : RowModel(namesOf(roles), parent)
    {
        for (const Role &r : roles) {
            m_read.append(r.read);
        }
    }

private:
    static QList<QByteArray> namesOf(const QList<Role> &roles)
    {
        QList<QByteArray> names;
        for (const Role &r : roles) {
            names.append(r.name);
        }
        return names;
    }

    QList<std::function<QVariant(const Row &)>> m_read;
    QList<Row> m_rows;
};

} // namespace passbook::models
