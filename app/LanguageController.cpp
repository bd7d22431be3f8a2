#include "LanguageController.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace passbook::app {

namespace {
const QString kKey = QStringLiteral("language");
} // namespace

LanguageController::LanguageController(QObject *parent) : QObject(parent)
{
    apply(QSettings().value(kKey).toString());
}

QVariantList LanguageController::choices() const
{
    return {
        QVariantMap{{QStringLiteral("code"), QString()}, {QStringLiteral("name"), tr("Same as the system")}},
        QVariantMap{{QStringLiteral("code"), QStringLiteral("en")},
                    {QStringLiteral("name"), QStringLiteral("English")}},
        QVariantMap{{QStringLiteral("code"), QStringLiteral("zh_TW")},
                    {QStringLiteral("name"), QStringLiteral("繁體中文")}},
        QVariantMap{{QStringLiteral("code"), QStringLiteral("ko")},
                    {QStringLiteral("name"), QStringLiteral("한국어")}}};
}

void LanguageController::setCode(const QString &code)
{
    if (code == m_code) {
        return;
    }
    QSettings().setValue(kKey, code);
    apply(code);
}

void LanguageController::apply(const QString &code)
{
    static const QStringList supported = {QStringLiteral("en"), QStringLiteral("zh_TW"),
                                          QStringLiteral("ko")};
    m_code = supported.contains(code) ? code : QString();
    QLocale locale = m_code.isEmpty() ? QLocale::system() : QLocale(m_code);
    QLocale::setDefault(locale);
    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    // English is the source language; Chinese and Korean come from resources/translations, and
    // Qt's own texts (dialog buttons such as Cancel and Close) from Debian's qt6-translations-l10n.
    if (m_translator.load(locale, QStringLiteral("passbook"), QStringLiteral("_"),
                          QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&m_translator);
    }
    if (locale.language() != QLocale::English &&
        m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qtTranslator);
    }
    if (m_engine) {
        m_engine->retranslate();
    }
    emit codeChanged();
}

} // namespace passbook::app
