#pragma once

#include <QQuickItem>
#include <QString>

namespace passbook::app {

// The visible item (or popup) named `name` under `root`: walks the visual item tree — where
// StackView pages, Repeater items and popups' content live, whatever their QObject parents — and
// the QObject children of each item (popups themselves). Used by the tour and the benchmarks.
inline void findVisible(QQuickItem *item, const QString &name, QObject *&found)
{
    if (!item->isVisible()) {
        return;
    }
    if (item->objectName() == name) {
        found = item;
    }
    for (QObject *child : item->children()) {
        if (!qobject_cast<QQuickItem *>(child) && child->objectName() == name) {
            found = child;
        }
    }
    for (QQuickItem *child : item->childItems()) {
        findVisible(child, name, found);
    }
}

} // namespace passbook::app
