#include "SelfTest.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQuickItem>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace passbook::app {

namespace {
// Keyboard and screen-reader audit of one loaded page: every visible, enabled control a person
// can use (buttons, check boxes, tabs, text fields, combo boxes, list entries) must be reachable
// with Tab and have an accessible name. Returns one line per control that is not.
QStringList auditControls(QQuickItem *item, const QString &page, bool inList = false)
{
    QStringList problems;
    if (!item->isVisible()) {
        return problems;
    }
    const QMetaObject *mo = item->metaObject();
    const bool control = mo->inherits(&QQuickItem::staticMetaObject) &&
                         (item->inherits("QQuickAbstractButton") || item->inherits("QQuickTextField") ||
                          item->inherits("QQuickComboBox") || item->inherits("QQuickTextArea"));
    // A list is one Tab stop; its entries are reached with the arrow keys and opened with Return.
    // (A tab bar's own list is not one: each tab is a Tab stop of its own.)
    const bool list = item->inherits("QQuickItemView") &&
                      !(item->parentItem() && item->parentItem()->inherits("QQuickContainer"));
    if (list && !item->activeFocusOnTab()) {
        problems << QStringLiteral("%1: list %2 cannot be reached with Tab").arg(page, item->objectName());
    }
    if (control && item->isEnabled()) {
        const auto policy = Qt::FocusPolicy(item->property("focusPolicy").toInt());
        const bool tab = inList || (policy & Qt::TabFocus) || item->activeFocusOnTab();
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(item);
        QString name = a ? a->text(QAccessible::Name) : QString();
        if (name.isEmpty()) {
            // With a screen reader running, Qt names a button after its text and a field after its
            // placeholder (the offscreen platform of this test has no accessibility bridge).
            name = item->property("text").toString() + item->property("placeholderText").toString();
        }
        const QString id =
            item->objectName().isEmpty() ? QString::fromLatin1(mo->className()) : item->objectName();
        if (!tab) {
            problems << QStringLiteral("%1: %2 cannot be reached with Tab").arg(page, id);
        }
        if (name.trimmed().isEmpty()) {
            problems << QStringLiteral("%1: %2 has no accessible name").arg(page, id);
        }
    }
    // Every text item of ours is plain text: a hospital's, the ledger's or a person's words never
    // reach a screen as markup (an <img> would be fetched, telling its server the record was seen).
    // Qt's own labels inside controls are not ours to set; dialogs whose titles carry names use
    // DialogTitle.
    if (item->inherits("QQuickText") && !item->inherits("QQuickMnemonicLabel")) {
        const QQmlContext *context = qmlContext(item);
        if (context && context->baseUrl().toString().contains(QLatin1String("/qt/qml/Passbook/")) &&
            item->property("textFormat").toInt() != Qt::PlainText) {
            problems << QStringLiteral("%1: a text item (\"%2\") is not Text.PlainText")
                            .arg(page, item->property("text").toString().left(40));
        }
    }
    for (QQuickItem *child : item->childItems()) {
        problems += auditControls(child, page, inList || list);
    }
    return problems;
}
} // namespace

// Loads every QML file of every module (singletons through their module); any QML warning, or any
// control out of keyboard or screen-reader reach, fails.
int selfTest(QQmlApplicationEngine &engine, QQuickWindow *window, const QmlWarningCollector &collector)
{
    QStringList loaded;
    QStringList audit;
    QDirIterator it(QStringLiteral(":/qt/qml/Passbook"), QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QLatin1String(".qml")) || path.endsWith(QLatin1String("/Main.qml"))) {
            continue; // Main.qml is the window the app already loaded
        }
        QFile source(path);
        const bool singleton =
            source.open(QIODevice::ReadOnly) && source.readAll().contains("pragma Singleton");
        if (singleton) {
            // a singleton is not created directly: use it as QML code does, through its module
            const QString module =
                path.section(QLatin1Char('/'), 3, -2).replace(QLatin1Char('/'), QLatin1Char('.'));
            const QString type = QFileInfo(path).baseName();
            QQmlComponent user(&engine);
            user.setData(QStringLiteral("import QtQml\nimport %1\nQtObject { property var used: %2 }")
                             .arg(module, type)
                             .toUtf8(),
                         QUrl(QStringLiteral("qrc:/self-test/%1.qml").arg(type)));
            std::unique_ptr<QObject> object(user.create());
            if (!object || !object->property("used").value<QObject *>()) {
                std::fprintf(stderr, "self-test: singleton %s failed to load:\n%s\n", qPrintable(path),
                             qPrintable(user.errorString()));
                return 1;
            }
            loaded << path;
            continue;
        }
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc") + path));
        QObject *object = component.create();
        if (!object) {
            std::fprintf(stderr, "self-test: %s failed to load:\n%s\n", qPrintable(path),
                         qPrintable(component.errorString()));
            return 1;
        }
        QQuickItem *root = qobject_cast<QQuickItem *>(object);
        if (root) {
            root->setParentItem(window->contentItem());
            root->setSize(window->contentItem()->size());
        } else {
            object->setProperty("parent", QVariant::fromValue(window->contentItem()));
            if (object->metaObject()->indexOfMethod("open()") >= 0) {
                QMetaObject::invokeMethod(object, "open"); // a dialog or a sheet
            }
            root = object->property("contentItem").value<QQuickItem *>();
        }
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 150) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        if (root) {
            audit += auditControls(root, path.section(QLatin1Char('/'), -2),
                                   path.endsWith(QLatin1String("Delegate.qml")));
        }
        delete object;
        loaded << path;
    }
    const QStringList warnings = collector.warnings();
    for (const QString &w : warnings) {
        std::fprintf(stderr, "self-test: QML warning: %s\n", qPrintable(w));
    }
    for (const QString &a : audit) {
        std::fprintf(stderr, "self-test: accessibility: %s\n", qPrintable(a));
    }
    std::fprintf(stderr, "self-test: loaded %lld QML files, %lld warnings, %lld accessibility problems\n",
                 static_cast<long long>(loaded.size()), static_cast<long long>(warnings.size()),
                 static_cast<long long>(audit.size()));
    return loaded.isEmpty() || !warnings.isEmpty() || !audit.isEmpty() ? 1 : 0;
}

} // namespace passbook::app
