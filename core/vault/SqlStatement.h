#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace passbook::vault {

// A prepared statement over the vault's SQLCipher connection (RAII, finalised on destruction).
class SqlStatement
{
public:
    SqlStatement(sqlite3 *db, const char *sql);
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;
    ~SqlStatement();

    [[nodiscard]] bool isValid() const { return m_stmt != nullptr; }
    void bind(int index, qint64 value);
    void bind(int index, const QString &value);
    void bind(int index, const QByteArray &value);
    void bindReal(int index, double value);
    void bindNull(int index);
    // Text that outlives the statement, bound without SQLite copying it (a secret in secure memory).
    void bindUncopied(int index, const char *text, int size);
    // true while a row is available; check error() after false.
    [[nodiscard]] bool step();
    [[nodiscard]] bool exec(); // runs to completion; false on error
    void reset();

    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] bool isNull(int column) const;

    [[nodiscard]] int errorCode() const { return m_rc; }
    [[nodiscard]] QString errorMessage() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = 0;
};

} // namespace passbook::vault
