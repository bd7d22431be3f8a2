#include "SqlTransaction.h"

#include <sqlite3.h>

#include <utility>

namespace passbook::vault {

SqlTransaction::SqlTransaction(sqlite3 *db)
{
    if (db && sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK) {
        m_db = db;
    }
}

SqlTransaction::SqlTransaction(SqlTransaction &&other) noexcept : m_db(std::exchange(other.m_db, nullptr))
{
}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

bool SqlTransaction::commit()
{
    if (!m_db) {
        return false;
    }
    if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        return false; // still open (e.g. busy): rolled back at scope exit
    }
    m_db = nullptr;
    return true;
}

void SqlTransaction::rollback()
{
    if (m_db && sqlite3_get_autocommit(m_db) == 0) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    m_db = nullptr;
}

} // namespace passbook::vault
