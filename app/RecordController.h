#pragma once

#include "FollowPassbook.h"
#include "models/RecordDetail.h"

#include <QQmlEngine>

namespace passbook::app {

// core/models' RecordDetail in QML, reading a record of the passbook on screen
// (`controller: Passbook`) and again whenever the records change.
class RecordController : public ::passbook::models::RecordDetail
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(::passbook::app::SessionController *controller READ controller WRITE setController NOTIFY
                   controllerChanged)

public:
    using models::RecordDetail::RecordDetail;

    [[nodiscard]] SessionController *controller() const { return m_controller; }
    void setController(SessionController *controller)
    {
        if (followPassbook<RecordController>(this, m_controller, controller, &RecordController::load)) {
            emit controllerChanged();
        }
    }

signals:
    void controllerChanged();

private:
    SessionController *m_controller = nullptr;
};

} // namespace passbook::app
