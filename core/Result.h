// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace core {

/// What kind of failure an Error reports. Callers branch on the code; users read the message.
enum class ErrorCode
{
    InvalidArgument, ///< the caller passed something that cannot be used
    NotFound,        ///< a file, key or name that should exist does not
    Io,              ///< reading or writing failed
    Parse,           ///< text that should be JSON, an expression or a path is malformed
    Schema,          ///< a schema cannot be loaded or resolved
    Limit,           ///< an input is past a size, depth or count limit
    Unsupported,     ///< valid input that Patchbay does not handle
    Internal,        ///< a bug: something that cannot happen did
};

/// A failure with a code and a message written for the user, optionally with its place.
class Error
{
public:
    Error(ErrorCode code, QString message)
        : m_code(code)
        , m_message(std::move(message))
    {}

    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }

    /// 1-based line and column of the failure in its text, 0 when unknown.
    int line() const { return m_line; }
    int column() const { return m_column; }
    qsizetype offset() const { return m_offset; }
    Error &at(int line, int column, qsizetype offset = -1)
    {
        m_line = line;
        m_column = column;
        m_offset = offset;
        return *this;
    }

private:
    ErrorCode m_code;
    QString m_message;
    int m_line = 0;
    int m_column = 0;
    qsizetype m_offset = -1;
};

/// A value or the Error that kept it from being made. Core returns these instead of throwing.
///
///     Result<MappingSet> set = MappingSet::fromJson(doc);
///     if (!set)
///         return set.error();
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool isOk() const { return m_state.index() == 0; }
    explicit operator bool() const { return isOk(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// The Result of an operation that has nothing to return but can fail.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    bool isOk() const { return !m_failed; }
    explicit operator bool() const { return isOk(); }
    const Error &error() const { return m_error; }

private:
    Error m_error{ErrorCode::Internal, QString()};
    bool m_failed = false;
};

} // namespace core
