#pragma once

struct sqlite3;

namespace passbook::vault {

// One write transaction (BEGIN IMMEDIATE) that rolls back on scope exit unless commit() succeeded,
// so a multi-step write either happens whole or not at all, whichever way the function returns.
//
//     SqlTransaction tx(db.handle());
//     if (!tx.isActive()) return db.sqlError("begin …");
//     … each step: on failure return db.sqlError("…");   // rolled back here
//     if (!tx.commit()) return db.sqlError("commit …");
//
// The error is read before the guard rolls back (the return value is built first), so it names the
// step that failed. Callers that share a connection across threads hold its write lock around it.
class SqlTransaction
{
public:
    explicit SqlTransaction(sqlite3 *db);
    SqlTransaction(SqlTransaction &&other) noexcept;
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;
    SqlTransaction &operator=(SqlTransaction &&) = delete;
    ~SqlTransaction();

    // Begun and neither committed nor rolled back yet.
    [[nodiscard]] bool isActive() const { return m_db != nullptr; }
    // False when the commit failed: the transaction is then rolled back at scope exit.
    [[nodiscard]] bool commit();
    // Ends it now without writing anything (also what the destructor does).
    void rollback();

private:
    sqlite3 *m_db = nullptr;
};

} // namespace passbook::vault
