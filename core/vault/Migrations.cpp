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
        {4, "connected hospitals and the passbook timeline with FTS4 search",
         "CREATE TABLE hospitals ("
         " participant TEXT PRIMARY KEY NOT NULL,"
         " name TEXT NOT NULL,"
         " endpoint TEXT NOT NULL,"
         " patient_ref TEXT NOT NULL,"
         " connected_at INTEGER NOT NULL,"
         " last_sync INTEGER,"
         " last_status TEXT,"
         " cursor TEXT);"
         "CREATE TABLE entries ("
         " id INTEGER PRIMARY KEY AUTOINCREMENT,"
         " hospital TEXT NOT NULL,"
         " resource_type TEXT NOT NULL,"
         " resource_id TEXT NOT NULL,"
         " version_id TEXT NOT NULL,"
         " last_updated INTEGER,"
         " category INTEGER NOT NULL,"
         " date INTEGER NOT NULL,"
         " title TEXT NOT NULL,"
         " summary TEXT NOT NULL,"
         " codes TEXT NOT NULL,"
         " status TEXT,"
         " out_of_range INTEGER NOT NULL DEFAULT 0,"
         " value REAL,"
         " unit TEXT,"
         " trend_key TEXT,"
         " dedup_key TEXT,"
         " duplicate_of INTEGER,"
         " integrity TEXT NOT NULL CHECK (integrity IN ('verified', 'pending', 'tampered', 'unproven')),"
         " proof TEXT,"
         " resource BLOB NOT NULL,"
         " fts_key INTEGER,"
         " UNIQUE (hospital, resource_type, resource_id));"
         "CREATE INDEX entries_date ON entries (date DESC, id DESC);"
         "CREATE INDEX entries_category_date ON entries (category, date DESC, id DESC);"
         "CREATE INDEX entries_hospital_date ON entries (hospital, date DESC, id DESC);"
         "CREATE INDEX entries_dedup ON entries (dedup_key);"
         "CREATE INDEX entries_trend ON entries (trend_key, date);"
         "CREATE UNIQUE INDEX entries_fts_key ON entries (fts_key);"
         // docids are date-ordered keys (TimelineStore::ftsKey), so matches come newest first
         "CREATE VIRTUAL TABLE entries_fts USING fts4(title, summary, codes, order=desc);"},
    };
    return list;
}

int latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

} // namespace passbook::vault
