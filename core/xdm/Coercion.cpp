// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/xdm/DateAutoDetect.h"
#include "core/xdm/Schema.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string_view>

namespace core::xdm {

namespace {

// Spec §6.8: exactly these spellings convert; "Yes" or "1" do not.
constexpr std::array<std::string_view, 8> kTrueWords = {"y",  "yes", "Y",    "YES",
                                                        "on", "ON",  "true", "TRUE"};
constexpr std::array<std::string_view, 8> kFalseWords = {"n",   "N",   "no",    "NO",
                                                         "off", "OFF", "false", "FALSE"};

// The long range the XDM documentation gives (field-constraints.md); Java's is wider.
constexpr std::int64_t kDocumentedLongLimit = 9007199254740991;
constexpr size_t kShownValueLength = 60;

/// The value as a message shows it: JSON text, shortened when long.
QString shown(const Json &value)
{
    if (value.is_object()) {
        return QStringLiteral("an object");
    }
    if (value.is_array()) {
        return QStringLiteral("an array");
    }
    std::string text = dumpJson(value);
    if (text.size() > kShownValueLength) {
        text.resize(kShownValueLength);
        text += "...";
    }
    return toQString(text);
}

QString typeOf(const Field &field)
{
    return QString::fromLatin1(xdmTypeName(field.type));
}

Coercion failure(const QString &message)
{
    Coercion out;
    out.error = message;
    return out;
}

Coercion success(Json value)
{
    Coercion out;
    out.value = std::move(value);
    return out;
}

Coercion notA(const Json &value, const char *what, const Field &field)
{
    return failure(QStringLiteral("%1 is not %2 for field of type %3")
                       .arg(shown(value), QString::fromLatin1(what), typeOf(field)));
}

template<size_t N>
bool isOneOf(const std::array<std::string_view, N> &words, std::string_view text)
{
    for (std::string_view word : words) {
        if (word == text) {
            return true;
        }
    }
    return false;
}

Coercion toText(const Json &value, const Field &field)
{
    switch (value.type()) {
    case Json::value_t::string:
        return success(value);
    case Json::value_t::boolean:
        return success(value.get<bool>() ? "true" : "false");
    case Json::value_t::number_integer:
        return success(std::to_string(value.get<std::int64_t>()));
    case Json::value_t::number_unsigned:
        return success(std::to_string(value.get<std::uint64_t>()));
    case Json::value_t::number_float:
        // Shortest round-trip spelling; integral doubles keep ".0" as Java's Double.toString does.
        return success(dumpJson(value));
    default:
        return failure(QStringLiteral("%1 cannot be converted to text for field of type %2")
                           .arg(shown(value), typeOf(field)));
    }
}

Coercion toBoolean(const Json &value, const Field &field)
{
    if (value.is_boolean()) {
        return success(value);
    }
    if (value.is_string()) {
        const std::string &text = value.get_ref<const std::string &>();
        if (isOneOf(kTrueWords, text)) {
            return success(true);
        }
        if (isOneOf(kFalseWords, text)) {
            return success(false);
        }
        return failure(QStringLiteral("%1 is not a boolean for field of type boolean (accepted: "
                                      "y, yes, on, true, n, no, off, false, in lower or upper "
                                      "case)")
                           .arg(shown(value)));
    }
    return notA(value, "a boolean", field);
}

/// Parses a whole decimal integer with an optional sign; false when it is not one or overflows.
bool parseInteger(std::string_view text, std::int64_t &out, bool &overflow)
{
    overflow = false;
    if (!text.empty() && text.front() == '+') {
        text.remove_prefix(1);
        if (!text.empty() && text.front() == '-') {
            return false;
        }
    }
    if (text.empty()) {
        return false;
    }
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (error == std::errc::result_out_of_range) {
        overflow = end == text.data() + text.size();
        return false;
    }
    return error == std::errc() && end == text.data() + text.size();
}

Coercion outOfRange(const Json &original, const Field &field)
{
    const IntegerRange range = integerRange(field.type);
    return failure(QStringLiteral("%1 is out of range for field of type %2 (%3 to %4)")
                       .arg(shown(original), typeOf(field))
                       .arg(range.low)
                       .arg(range.high));
}

Coercion inRange(std::int64_t number, const Json &original, const Field &field)
{
    const IntegerRange range = integerRange(field.type);
    if (number < range.low || number > range.high) {
        return outOfRange(original, field);
    }
    Coercion out = success(number);
    if (field.type == XdmType::Long &&
        (number > kDocumentedLongLimit || number < -kDocumentedLongLimit)) {
        out.warning = QStringLiteral("%1 is beyond ±%2, the range XDM documents for long; "
                                     "readers that use doubles lose precision")
                          .arg(shown(original))
                          .arg(kDocumentedLongLimit);
        out.warningRule = QStringLiteral("X03");
    }
    return out;
}

Coercion integralFromFloat(double number, const Json &original, const Field &field)
{
    if (!std::isfinite(number) || std::trunc(number) != number) {
        return failure(QStringLiteral("%1 has a fraction and cannot be stored in a field of "
                                      "type %2")
                           .arg(shown(original), typeOf(field)));
    }
    // 2^63 is the first double past the long range.
    if (number >= 9223372036854775808.0 || number < -9223372036854775808.0) {
        return outOfRange(original, field);
    }
    return inRange(std::int64_t(number), original, field);
}

bool parseDouble(std::string_view text, double &out)
{
    if (!text.empty() && text.front() == '+') {
        text.remove_prefix(1);
    }
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return !text.empty() && error == std::errc() && end == text.data() + text.size() &&
           std::isfinite(out);
}

/// "42" and "+42" convert; "42.0" converts as the number 42.0 would; "abc" does not.
Coercion integralFromText(const Json &value, const Field &field)
{
    const std::string &text = value.get_ref<const std::string &>();
    std::int64_t number = 0;
    bool overflow = false;
    if (parseInteger(text, number, overflow)) {
        return inRange(number, value, field);
    }
    if (overflow) {
        return outOfRange(value, field);
    }
    double real = 0;
    if (parseDouble(text, real)) {
        return integralFromFloat(real, value, field);
    }
    return notA(value, "a number", field);
}

Coercion toIntegral(const Json &value, const Field &field, const CoercionOptions &options)
{
    switch (value.type()) {
    case Json::value_t::number_integer:
        return inRange(value.get<std::int64_t>(), value, field);
    case Json::value_t::number_unsigned: {
        const std::uint64_t number = value.get<std::uint64_t>();
        if (number > std::uint64_t(std::numeric_limits<std::int64_t>::max())) {
            return outOfRange(value, field);
        }
        return inRange(std::int64_t(number), value, field);
    }
    case Json::value_t::number_float:
        return integralFromFloat(value.get<double>(), value, field);
    case Json::value_t::string: {
        if (!options.numericStringsToNumbers) {
            return notA(value, "a number", field);
        }
        return integralFromText(value, field);
    }
    default:
        return notA(value, "a number", field);
    }
}

Coercion toNumber(const Json &value, const Field &field, const CoercionOptions &options)
{
    if (value.is_number()) {
        return success(value);
    }
    if (!value.is_string() || !options.numericStringsToNumbers) {
        return notA(value, "a number", field);
    }
    double number = 0;
    if (!parseDouble(value.get_ref<const std::string &>(), number)) {
        return notA(value, "a number", field);
    }
    return success(number);
}

// TODO: numbers (epoch milliseconds) are not converted to dates, as nothing documents that
// Data Prep does; a documented example or a captured preview response would allow it.
Coercion toDate(const Json &value, const Field &field, const CoercionOptions &options)
{
    if (!value.is_string()) {
        return notA(value, field.type == XdmType::Date ? "a date" : "a date-time", field);
    }
    if (!options.autoDetectDates) {
        return success(value);
    }
    const DateDetection found = DateAutoDetect::detect(value.get_ref<const std::string &>());
    if (!found.reading) {
        return failure(QStringLiteral("%1 matches none of the date patterns Data Prep detects "
                                      "(M12); convert it with date(value, format)")
                           .arg(shown(value)));
    }

    const CivilDateTime &when = found.reading->value;
    Coercion out = success(field.type == XdmType::Date ? when.toDateText() : when.toDateTimeText());
    if (!found.ambiguity.empty()) {
        out.warning = QStringLiteral("%1 was read with pattern %2 as %3, but %4; give the format "
                                     "with date(value, format)")
                          .arg(shown(value), toQString(found.reading->pattern),
                               toQString(out.value.get_ref<const std::string &>()),
                               toQString(found.ambiguity));
        out.warningRule = QStringLiteral("M11");
    }
    return out;
}

/// Collects what nested conversions dropped, to report it once for the whole value.
struct DroppedParts
{
    QString first;
    QString firstRule;
    int count = 0;

