#include "VaultDatabase.h"

#include "SqlStatement.h"
#include "SqlTransaction.h"
#include "crypto/Hex.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <sodium.h>
#define SQLITE_HAS_CODEC 1 // SQLCipher: declares sqlite3_key_v2
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcVault, "passbook.vault")

namespace passbook::vault {

namespace {
Error damagedDatabase(const QString &detail)
{
    return makeError(ErrorCode::DamagedDatabase,
                     QCoreApplication::translate(
                         "passbook",
                         "Your password is right, but the record database on this device is damaged. "
                         "Your keys are safe: rebuild the database and your records will be "
                         "downloaded again from your hospitals."),
                     detail);
}

// The key as SQLCipher's raw-key form x'<64 hex>' (no SQLCipher KDF), built in secure memory.
crypto::SecureBuffer rawKeyText(const crypto::SecureBuffer &key)
{
    crypto::SecureBuffer raw(2 + 64 + 1 + 1);
    char *text = reinterpret_cast<char *>(raw.data());
    text[0] = 'x';
    text[1] = '\'';
    sodium_bin2hex(text + 2, 65, key.data(), key.size());
    text[66] = '\'';
    return crypto::SecureBuffer::copyOf(raw.view().first(67));
}
} // namespace

VaultDatabase::~VaultDatabase()
{
    close();
}

void VaultDatabase::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    std::lock_guard guard(m_schemaMutex);
    m_schemasReady.clear();
}

Error VaultDatabase::sqlError(const QString &what) const
{
    const int rc = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_ERROR;
    const QString msg = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    const int primary = rc & 0xff;
    if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT) {
        return damagedDatabase(QStringLiteral("%1: %2").arg(what, msg));
    }
    if (primary == SQLITE_FULL || primary == SQLITE_IOERR || primary == SQLITE_READONLY ||
        primary == SQLITE_CANTOPEN || primary == SQLITE_PERM) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "passbook",
                             "The record database could not be written: the device's storage is full "
                             "or read-only. Nothing was lost; free some space and try again."),
                         QStringLiteral("%1: %2").arg(what, msg));
    }
    return makeError(
        ErrorCode::Internal,
        QCoreApplication::translate("passbook", "The record database reported an unexpected error."),
        QStringLiteral("%1: %2 (%3)").arg(what, msg).arg(rc));
}

Result<void> VaultDatabase::exec(const char *sql) const
{
    char *err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        sqlite3_free(err);
        return sqlError(QStringLiteral("exec"));
    }
    return {};
}

Result<QString> VaultDatabase::pragma(const char *name) const
{
    const QByteArray sql = QByteArrayLiteral("PRAGMA ") + name + ';';
    SqlStatement st(m_db, sql.constData());
    if (!st.isValid()) {
        return sqlError(QStringLiteral("pragma %1").arg(QString::fromLatin1(name)));
    }
    if (st.step()) {
        return st.text(0);
    }
    if (st.errorCode() != SQLITE_DONE) {
        return sqlError(QStringLiteral("pragma %1").arg(QString::fromLatin1(name)));
    }
    return QString();
}

Result<void> VaultDatabase::open(const QString &path, const crypto::SecureBuffer &key, bool create,
                                 const QList<Migration> &schema)
{
    close();
    if (key.size() != 32) {
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("passbook", "Internal error opening the database."),
                         QStringLiteral("database key must be 32 bytes"));
    }
    if (!create && !QFile::exists(path)) {
        return damagedDatabase(QStringLiteral("database file missing"));
    }
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_FULLMUTEX;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        Error e = sqlError(QStringLiteral("open"));
        close();
        return e;
    }
    // The key handed over with sqlite3_key_v2: never SQL text, which the parser would copy into
    // memory nobody wipes.
    {
        const crypto::SecureBuffer text = rawKeyText(key);
        if (sqlite3_key_v2(m_db, "main", text.data(), int(text.size())) != SQLITE_OK) {
            Error e = sqlError(QStringLiteral("key"));
            close();
            return e;
        }
    }
    if (auto r = setCipher("main"); !r) {
        close();
        return r.error();
    }
    // The first real read: a wrong key or a damaged first page shows up here.
    {
        SqlStatement probe(m_db, "SELECT count(*) FROM sqlite_master;");
        if (!probe.isValid() || !probe.step()) {
            Error e = sqlError(QStringLiteral("first read"));
            close();
            return e;
        }
    }
    const auto version = pragma("cipher_version");
    if (!version || version.value().isEmpty()) {
        close();
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("passbook",
                                        "This build of the app has no database encryption and will not store "
                                        "records."),
            QStringLiteral("cipher_version empty: linked against plain SQLite"));
    }
    if (auto r = verifyCipher("main"); !r) {
        close();
        return r.error();
    }
    for (const char *p :
         {"PRAGMA temp_store = MEMORY;", "PRAGMA secure_delete = ON;", "PRAGMA foreign_keys = ON;",
          "PRAGMA journal_mode = WAL;", "PRAGMA synchronous = FULL;",
          // 32 MiB of decrypted pages: the timeline's indexes stay in memory while a large sync
          // inserts in date, category and hospital order at once (each miss is a page decryption).
          "PRAGMA cache_size = -32768;"}) {
        if (auto r = exec(p); !r) {
            close();
            return r.error();
        }
    }
    if (auto r = migrate(schema); !r) {
        close();
        return r.error();
    }
    return {};
}

