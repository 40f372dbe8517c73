// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "Value.h"

#include "core/expr/Behaviour.h"
#include "core/expr/DateFormat.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace core::expr {

namespace {

constexpr Int128 kInt128Max = Int128(~(UInt128)0 >> 1);

QString listToJavaString(const ValueList &list)
{
    QString text = QStringLiteral("[");
    for (size_t i = 0; i < list.size(); ++i) {
        if (i > 0) {
            text += QStringLiteral(", ");
        }
        text += list[i].toJavaString();
    }
    return text + QLatin1Char(']');
}

QString mapToJavaString(const ValueMap &map)
{
    QString text = QStringLiteral("{");
    for (size_t i = 0; i < map.size(); ++i) {
        if (i > 0) {
            text += QStringLiteral(", ");
        }
        text += map[i].first + QLatin1Char('=') + map[i].second.toJavaString();
    }
    return text + QLatin1Char('}');
}

// Shortest round-trip digits and decimal exponent of a finite, non-zero number, so that the
// value is 0.d1d2d3... * 10^exponent.
template<typename F>
std::pair<std::string, int> shortestDigits(F value)
{
    char buffer[64];
    auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    (void)ec;
    std::string text(buffer, end);
    const size_t e = text.find('e');
    std::string mantissa = text.substr(0, e);
    const int exponent = std::stoi(text.substr(e + 1));
    std::string digits;
    for (char c : mantissa) {
        if (c >= '0' && c <= '9') {
            digits += c;
        }
    }
    while (digits.size() > 1 && digits.back() == '0') {
        digits.pop_back();
    }
    return {digits, exponent + 1};
}

// Java's algorithm: plain notation for 1e-3 <= |v| < 1e7, else d.dddE±n; always one fraction
// digit.
template<typename F>
QString javaFloatingString(F value)
{
    if (std::isnan(value)) {
        return QStringLiteral("NaN");
    }
    if (std::isinf(value)) {
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    }
    if (value == 0) {
        return std::signbit(value) ? QStringLiteral("-0.0") : QStringLiteral("0.0");
    }
    const bool negative = value < 0;
    auto [digits, exponent] = shortestDigits(negative ? -value : value);
    std::string out;
    const double magnitude = std::fabs(double(value));
    if (magnitude >= 1e-3 && magnitude < 1e7) {
        if (exponent <= 0) {
            out = "0." + std::string(size_t(-exponent), '0') + digits;
        } else if (size_t(exponent) >= digits.size()) {
            out = digits + std::string(size_t(exponent) - digits.size(), '0') + ".0";
        } else {
            out = digits.substr(0, size_t(exponent)) + "." + digits.substr(size_t(exponent));
        }
    } else {
        out = digits.substr(0, 1) + "." + (digits.size() > 1 ? digits.substr(1) : "0") + "E" +
              std::to_string(exponent - 1);
    }
    return QString::fromLatin1((negative ? "-" : "") + out);
}

Json decimalToJson(const Decimal &d)
{
    if (d.scale <= 0) {
        Int128 v = d.unscaled;
        for (int i = 0; i < -d.scale; ++i) {
            if (v > kInt128Max / 10 || v < -kInt128Max / 10) {
                return Json(decimalToDouble(d));
            }
            v *= 10;
        }
        return Value::integral(v).toJson();
    }
    return Json(decimalToDouble(d));
}

} // namespace

Value Value::integral(Int128 value)
{
    if (value >= std::numeric_limits<qint32>::min() &&
        value <= std::numeric_limits<qint32>::max()) {
        return integer(qint32(value));
    }
    if (value >= std::numeric_limits<qint64>::min() &&
        value <= std::numeric_limits<qint64>::max()) {
        return longValue(qint64(value));
    }
    return bigInteger(value);
}

