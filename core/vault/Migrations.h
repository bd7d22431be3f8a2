#pragma once

#include <QList>

namespace passbook::vault {

// A migration: a version, what it does, and its SQL (run in one transaction). Append only: never
// edit a migration that has shipped.
struct Migration
{
    int version;
    const char *description;
    const char *sql;
};

// The vault's own migrations of passbook.db, in order; each sets PRAGMA user_version. The vault
// owns only vault_meta: versions 2-4 created the outbox, the ledger's events and the timeline
// before those stores owned their tables, and are kept, empty, so that a database written then
// still opens.
[[nodiscard]] const QList<Migration> &migrations();
[[nodiscard]] int latestSchemaVersion();

// A store's own tables (the outbox, the ledger's events, the timeline): its name and its
// migrations in order, kept beside the store. VaultDatabase::ensureSchema applies what a database
// lacks and records the version in vault_meta as "schema.<name>". A first migration uses CREATE …
// IF NOT EXISTS, so that it also adopts the tables a database got from the vault's versions 2-4.
struct StoreSchema
{
    const char *name;
    QList<Migration> migrations;
};

} // namespace passbook::vault
