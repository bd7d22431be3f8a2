// QtQuickTest runner for the QML components. The feature modules are static, so their plugins are
// imported here explicitly.
#include <QtQml/QQmlEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(Passbook_ComponentsPlugin)
Q_IMPORT_QML_PLUGIN(Passbook_AppPlugin) // the domain's vocabulary (Domain) that Categories reads

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }
};

QUICK_TEST_MAIN_WITH_SETUP(passbook_qml, Setup)
#include "main.moc"
