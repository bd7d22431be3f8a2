#pragma once

#include "QmlWarningCollector.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>

namespace passbook::app {

// --self-test: loads the app's QML files one by one into the window; any QML warning, a file that
// does not load, or a control out of keyboard or screen-reader reach fails (non-zero).
int selfTest(QQmlApplicationEngine &engine, QQuickWindow *window, const QmlWarningCollector &collector);

} // namespace passbook::app
