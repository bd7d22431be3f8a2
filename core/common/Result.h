#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace passbook {

// What kind of failure it is; the CLI maps these onto its exit codes (DESIGN.md §7).
enum class ErrorCode
{
    InvalidInput,    // the user typed or passed something malformed (exit 2 on the CLI when it is usage)
    WrongSecret,     // wrong password, refused authentication (exit 3)
    Throttled,       // too many wrong passwords; try later (exit 3)
    Damaged,         // data on disk failed an integrity check (exit 4)
    DamagedDatabase, // the vault opened but its record database is damaged or stale (exit 4)
    Io,              // the disk refused a read or write (exit 4)
    NotFound,        // no vault, no such item (exit 2)
    Unreachable,     // network or ledger unreachable (exit 5)
    Rejected,        // the ledger rejected the transaction (exit 6)
    Internal,
};

// A failure a user can meet: `message` is a sentence for people (what happened, what to do),
// `detail` is for logs and never contains secrets or medical data.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_value(std::move(error)) {}

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] T &value() & { return std::get<T>(m_value); }
    [[nodiscard]] T &&value() && { return std::get<T>(std::move(m_value)); }
    [[nodiscard]] const T &value() const & { return std::get<T>(m_value); }
    [[nodiscard]] const Error &error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail)};
}

} // namespace passbook
