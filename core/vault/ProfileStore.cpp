#include "ProfileStore.h"

#include "crypto/Hex.h"
#include "crypto/SecureBuffer.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace passbook::vault {

ProfileStore::ProfileStore(QString dataDir) : m_dataDir(std::move(dataDir))
{
}

QString ProfileStore::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QStringList ProfileStore::profiles() const
{
    QDir dir(QDir(m_dataDir).filePath(QStringLiteral("profiles")));
    QStringList out;
    const auto entries = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time | QDir::Reversed);
    for (const QFileInfo &e : entries) {
        if (QFileInfo::exists(QDir(e.filePath()).filePath(QStringLiteral("vault.json")))) {
            out << e.fileName();
        }
    }
    return out;
}

QString ProfileStore::profileDir(const QString &id) const
{
    return QDir(m_dataDir).filePath(QStringLiteral("profiles/") + id);
}

QString ProfileStore::defaultProfileDir() const
{
    const QStringList ids = profiles();
    return ids.isEmpty() ? newProfileDir() : profileDir(ids.first());
}

QString ProfileStore::newProfileDir() const
{
    return profileDir(crypto::toHex(crypto::SecureBuffer::random(8).view()));
}

} // namespace passbook::vault
