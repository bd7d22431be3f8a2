#include "Migrations.h"

namespace passbook::vault {

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1, "vault metadata",
         "CREATE TABLE vault_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);"},
        // moved to the stores that own them (StoreSchema): ledger::Outbox, ledger::EventSync,
        // passbook::TimelineStore
        {2, "ledger outbox (now ledger::Outbox's schema)", ""},
        {3, "ledger events and sync position (now ledger::EventSync's schema)", ""},
        {4, "hospitals and the timeline (now passbook::TimelineStore's schema)", ""},
    };
    return list;
}

int latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

} // namespace passbook::vault
