#pragma once

#include "common/Vocabulary.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace passbook::app {

// The domain's vocabulary (common/Vocabulary.h) in QML as `Domain`: its enums by name (Domain.View,
// Domain.Approve, Domain.Manage, Domain.Purpose.Treatment, …) and the category list, each
// {bit, key, title, phrase} with the English words QML translates in context "passbook"
// (qml/Components/Categories.qml).
class Vocabulary : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Domain)
    QML_SINGLETON
    QML_EXTENDED_NAMESPACE(::passbook::domain)
    Q_PROPERTY(QVariantList categories READ categories CONSTANT)
    Q_PROPERTY(int allCategories READ allCategories CONSTANT)

public:
    using QObject::QObject;
    [[nodiscard]] static QVariantList categories();
    [[nodiscard]] static int allCategories() { return int(domain::kAllCategories); }
};

} // namespace passbook::app
