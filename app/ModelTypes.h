#pragma once

#include "models/LedgerModels.h"
#include "models/RecordDetail.h"
#include "models/TimelineModel.h"

#include <QQmlEngine>

namespace passbook::app {

// The list models of core/models, known to QML by type (made in C++ only): `count`, `get(row)`,
// `toList()` and the outbox's `waiting` are checked when QML is compiled.
struct RowModelForeign
{
    Q_GADGET
    QML_FOREIGN(::passbook::models::RowModel)
    QML_ANONYMOUS
};

struct OutboxModelForeign
{
    Q_GADGET
    QML_FOREIGN(::passbook::models::OutboxModel)
    QML_ANONYMOUS
};

struct TimelineModelForeign
{
    Q_GADGET
    QML_FOREIGN(::passbook::models::TimelineModel)
    QML_ANONYMOUS
};

struct RecordDetailForeign
{
    Q_GADGET
    QML_FOREIGN(::passbook::models::RecordDetail)
    QML_ANONYMOUS
};

} // namespace passbook::app
