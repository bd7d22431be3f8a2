#pragma once

#include "Migrations.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QSet>
#include <QString>

#include <mutex>

struct sqlite3;

namespace passbook::vault {

// passbook.db: the SQLCipher record database, keyed with a raw 256-bit key derived from VK (so
// SQLCipher's own PBKDF2 is not used). Every cipher setting is set and then read back, because
// SQLCipher 3.4 ignores unknown pragmas silently, and a plain SQLite would ignore all of them.
class VaultDatabase
{
public:
    static constexpr int kPageSize = 4096;

    VaultDatabase() = default;
    VaultDatabase(const VaultDatabase &) = delete;
    VaultDatabase &operator=(const VaultDatabase &) = delete;
    ~VaultDatabase();

    // Opens (or with `create`, creates) the database, verifies the key and cipher settings, and
    // applies pending migrations.
    [[nodiscard]] Result<void> open(const QString &path, const crypto::SecureBuffer &key, bool create,
                                    const QList<Migration> &schema = migrations());
    void close();
    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    [[nodiscard]] sqlite3 *handle() const { return m_db; }
    [[nodiscard]] int schemaVersion() const;

    [[nodiscard]] Result<QString> meta(const QString &key) const;
    [[nodiscard]] Result<void> setMeta(const QString &key, const QString &value);

    // A copy of this database — every table, index and the schema version — in a new file at `path`
    // encrypted under `key` (sqlcipher_export into an attached database), written and synced before
    // it returns. Whatever was at `path` (and its journal) is replaced. Writers wait meanwhile.
    [[nodiscard]] Result<void> copyTo(const QString &path, const crypto::SecureBuffer &key) const;

    // Full check: reads every page (each page's HMAC is verified) and SQLite's structure.
    [[nodiscard]] Result<void> integrityCheck() const;

    // A store's tables (Migrations.h, StoreSchema): applies the store's migrations this database
    // lacks, each in one transaction; then a no-op for this connection. Stores call it when they
    // are made; a failure is logged here, and the store's queries then fail with their own error.
    [[nodiscard]] Result<void> ensureSchema(const StoreSchema &schema);

    // Runs SQL in one transaction: everything or nothing.
    [[nodiscard]] Result<void> execInTransaction(const char *sql);

    [[nodiscard]] Error sqlError(const QString &what) const;

    // One connection serves the GUI thread and the worker threads (sync, decisions). SQLite
    // serialises the calls, but a transaction belongs to the connection, not the thread: every
    // write (a transaction or a lone statement) holds this lock, so one thread's statements never
    // land inside, or get rolled back with, another thread's transaction.
    [[nodiscard]] std::unique_lock<std::recursive_mutex> writeLock() const
    {
        return std::unique_lock<std::recursive_mutex>(m_writeMutex);
    }

private:
    [[nodiscard]] Result<void> exec(const char *sql) const;
    [[nodiscard]] Result<QString> pragma(const char *name) const;
    // Cipher settings to set on schema `schema` before its first read, then verify (verifyCipher).
    [[nodiscard]] Result<void> setCipher(const char *schema) const;
    [[nodiscard]] Result<void> verifyCipher(const char *schema) const;
    [[nodiscard]] Result<void> migrate(const QList<Migration> &schema);

    sqlite3 *m_db = nullptr;
    mutable std::recursive_mutex m_writeMutex;
    std::mutex m_schemaMutex;
    QSet<QString> m_schemasReady; // store schemas checked on this connection
};

} // namespace passbook::vault
