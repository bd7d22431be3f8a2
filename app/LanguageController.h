#pragma once

#include "QmlSingleton.h"
#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>

namespace passbook::app {

// The app's language: the system's, or English, Traditional Chinese or Korean chosen in Settings
// (kept in QSettings, since it is needed before the vault opens). Switching reloads the
// translation and re-evaluates every qsTr on screen; dates and numbers follow QLocale.
class LanguageController : public QObject, public QmlSingleton<LanguageController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Language)
    QML_SINGLETON
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged)
    Q_PROPERTY(QVariantList choices READ choices CONSTANT)

public:
    // Not default-constructible on purpose: QML must use create() (the instance made in main()),
    // not make a second one.
    explicit LanguageController(QObject *parent);

    void setEngine(QQmlEngine *engine) { m_engine = engine; }
    // "" = the system's language.
    [[nodiscard]] QString code() const { return m_code; }
    void setCode(const QString &code);
    // Applies `code` without saving it (command line --language).
    void apply(const QString &code);
    [[nodiscard]] QVariantList choices() const;

signals:
    void codeChanged();

private:
    QString m_code;
    QTranslator m_translator;
    QTranslator m_qtTranslator;
    QQmlEngine *m_engine = nullptr;
};

} // namespace passbook::app