namespace {
// Every cipher setting of the project's databases, set before the first read and then read back,
// because SQLCipher 3.4 ignores unknown pragmas silently.
struct CipherSetting
{
    const char *name;
    const char *value;
    const char *readBack;
};
constexpr CipherSetting kCipherSettings[] = {
    {"cipher_page_size", "4096", "4096"},
    {"cipher_use_hmac", "ON", "1"},
};
} // namespace

Result<void> VaultDatabase::setCipher(const char *schema) const
{
    for (const CipherSetting &c : kCipherSettings) {
        const QByteArray sql = QByteArrayLiteral("PRAGMA ") + schema + '.' + c.name + " = " + c.value + ';';
        if (auto r = exec(sql.constData()); !r) {
            return r.error();
        }
    }
    return {};
}

Result<void> VaultDatabase::verifyCipher(const char *schema) const
{
    for (const CipherSetting &c : kCipherSettings) {
        const QByteArray name = QByteArray(schema) + '.' + c.name;
        const auto value = pragma(name.constData());
        if (!value || value.value() != QLatin1String(c.readBack)) {
            return makeError(
                ErrorCode::Internal,
                QCoreApplication::translate("passbook", "The database encryption is not set up as required."),
                QStringLiteral("cipher setting %1 reads back as '%2'")
                    .arg(QString::fromLatin1(name), value ? value.value() : QString()));
        }
    }
    return {};
}

Result<void> VaultDatabase::copyTo(const QString &path, const crypto::SecureBuffer &key) const
{
    if (key.size() != 32) {
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("passbook", "Internal error opening the database."),
                         QStringLiteral("database key must be 32 bytes"));
    }
    const auto lock = writeLock();
    for (const char *suffix : {"", "-journal", "-wal", "-shm"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
    {
        // ATTACH opens with this connection's flags, which may not include creating: an empty file
        // is an empty database to SQLite.
        QFile empty(path);
        if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate(
                                 "passbook",
                                 "The record database could not be written: the device's storage is full "
                                 "or read-only. Nothing was lost; free some space and try again."),
                             QStringLiteral("copy: %1").arg(empty.errorString()));
        }
        empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    {
        // The key bound (not SQL text) straight from secure memory, without SQLite copying it; the
        // codec copies it and wipes that copy.
        const crypto::SecureBuffer text = rawKeyText(key);
        SqlStatement attach(m_db, "ATTACH DATABASE ? AS rekeyed KEY ?;");
        if (!attach.isValid()) {
            return sqlError(QStringLiteral("attach"));
        }
        attach.bind(1, path);
        attach.bindUncopied(2, reinterpret_cast<const char *>(text.data()), int(text.size()));
        if (!attach.exec()) {
            return sqlError(QStringLiteral("attach"));
        }
    }
    const auto copied = [&]() -> Result<void> {
        if (auto r = setCipher("rekeyed"); !r) {
            return r.error();
        }
        for (const char *p :
             {"PRAGMA rekeyed.journal_mode = DELETE;", "PRAGMA rekeyed.synchronous = FULL;"}) {
            if (auto r = exec(p); !r) {
                return r.error();
            }
        }
        if (auto r = verifyCipher("rekeyed"); !r) {
            return r.error();
        }
        if (auto r = exec("SELECT sqlcipher_export('rekeyed');"); !r) {
            return r.error();
        }
        // sqlcipher_export (3.4) copies tables and indexes, not the schema version
        const QByteArray version =
            QByteArrayLiteral("PRAGMA rekeyed.user_version = ") + QByteArray::number(schemaVersion()) + ';';
        return exec(version.constData());
    }();
    const bool detached =
        sqlite3_exec(m_db, "DETACH DATABASE rekeyed;", nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!copied) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        return copied.error();
    }
    if (!detached) {
        return sqlError(QStringLiteral("detach"));
    }
    return {};
}

int VaultDatabase::schemaVersion() const
{
    const auto v = pragma("user_version");
    return v ? v.value().toInt() : -1;
}

