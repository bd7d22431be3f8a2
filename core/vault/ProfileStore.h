#pragma once

#include <QString>
#include <QStringList>

namespace passbook::vault {

// Profiles live in <data>/profiles/<id>/ (vault.json, passbook.db, unlock-throttle.json).
// <data> is QStandardPaths::AppDataLocation unless overridden (the CLI's --data, tests).
class ProfileStore
{
public:
    explicit ProfileStore(QString dataDir);
    [[nodiscard]] static QString defaultDataDir();

    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    // Profiles that hold a vault, oldest first.
    [[nodiscard]] QStringList profiles() const;
    [[nodiscard]] QString profileDir(const QString &id) const;
    // The profile to open: the only or first one; a fresh directory name when there is none.
    [[nodiscard]] QString defaultProfileDir() const;
    [[nodiscard]] QString newProfileDir() const;

private:
    QString m_dataDir;
};

} // namespace passbook::vault
