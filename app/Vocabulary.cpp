#include "Vocabulary.h"

namespace passbook::app {

QVariantList Vocabulary::categories()
{
    QVariantList out;
    for (const domain::CategoryInfo &c : domain::categories()) {
        out.append(QVariantMap{{QStringLiteral("bit"), int(c.category)},
                               {QStringLiteral("key"), QString::fromLatin1(c.key)},
                               {QStringLiteral("title"), QString::fromLatin1(c.title)},
                               {QStringLiteral("phrase"), QString::fromLatin1(c.phrase)}});
    }
    return out;
}

} // namespace passbook::app
