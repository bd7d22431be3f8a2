#pragma once

#include "SessionController.h"

namespace passbook::app {

// For a QML type over core/models that reads the passbook on screen (`controller: Passbook`):
// points `current` at `next`, reads its store at each read, and calls `refresh` whenever its
// records change. False when nothing changed.
template <typename Model>
bool followPassbook(Model *model, SessionController *&current, SessionController *next,
                    void (Model::*refresh)())
{
    if (current == next) {
        return false;
    }
    if (current) {
        QObject::disconnect(current, nullptr, model, nullptr);
    }
    current = next;
    if (current) {
        QObject::connect(current, &SessionController::timelineChanged, model, refresh);
    }
    SessionController **where = &current;
    model->setSource([where]() -> passbook::TimelineStore * { return *where ? (*where)->store() : nullptr; });
    return true;
}

} // namespace passbook::app
