#include "Migrations.h"

namespace passbook::vault {

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1, "vault metadata",
         "CREATE TABLE vault_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);"},
        {2, "ledger outbox: every signed transaction, stored before it is sent",
         "CREATE TABLE outbox ("
         " id INTEGER PRIMARY KEY AUTOINCREMENT,"
         " chain_id INTEGER NOT NULL,"
         " sender TEXT NOT NULL,"
         " nonce INTEGER,"
         " to_address TEXT,"
         " description TEXT NOT NULL,"
         " call_data BLOB,"
         " raw BLOB,"
         " tx_hash TEXT UNIQUE,"
         " status TEXT NOT NULL CHECK (status IN ('queued', 'signed', 'sent', 'mined', 'failed')),"
         " error TEXT,"
         " block_number INTEGER,"
         " created_at INTEGER NOT NULL,"
         " updated_at INTEGER NOT NULL);"
         "CREATE INDEX outbox_pending ON outbox (chain_id, sender, status);"},
        {3, "ledger events and sync position",
         "CREATE TABLE ledger_events ("
         " chain_id INTEGER NOT NULL,"
         " registry TEXT NOT NULL,"
         " block_number INTEGER NOT NULL,"
         " log_index INTEGER NOT NULL,"
         " tx_hash TEXT NOT NULL,"
         " block_time INTEGER,"
         " type TEXT NOT NULL,"
         " item_id INTEGER,"
         " patient TEXT,"
         " party TEXT,"
         " custodian TEXT,"
         " actor TEXT,"
         " scopes INTEGER,"
         " purpose INTEGER,"
         " expires_at INTEGER,"
         " rights INTEGER,"
         " request_id INTEGER,"
         " extra TEXT,"
         " PRIMARY KEY (chain_id, registry, block_number, log_index));"
         "CREATE INDEX ledger_events_patient ON ledger_events (patient, type);"
         "CREATE INDEX ledger_events_party ON ledger_events (party, type);"
         "CREATE TABLE ledger_sync ("
         " chain_id INTEGER NOT NULL,"
         " registry TEXT NOT NULL,"
         " last_block INTEGER NOT NULL,"
         " PRIMARY KEY (chain_id, registry));"},
    };
    return list;
}

int latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

} // namespace passbook::vault
