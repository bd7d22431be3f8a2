#include "Migrations.h"

namespace passbook::vault {

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1, "vault metadata",
         "CREATE TABLE vault_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);"},
    };
    return list;
}

int latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

} // namespace passbook::vault
