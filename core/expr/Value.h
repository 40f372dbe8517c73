// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/json/Json.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace core::expr {

__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;

namespace detail {
struct Node;
}

class Value;
using ValueList = std::vector<Value>;
using ValueMap = std::vector<std::pair<QString, Value>>; ///< insertion-ordered, unique keys

/// A java.time.ZonedDateTime: an instant in a zone, with nanoseconds beyond the millisecond.
struct DateTime
{
    QDateTime when;     ///< carries its QTimeZone
    int extraNanos = 0; ///< 0..999999, the part of the nano-of-second below the millisecond

    int nanoOfSecond() const { return when.time().msec() * 1000000 + extraNanos; }
};

/// A java.math.BigDecimal within 128 bits: unscaled * 10^-scale.
struct Decimal
{
    Int128 unscaled = 0;
    int scale = 0;
};

/// A java.math.BigInteger within 128 bits.
struct BigInteger
{
    Int128 value = 0;
};

/// A lambda argument (x -> x + 1); only array functions receive one.
struct Lambda
{
    const detail::Node *node = nullptr;
};

/// A runtime value with the Java type Data Prep would hold: Integer/Long/BigInteger widen into
/// each other, Float/Double/BigDecimal are kept apart, arrays and maps share their storage.
class Value
{
public:
    enum class Type
    {
        Null,
        Boolean,
        Integer,
        Long,
        BigInteger,
        Float,
        Double,
        Decimal,
        String,
        DateTime,
        List,
        Map,
        Lambda
    };

    Value() = default;
    explicit Value(bool b)
        : m_data(b)
    {}
    explicit Value(const char *) = delete;
    explicit Value(QString s)
        : m_data(std::move(s))
    {}
    explicit Value(double d)
        : m_data(d)
    {}
    explicit Value(float f)
        : m_data(f)
    {}
    explicit Value(Decimal d)
        : m_data(d)
    {}
    explicit Value(DateTime d)
        : m_data(std::make_shared<const DateTime>(std::move(d)))
    {}
    explicit Value(ValueList list)
        : m_data(std::make_shared<const ValueList>(std::move(list)))
    {}
    explicit Value(ValueMap map)
        : m_data(std::make_shared<const ValueMap>(std::move(map)))
    {}
    explicit Value(Lambda lambda)
        : m_data(lambda)
    {}

    /// The smallest of Integer, Long, BigInteger that holds value.
    static Value integral(Int128 value);
    static Value integer(qint32 v) { return fromVariant(v); }
    static Value longValue(qint64 v) { return fromVariant(v); }
    static Value bigInteger(Int128 v) { return fromVariant(BigInteger{v}); }

    /// Reads a JSON value the way Jackson would: integers as Integer or Long, fractions as
    /// Double, objects as ordered maps.
    static Value fromJson(const Json &json);
    /// Writes JSON: dates as ISO-8601, big integers as numbers when they fit in 64 bits.
    Json toJson() const;

    Type type() const { return static_cast<Type>(m_data.index()); }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Boolean; }
    bool isString() const { return type() == Type::String; }
    bool isList() const { return type() == Type::List; }
    bool isMap() const { return type() == Type::Map; }
    bool isDate() const { return type() == Type::DateTime; }
    bool isLambda() const { return type() == Type::Lambda; }
    bool isIntegral() const;
    bool isFloating() const { return type() == Type::Float || type() == Type::Double; }
    bool isNumber() const;

    bool asBool() const { return std::get<bool>(m_data); }
    const QString &asString() const { return std::get<QString>(m_data); }
    const ValueList &asList() const { return *std::get<ListPtr>(m_data); }
    const ValueMap &asMap() const { return *std::get<MapPtr>(m_data); }
    const DateTime &asDate() const { return *std::get<DatePtr>(m_data); }
    const Decimal &asDecimal() const { return std::get<Decimal>(m_data); }
    Lambda asLambda() const { return std::get<Lambda>(m_data); }
    float asFloat() const { return std::get<float>(m_data); }
    /// Any integral type as a 128-bit integer; call only when isIntegral().
    Int128 asInt128() const;
    /// Any number as a double (Decimal and big integers rounded).
    double toDouble() const;

    /// The member of a map by key, or nullptr.
    const Value *find(const QString &key) const;

    /// Java's toString(): what concatenation and concat() print.
    QString toJavaString() const;
    /// The Java type name used in messages: "String", "Integer", "ZonedDateTime", ...
    QString typeName() const;
    static QString typeName(Type type);

private:
    using ListPtr = std::shared_ptr<const ValueList>;
    using MapPtr = std::shared_ptr<const ValueMap>;
    using DatePtr = std::shared_ptr<const DateTime>;
    using Storage = std::variant<std::monostate, bool, qint32, qint64, BigInteger, float, double,
                                 Decimal, QString, DatePtr, ListPtr, MapPtr, Lambda>;

    template<typename T>
    static Value fromVariant(T v)
    {
        Value value;
        value.m_data = v;
        return value;
    }

    Storage m_data;
};

/// Decimal digits of a 128-bit integer.
QString int128ToString(Int128 value);
/// Parses optional sign and decimal digits; nullopt on anything else or overflow.
std::optional<Int128> parseInt128(QStringView text);
/// Parses a plain or scientific decimal ("1000000.34", "-2.5e3") exactly, when it fits.
std::optional<Decimal> parseDecimal(QStringView text);
QString decimalToString(const Decimal &d);
double decimalToDouble(const Decimal &d);
/// Java's Double.toString and Float.toString.
QString javaDoubleString(double d);
QString javaFloatString(float f);

} // namespace core::expr
