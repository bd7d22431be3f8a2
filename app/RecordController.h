#pragma once

#include "SessionController.h"
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
        if (m_controller == controller) {
            return;
        }
        if (m_controller) {
            disconnect(m_controller, nullptr, this, nullptr);
        }
        m_controller = controller;
        if (m_controller) {
            connect(m_controller, &SessionController::timelineChanged, this, &RecordController::load);
        }
        emit controllerChanged();
        setSource(
            [this]() -> passbook::TimelineStore * { return m_controller ? m_controller->store() : nullptr; });
    }

signals:
    void controllerChanged();

private:
    SessionController *m_controller = nullptr;
};

} // namespace passbook::app
