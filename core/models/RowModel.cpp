#include "RowModel.h"

#include <QCoreApplication>
#include <QEvent>

namespace passbook::models {

RowModel::RowModel(QList<QByteArray> roles, QObject *parent)
    : QAbstractListModel(parent), m_roles(std::move(roles))
{
    if (QCoreApplication *app = QCoreApplication::instance()) {
        app->installEventFilter(this);
    }
}

QHash<int, QByteArray> RowModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i) {
        names.insert(Qt::UserRole + 1 + i, m_roles[i]);
    }
    return names;
}

int RowModel::role(const QByteArray &name) const
{
    const qsizetype i = m_roles.indexOf(name);
    return i < 0 ? -1 : Qt::UserRole + 1 + int(i);
}

QVariantMap RowModel::get(int row) const
{
    QVariantMap out;
    const QModelIndex at = index(row, 0);
    if (!at.isValid()) {
        return out;
    }
    for (int i = 0; i < m_roles.size(); ++i) {
        out.insert(QString::fromLatin1(m_roles[i]), data(at, Qt::UserRole + 1 + i));
    }
    return out;
}

QVariantList RowModel::toList() const
{
    QVariantList out;
    for (int row = 0; row < rowCount(); ++row) {
        out.append(get(row));
    }
    return out;
}

bool RowModel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance() &&
        rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
    }
    return QAbstractListModel::eventFilter(watched, event);
}

void RowModel::replaced(int countBefore)
{
    if (countBefore != rowCount()) {
        emit countChanged();
    }
}

} // namespace passbook::models
