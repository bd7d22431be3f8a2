#pragma once

#include <QJSEngine>
#include <QQmlEngine>

namespace passbook::app {

// The controllers are made once by Application (they need the vault and the platform services) and
// handed to QML as singletons: QML_SINGLETON finds create() here, and the engine never owns them.
template <typename T> class QmlSingleton
{
public:
    static T *create(QQmlEngine *, QJSEngine *)
    {
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    static void setInstance(T *instance)
    {
        s_instance = instance;
        s_owner = instance;
    }

protected:
    ~QmlSingleton()
    {
        if (s_owner == this) {
            s_instance = nullptr;
            s_owner = nullptr;
        }
    }

private:
    static inline T *s_instance = nullptr;
    static inline const QmlSingleton *s_owner = nullptr;
};

} // namespace passbook::app
