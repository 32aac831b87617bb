#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace lodestar {

/// Why an operation failed, where a caller must tell it apart from a fault of the program.
enum class ErrorCause {
    Unspecified,
    /// The disk holding the workspace is full: the user's to fix, like unusable input.
    DiskFull,
    /// A fault of the program or of reading a sound workspace, not of the input: exit code 1.
    Internal,
};

/// What went wrong: one sentence for the user, the detail (query error, place) for a developer.
struct Error
{
    QString message;
    QString detail;
    ErrorCause cause = ErrorCause::Unspecified;
};

/// A value or an Error, returned across library boundaries instead of int codes or exceptions.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const { return *m_value; }
    T &operator*() { return *m_value; }

    const Error &error() const { return m_error; }
    const QString &errorString() const { return m_error.message; }
    const QString &errorDetail() const { return m_error.detail; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Result of an operation that yields nothing but success or an Error.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    const QString &errorString() const { return m_error.message; }
    const QString &errorDetail() const { return m_error.detail; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace lodestar