Value Value::fromJson(const Json &json)
{
    switch (json.type()) {
    case Json::value_t::null:
    case Json::value_t::discarded:
    case Json::value_t::binary:
        return Value();
    case Json::value_t::boolean:
        return Value(json.get<bool>());
    case Json::value_t::number_integer:
        return integral(json.get<qint64>());
    case Json::value_t::number_unsigned:
        return integral(Int128(json.get<quint64>()));
    case Json::value_t::number_float:
        return Value(json.get<double>());
    case Json::value_t::string:
        return Value(toQString(json.get_ref<const std::string &>()));
    case Json::value_t::array: {
        ValueList list;
        list.reserve(json.size());
        for (const Json &item : json) {
            list.push_back(fromJson(item));
        }
        return Value(std::move(list));
    }
    case Json::value_t::object: {
        ValueMap map;
        map.reserve(json.size());
        for (auto it = json.begin(); it != json.end(); ++it) {
            map.emplace_back(toQString(it.key()), fromJson(it.value()));
        }
        return Value(std::move(map));
    }
    }
    return Value();
}

Json Value::toJson() const
{
    switch (type()) {
    case Type::Null:
    case Type::Lambda:
        return Json();
    case Type::Boolean:
        return Json(asBool());
    case Type::Integer:
    case Type::Long:
        return Json(qint64(asInt128()));
    case Type::BigInteger: {
        const Int128 v = asInt128();
        if (v >= std::numeric_limits<qint64>::min() && v <= std::numeric_limits<qint64>::max()) {
            return Json(qint64(v));
        }
        if (v > 0 && v <= Int128(std::numeric_limits<quint64>::max())) {
            return Json(quint64(v));
        }
        return Json(toStdString(int128ToString(v)));
    }
    case Type::Float: {
        // The shortest float digits, read back as a double: 12.3456f prints as 12.3456.
        const QString text = javaFloatString(asFloat());
        const double d = text.toDouble();
        return std::isfinite(d) ? Json(d) : Json();
    }
    case Type::Double:
        return std::isfinite(std::get<double>(m_data)) ? Json(std::get<double>(m_data)) : Json();
    case Type::Decimal:
        return decimalToJson(asDecimal());
    case Type::String:
        return Json(toStdString(asString()));
    case Type::DateTime:
        return Json(toStdString(isoDateString(asDate())));
    case Type::List: {
        Json array = Json::array();
        for (const Value &item : asList()) {
            array.push_back(item.toJson());
        }
        return array;
    }
    case Type::Map: {
        Json object = Json::object();
        for (const auto &[key, item] : asMap()) {
            object[toStdString(key)] = item.toJson();
        }
        return object;
    }
    }
    return Json();
}

bool Value::isIntegral() const
{
    const Type t = type();
    return t == Type::Integer || t == Type::Long || t == Type::BigInteger;
}

bool Value::isNumber() const
{
    return isIntegral() || isFloating() || type() == Type::Decimal;
}

Int128 Value::asInt128() const
{
    switch (type()) {
    case Type::Integer:
        return std::get<qint32>(m_data);
    case Type::Long:
        return std::get<qint64>(m_data);
    case Type::BigInteger:
        return std::get<BigInteger>(m_data).value;
    default:
        return 0;
    }
}

double Value::toDouble() const
{
    switch (type()) {
    case Type::Integer:
    case Type::Long:
    case Type::BigInteger:
        return double(asInt128());
    case Type::Float:
        return double(asFloat());
    case Type::Double:
        return std::get<double>(m_data);
    case Type::Decimal:
        return decimalToDouble(asDecimal());
    default:
        return 0.0;
    }
}

const Value *Value::find(const QString &key) const
{
    if (!isMap()) {
        return nullptr;
    }
    for (const auto &entry : asMap()) {
        if (entry.first == key) {
            return &entry.second;
        }
    }
    return nullptr;
}

