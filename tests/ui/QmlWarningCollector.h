#pragma once

#include <QStringList>

namespace passbook::app {

// Collects QML warnings and errors (for --self-test and the screenshot tour): anything the QML
// engine, JavaScript or Qt Quick reports at warning level or above.
class QmlWarningCollector
{
public:
    QmlWarningCollector();
    ~QmlWarningCollector();
    [[nodiscard]] QStringList warnings() const;
};

} // namespace passbook::app