    void add(const std::string &where, const Coercion &part, bool failed)
    {
        const QString &message = failed ? part.error : part.warning;
        if (count++ == 0) {
            first = QStringLiteral("%1: %2").arg(toQString(where), message);
            firstRule = failed ? QStringLiteral("M06") : part.warningRule;
        }
    }

    void report(Coercion &out) const
    {
        if (count == 0) {
            return;
        }
        out.warning =
            count == 1 ? first : QStringLiteral("%1 (and %2 more)").arg(first).arg(count - 1);
        out.warningRule = firstRule;
    }
};

Coercion coerceMember(const Json &member, const Field &field, const CoercionOptions &options,
                      const std::string &where, DroppedParts &dropped, bool &keep)
{
    Coercion part = coerce(member, field, options);
    keep = part.ok();
    if (!part.ok()) {
        dropped.add(where, part, true);
    } else if (!part.warning.isEmpty()) {
        dropped.add(where, part, false);
    }
    return part;
}

Coercion toObject(const Json &value, const Field &field, const CoercionOptions &options)
{
    if (!value.is_object()) {
        return notA(value, field.type == XdmType::Map ? "a map (an object)" : "an object", field);
    }
    Json out = Json::object();
    DroppedParts dropped;
    for (auto it = value.begin(); it != value.end(); ++it) {
        const Field *child =
            field.type == XdmType::Map ? field.values.get() : field.child(it.key());
        if (!child) {
            out[it.key()] = it.value(); // not in the schema: validation reports X01
            continue;
        }
        bool keep = false;
        Coercion part = coerceMember(it.value(), *child, options, it.key(), dropped, keep);
        if (keep) {
            out[it.key()] = std::move(part.value);
        }
    }
    Coercion result = success(std::move(out));
    dropped.report(result);
    return result;
}

Coercion toArray(const Json &value, const Field &field, const CoercionOptions &options)
{
    if (!value.is_array()) {
        return notA(value, "an array", field);
    }
    if (!field.items) {
        return success(value);
    }
    Json out = Json::array();
    DroppedParts dropped;
    for (size_t i = 0; i < value.size(); ++i) {
        bool keep = false;
        Coercion part = coerceMember(value[i], *field.items, options, "[" + std::to_string(i) + "]",
                                     dropped, keep);
        if (keep) {
            out.push_back(std::move(part.value));
        }
    }
    Coercion result = success(std::move(out));
    dropped.report(result);
    return result;
}

} // namespace

Coercion coerce(const Json &value, const Field &field, const CoercionOptions &options)
{
    if (value.is_null()) {
        return success(Json());
    }
    switch (field.type) {
    case XdmType::String:
        return toText(value, field);
    case XdmType::Boolean:
        return toBoolean(value, field);
    case XdmType::Long:
    case XdmType::Int:
    case XdmType::Short:
    case XdmType::Byte:
        return toIntegral(value, field, options);
    case XdmType::Number:
        return toNumber(value, field, options);
    case XdmType::Date:
    case XdmType::DateTime:
        return toDate(value, field, options);
    case XdmType::Object:
    case XdmType::Map:
        return toObject(value, field, options);
    case XdmType::Array:
        return toArray(value, field, options);
    case XdmType::Unknown:
        break;
    }
    return success(value);
}

} // namespace core::xdm