QString Value::toJavaString() const
{
    switch (type()) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Boolean:
        return asBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Integer:
    case Type::Long:
    case Type::BigInteger:
        return int128ToString(asInt128());
    case Type::Float:
        return javaFloatString(asFloat());
    case Type::Double:
        return javaDoubleString(std::get<double>(m_data));
    case Type::Decimal:
        return decimalToString(asDecimal());
    case Type::String:
        return asString();
    case Type::DateTime: {
        QString error;
        return formatDate(asDate(), QString::fromLatin1(behaviour::kDateInStringPattern), &error);
    }
    case Type::List:
        return listToJavaString(asList());
    case Type::Map:
        return mapToJavaString(asMap());
    case Type::Lambda:
        return QStringLiteral("(lambda)");
    }
    return QString();
}

QString Value::typeName() const
{
    return typeName(type());
}

QString Value::typeName(Type type)
{
    static const char *const names[] = {"null",  "Boolean", "Integer",    "Long",   "BigInteger",
                                        "Float", "Double",  "BigDecimal", "String", "ZonedDateTime",
                                        "array", "map",     "lambda"};
    return QLatin1String(names[int(type)]);
}

QString int128ToString(Int128 value)
{
    if (value == 0) {
        return QStringLiteral("0");
    }
    const bool negative = value < 0;
    UInt128 magnitude = negative ? (UInt128)(-(value + 1)) + 1 : (UInt128)value;
    char buffer[48];
    int at = sizeof buffer;
    while (magnitude > 0) {
        buffer[--at] = char('0' + int(magnitude % 10));
        magnitude /= 10;
    }
    if (negative) {
        buffer[--at] = '-';
    }
    return QString::fromLatin1(buffer + at, qsizetype(sizeof buffer) - at);
}

std::optional<Int128> parseInt128(QStringView text)
{
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == QLatin1Char('-') || text[i] == QLatin1Char('+'))) {
        negative = text[i] == QLatin1Char('-');
        ++i;
    }
    if (i >= text.size()) {
        return std::nullopt;
    }
    Int128 value = 0;
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
        if (value > (kInt128Max - (c - u'0')) / 10) {
            return std::nullopt;
        }
        value = value * 10 + (c - u'0');
    }
    return negative ? -value : value;
}

std::optional<Decimal> parseDecimal(QStringView text)
{
    qsizetype e = text.indexOf(QLatin1Char('e'), 0, Qt::CaseInsensitive);
    int exponent = 0;
    QStringView mantissa = text;
    if (e >= 0) {
        bool ok = false;
        exponent = text.mid(e + 1).toInt(&ok);
        if (!ok || exponent > 60 || exponent < -60) {
            return std::nullopt;
        }
        mantissa = text.left(e);
    }
    const qsizetype dot = mantissa.indexOf(QLatin1Char('.'));
    QString digits = mantissa.toString();
    int scale = 0;
    if (dot >= 0) {
        scale = int(mantissa.size() - dot - 1);
        digits.remove(dot, 1);
        if (scale == 0 && dot == 0) {
            return std::nullopt;
        }
    }
    if (digits.isEmpty() || digits == QLatin1String("-") || digits == QLatin1String("+")) {
        return std::nullopt;
    }
    const std::optional<Int128> unscaled = parseInt128(digits);
    if (!unscaled) {
        return std::nullopt;
    }
    return Decimal{*unscaled, scale - exponent};
}

QString decimalToString(const Decimal &d)
{
    QString digits = int128ToString(d.unscaled < 0 ? -d.unscaled : d.unscaled);
    const QString sign = d.unscaled < 0 ? QStringLiteral("-") : QString();
    if (d.scale <= 0) {
        return sign + digits + QString(-d.scale, QLatin1Char('0'));
    }
    if (digits.size() <= d.scale) {
        digits = QString(d.scale - digits.size() + 1, QLatin1Char('0')) + digits;
    }
    return sign + digits.left(digits.size() - d.scale) + QLatin1Char('.') + digits.right(d.scale);
}

double decimalToDouble(const Decimal &d)
{
    return decimalToString(d).toDouble();
}

QString javaDoubleString(double d)
{
    return javaFloatingString(d);
}

QString javaFloatString(float f)
{
    return javaFloatingString(f);
}

} // namespace core::expr