Result<void> VaultDatabase::migrate(const QList<Migration> &schema)
{
    const int current = schemaVersion();
    const int latest = schema.isEmpty() ? 0 : schema.last().version;
    if (current < 0) {
        return sqlError(QStringLiteral("user_version"));
    }
    if (current > latest) {
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate(
                             "passbook",
                             "This record database was written by a newer version of Health Passbook. "
                             "Update the app to open it."),
                         QStringLiteral("schema %1 > %2").arg(current).arg(latest));
    }
    for (const Migration &m : schema) {
        if (m.version <= current) {
            continue;
        }
        SqlTransaction tx(m_db);
        const QByteArray sql =
            QByteArray(m.sql) + "PRAGMA user_version = " + QByteArray::number(m.version) + ";";
        if (!tx.isActive() || sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK ||
            !tx.commit()) {
            return sqlError(QStringLiteral("migration %1").arg(m.version));
        }
        qCInfo(lcVault) << "migrated database to schema" << m.version << m.description;
    }
    return {};
}

Result<void> VaultDatabase::ensureSchema(const StoreSchema &schema)
{
    const QString name = QString::fromLatin1(schema.name);
    {
        std::lock_guard guard(m_schemaMutex);
        if (m_schemasReady.contains(name)) {
            return {};
        }
    }
    const auto lock = writeLock();
    const auto failed = [&](const Error &e) {
        qCWarning(lcVault) << "schema" << name << "could not be applied:" << e.detail;
        return e;
    };
    const QString key = QStringLiteral("schema.") + name;
    const auto stored = meta(key);
    if (!stored && stored.error().code != ErrorCode::NotFound) {
        return failed(stored.error());
    }
    const int current = stored ? stored.value().toInt() : 0; // 0: never applied
    const int latest = schema.migrations.isEmpty() ? 0 : schema.migrations.last().version;
    if (current > latest) {
        return failed(makeError(
            ErrorCode::Damaged,
            QCoreApplication::translate("passbook",
                                        "This record database was written by a newer version of Health "
                                        "Passbook. Update the app to open it."),
            QStringLiteral("schema %1: %2 > %3").arg(name).arg(current).arg(latest)));
    }
    for (const Migration &m : schema.migrations) {
        if (m.version <= current) {
            continue;
        }
        SqlTransaction tx(m_db);
        if (!tx.isActive() || sqlite3_exec(m_db, m.sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
            return failed(sqlError(QStringLiteral("schema %1 migration %2").arg(name).arg(m.version)));
        }
        if (auto recorded = setMeta(key, QString::number(m.version)); !recorded) {
            return failed(recorded.error());
        }
        if (!tx.commit()) {
            return failed(sqlError(QStringLiteral("schema %1 migration %2").arg(name).arg(m.version)));
        }
        qCInfo(lcVault) << "migrated" << name << "to schema" << m.version << m.description;
    }
    std::lock_guard guard(m_schemaMutex);
    m_schemasReady.insert(name);
    return {};
}

Result<void> VaultDatabase::execInTransaction(const char *sql)
{
    const auto lock = writeLock();
    SqlTransaction tx(m_db);
    if (!tx.isActive() || sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK || !tx.commit()) {
        return sqlError(QStringLiteral("transaction"));
    }
    return {};
}

Result<QString> VaultDatabase::meta(const QString &key) const
{
    SqlStatement st(m_db, "SELECT value FROM vault_meta WHERE key = ?;");
    if (!st.isValid()) {
        return sqlError(QStringLiteral("meta read"));
    }
    st.bind(1, key);
    if (st.step()) {
        return st.text(0);
    }
    if (st.errorCode() != SQLITE_DONE) {
        return sqlError(QStringLiteral("meta read"));
    }
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("passbook", "A vault setting is missing."),
                     QStringLiteral("meta key %1 missing").arg(key));
}

Result<void> VaultDatabase::setMeta(const QString &key, const QString &value)
{
    const auto lock = writeLock();
    // SQLite 3.15 has no UPSERT; INSERT OR REPLACE on the primary key does the job.
    SqlStatement st(m_db, "INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?);");
    if (!st.isValid()) {
        return sqlError(QStringLiteral("meta write"));
    }
    st.bind(1, key);
    st.bind(2, value);
    if (!st.exec()) {
        return sqlError(QStringLiteral("meta write"));
    }
    return {};
}

Result<void> VaultDatabase::integrityCheck() const
{
    SqlStatement st(m_db, "PRAGMA integrity_check;");
    if (!st.isValid()) {
        return sqlError(QStringLiteral("integrity_check"));
    }
    QStringList problems;
    while (st.step()) {
        const QString line = st.text(0);
        if (line != QLatin1String("ok")) {
            problems << line;
        }
    }
    if (st.errorCode() != SQLITE_DONE) {
        // SQLCipher 3.4 reports a page whose HMAC does not verify as a generic SQLITE_ERROR; while
        // reading every page for this check, any failure to read is damage.
        const Error e = sqlError(QStringLiteral("integrity_check"));
        return e.code == ErrorCode::Io ? e : damagedDatabase(e.detail);
    }
    if (!problems.isEmpty()) {
        return damagedDatabase(QStringLiteral("integrity_check: %1 problems").arg(problems.size()));
    }
    return {};
}

} // namespace passbook::vault
