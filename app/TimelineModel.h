#pragma once

#include "FollowPassbook.h"
#include "models/TimelineModel.h"

#include <QQmlEngine>

namespace passbook::app {

// core/models' TimelineModel in QML, reading the records of the passbook on screen
// (`controller: Passbook`) and reloading whenever they change.
class TimelineModel : public ::passbook::models::TimelineModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(::passbook::app::SessionController *controller READ controller WRITE setController NOTIFY
                   controllerChanged)

public:
    using models::TimelineModel::TimelineModel;

    [[nodiscard]] SessionController *controller() const { return m_controller; }
    void setController(SessionController *controller)
    {
        if (followPassbook<TimelineModel>(this, m_controller, controller, &TimelineModel::reload)) {
            emit controllerChanged();
        }
    }

signals:
    void controllerChanged();

private:
    SessionController *m_controller = nullptr;
};

} // namespace passbook::app
