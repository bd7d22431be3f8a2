#pragma once

#include <QList>

namespace passbook::vault {

// Schema migrations of passbook.db, in order. Each runs in its own transaction and sets
// PRAGMA user_version to its version. Append only: never edit a migration that has shipped.
struct Migration
{
    int version;
    const char *description;
    const char *sql;
};

[[nodiscard]] const QList<Migration> &migrations();
[[nodiscard]] int latestSchemaVersion();

} // namespace passbook::vault
