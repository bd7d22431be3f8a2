#pragma once

#include <QObject>

namespace passbook::app {

// Application-wide event filter: any key, mouse, touch or wheel input counts as activity and
// restarts the idle auto-lock countdown.
class UserActivityFilter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void activity();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace passbook::app
