// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/json/JsonPointer.h"
#include "core/xdm/DateAutoDetect.h"
#include "core/xdm/FormatCheck.h"
#include "core/xdm/Schema.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <unordered_set>

namespace core::xdm {

namespace {

constexpr int kDefaultMaxViolations = 5; // the streaming validator stops after five

/// JSON Schema type names as the streaming validator prints them in "expected type: ...".
const char *expectedName(XdmType type)
{
    switch (type) {
    case XdmType::String:
    case XdmType::Date:
    case XdmType::DateTime:
        return "String";
    case XdmType::Number:
        return "Number";
    case XdmType::Long:
    case XdmType::Int:
    case XdmType::Short:
    case XdmType::Byte:
        return "Integer";
    case XdmType::Boolean:
        return "Boolean";
    case XdmType::Map:
    case XdmType::Object:
        return "JSONObject";
    case XdmType::Array:
        return "JSONArray";
    case XdmType::Unknown:
        break;
    }
    return "any";
}

/// The Java class a JSON value would be read as, as "found: ..." prints it.
const char *foundName(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::string:
        return "String";
    case Json::value_t::boolean:
        return "Boolean";
    case Json::value_t::number_integer: {
        const std::int64_t number = value.get<std::int64_t>();
        const bool fitsInt = number >= std::numeric_limits<std::int32_t>::min() &&
                             number <= std::numeric_limits<std::int32_t>::max();
        return fitsInt ? "Integer" : "Long";
    }
    case Json::value_t::number_unsigned: {
        const std::uint64_t number = value.get<std::uint64_t>();
        if (number <= std::uint64_t(std::numeric_limits<std::int32_t>::max())) {
            return "Integer";
        }
        return number <= std::uint64_t(std::numeric_limits<std::int64_t>::max()) ? "Long"
                                                                                 : "BigInteger";
    }
    case Json::value_t::number_float:
        return "Double";
    case Json::value_t::object:
        return "JSONObject";
    case Json::value_t::array:
        return "JSONArray";
    default:
        return "Null";
    }
}

bool hasType(const Json &value, XdmType type)
{
    switch (type) {
    case XdmType::String:
    case XdmType::Date:
    case XdmType::DateTime:
        return value.is_string();
    case XdmType::Number:
        return value.is_number();
    case XdmType::Long:
    case XdmType::Int:
    case XdmType::Short:
    case XdmType::Byte:
        return value.is_number_integer();
    case XdmType::Boolean:
        return value.is_boolean();
    case XdmType::Map:
    case XdmType::Object:
        return value.is_object();
    case XdmType::Array:
        return value.is_array();
    case XdmType::Unknown:
        break;
    }
    return true;
}

qint64 codePoints(const std::string &text)
{
    qint64 count = 0;
    for (char c : text) {
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return count;
}

/// A schema limit as written: 90 rather than 90.0.
QString limitText(double value)
{
    if (std::trunc(value) == value && std::fabs(value) < 1e15) {
        return QString::number(static_cast<qint64>(value));
    }
    return toQString(dumpJson(Json(value)));
}

/// Walks an entity along its schema and collects X01-X07, stopping as the streaming validator
/// does once the cap of violations is passed.
class Validator
{
public:
    Validator(ValidationMode mode, int maxViolations)
        : m_mode(mode)
        , m_maxViolations(maxViolations)
    {}

    void checkRoot(const Json &entity, const Field &root)
    {
        std::string pointer;
        if (!entity.is_object()) {
            typeMismatch(entity, root, pointer);
            return;
        }
        checkValue(entity, root, pointer);
    }

    Problems takeProblems() { return std::move(m_problems); }

private:
    void report(const char *rule, QString message, const std::string &pointer)
    {
        if (m_stopped) {
            return;
        }
        if (m_violations == m_maxViolations) {
            m_stopped = true;
            Problem stop;
            stop.rule = QStringLiteral("X07");
            stop.severity = Severity::Info;
            stop.message = QStringLiteral("Validation stopped after %1 violations, as the "
                                          "streaming validator does; more may follow once these "
                                          "are fixed.")
                               .arg(m_maxViolations);
            stop.pointer = pointer;
            m_problems.push_back(std::move(stop));
            return;
        }
        ++m_violations;
        Problem problem;
        problem.rule = QString::fromLatin1(rule);
        problem.severity = Severity::Error;
        problem.message = std::move(message);
        problem.pointer = pointer;
        m_problems.push_back(std::move(problem));
    }

    void typeMismatch(const Json &value, const Field &field, const std::string &pointer)
    {
        report("X02",
               QStringLiteral("expected type: %1, found: %2")
                   .arg(QString::fromLatin1(expectedName(field.type)),
                        QString::fromLatin1(foundName(value))),
               pointer);
    }

    /// X05: Platform accepts neither null nor empty values; the key must be left out.
    bool isNullOrEmpty(const Json &value, const std::string &pointer)
    {
        const char *what = nullptr;
        if (value.is_null()) {
            what = "null";
        } else if (value.is_string() && value.get_ref<const std::string &>().empty()) {
            what = "an empty string";
        } else if ((value.is_object() || value.is_array()) && value.empty()) {
            what = value.is_object() ? "an empty object" : "an empty array";
        }
        if (!what) {
            return false;
        }
        report("X05",
               QStringLiteral("The value is %1; Platform does not accept null or empty values, "
                              "so leave the key out instead.")
                   .arg(QString::fromLatin1(what)),
               pointer);
        return true;
    }

    void checkValue(const Json &value, const Field &field, std::string &pointer)
    {
        if (m_stopped || isNullOrEmpty(value, pointer)) {
            return;
        }
        if (!hasType(value, field.type)) {
            typeMismatch(value, field, pointer);
            return;
        }
        switch (field.type) {
        case XdmType::Object:
            checkObject(value, field, pointer);
            return;
        case XdmType::Map:
            checkMap(value, field, pointer);
            return;
        case XdmType::Array:
            checkArray(value, field, pointer);
            return;
        default:
            checkScalar(value, field, pointer);
        }
    }

    void checkObject(const Json &value, const Field &field, std::string &pointer)
    {
        const size_t length = pointer.size();
        for (auto it = value.begin(); it != value.end() && !m_stopped; ++it) {
            jsonpointer::pushToken(pointer, it.key());
            const Field *child = field.child(it.key());
            if (child) {
                checkValue(it.value(), *child, pointer);
            } else {
                report(
                    "X01",
                    QStringLiteral("extraneous key [%1] is not permitted").arg(toQString(it.key())),
                    pointer);
            }
            pointer.resize(length);
        }
        if (m_mode == ValidationMode::Full) {
            checkRequired(value, field, pointer);
        }
    }

    void checkRequired(const Json &value, const Field &field, std::string &pointer)
    {
        const size_t length = pointer.size();
        for (const std::string &name : field.required) {
            if (m_stopped) {
                return;
            }
            if (value.contains(name)) {
                continue;
            }
            jsonpointer::pushToken(pointer, name);
            const Field *child = field.child(name);
            const bool identity = child && child->identity;
            report("X04",
                   QStringLiteral("required key [%1] not found%2")
                       .arg(toQString(name), identity
                                                 ? QStringLiteral(" (identity fields are required)")
                                                 : QString()),
                   pointer);
            pointer.resize(length);
        }
    }

    void checkMap(const Json &value, const Field &field, std::string &pointer)
    {
        const size_t length = pointer.size();
        for (auto it = value.begin(); it != value.end() && !m_stopped; ++it) {
            jsonpointer::pushToken(pointer, it.key());
            checkMapEntry(it.key(), it.value(), field, pointer);
            pointer.resize(length);
        }
    }

    void checkMapEntry(const std::string &key, const Json &entry, const Field &field,
                       std::string &pointer)
    {
        if (key.empty()) {
            report("X06", QStringLiteral("map key is empty; map keys must be non-empty strings"),
                   pointer);
            return;
        }
        if (isNullOrEmpty(entry, pointer)) {
            return;
        }
        if (field.values && !hasType(entry, field.values->type)) {
            report("X06",
                   QStringLiteral("map value [%1]: expected type: %2, found: %3")
                       .arg(toQString(key), QString::fromLatin1(expectedName(field.values->type)),
                            QString::fromLatin1(foundName(entry))),
                   pointer);
            return;
        }
        if (field.values) {
            checkValue(entry, *field.values, pointer);
        }
    }

    void checkArray(const Json &value, const Field &field, std::string &pointer)
    {
        if (!field.items) {
            return;
        }
        const size_t length = pointer.size();
        for (size_t i = 0; i < value.size() && !m_stopped; ++i) {
            pointer += '/';
            pointer += std::to_string(i);
            checkValue(value[i], *field.items, pointer);
            pointer.resize(length);
        }
    }

    void checkScalar(const Json &value, const Field &field, const std::string &pointer)
    {
        if (!field.enumValues.empty()) {
            checkEnum(value, field, pointer);
        }
        if (value.is_string()) {
            checkString(value.get_ref<const std::string &>(), field, pointer);
        } else if (value.is_number()) {
            checkNumber(value, field, pointer);
        }
    }

    void checkEnum(const Json &value, const Field &field, const std::string &pointer)
    {
        for (const Json &allowed : field.enumValues) {
            if (allowed == value) {
                return;
            }
        }
        QStringList allowed;
        for (const Json &entry : field.enumValues) {
            allowed << toQString(dumpJson(entry));
        }
        report("X03",
               QStringLiteral("%1 is not a valid enum value (allowed: %2)")
                   .arg(toQString(dumpJson(value)), allowed.join(QStringLiteral(", "))),
               pointer);
    }

    void checkString(const std::string &text, const Field &field, const std::string &pointer)
    {
        checkFormat(text, field, pointer);
        if (field.maxLength || field.minLength) {
            const qint64 length = codePoints(text);
            if (field.maxLength && length > *field.maxLength) {
                report("X03",
                       QStringLiteral("expected maxLength: %1, actual: %2")
                           .arg(*field.maxLength)
                           .arg(length),
                       pointer);
            }
            if (field.minLength && length < *field.minLength) {
                report("X03",
                       QStringLiteral("expected minLength: %1, actual: %2")
                           .arg(*field.minLength)
                           .arg(length),
                       pointer);
            }
        }
        if (field.hasPattern()) {
            checkPattern(text, field, pointer);
        }
    }

    void checkFormat(const std::string &text, const Field &field, const std::string &pointer)
    {
        std::string_view format = field.format;
        if (field.type == XdmType::Date) {
            format = "date";
        } else if (field.type == XdmType::DateTime) {
            format = "date-time";
        }
        if (format.empty() || FormatCheck::passes(format, text)) {
            return;
        }
        report("X03",
               QStringLiteral("[%1] is not %2")
                   .arg(toQString(text), QString::fromLatin1(FormatCheck::describe(format))),
               pointer);
    }

    void checkPattern(const std::string &text, const Field &field, const std::string &pointer)
    {
        if (!field.patternError.isEmpty()) {
            reportBrokenPattern(field, pointer);
            return;
        }
        if (!field.patternRegex.match(toQString(text)).hasMatch()) {
            report("X03",
                   QStringLiteral("string [%1] does not match pattern %2")
                       .arg(toQString(text), toQString(field.pattern)),
                   pointer);
        }
    }

    /// A schema problem, not a violation: reported once per field and not counted.
    void reportBrokenPattern(const Field &field, const std::string &pointer)
    {
        if (!m_brokenPatterns.insert(&field).second) {
            return;
        }
        Problem problem;
        problem.rule = QStringLiteral("X03");
        problem.severity = Severity::Warning;
        problem.origin = ProblemOrigin::Schema;
        problem.message = QStringLiteral("The schema's pattern %1 for this field does not "
                                         "compile (%2); values are not checked against it.")
                              .arg(toQString(field.pattern), field.patternError);
        problem.pointer = pointer;
        m_problems.push_back(std::move(problem));
    }

    void checkNumber(const Json &value, const Field &field, const std::string &pointer)
    {
        if (field.isIntegral()) {
            checkIntegerRange(value, field, pointer);
        }
        const double number = value.get<double>();
        if (field.minimum && number < *field.minimum) {
            report("X03",
                   QStringLiteral("%1 is not greater or equal to %2")
                       .arg(toQString(dumpJson(value)), limitText(*field.minimum)),
                   pointer);
        }
        if (field.maximum && number > *field.maximum) {
            report("X03",
                   QStringLiteral("%1 is not less or equal to %2")
                       .arg(toQString(dumpJson(value)), limitText(*field.maximum)),
                   pointer);
        }
    }

    void checkIntegerRange(const Json &value, const Field &field, const std::string &pointer)
    {
        const IntegerRange range = integerRange(field.type);
        const bool tooBig = value.is_number_unsigned()
                                ? value.get<std::uint64_t>() > std::uint64_t(range.high)
                                : value.get<std::int64_t>() > range.high;
        const bool tooSmall = !value.is_number_unsigned() && value.get<std::int64_t>() < range.low;
        if (tooBig || tooSmall) {
            report(
                "X03",
                QStringLiteral("%1 is out of range for %2 (%3 to %4)")
                    .arg(toQString(dumpJson(value)), QString::fromLatin1(xdmTypeName(field.type)))
                    .arg(range.low)
                    .arg(range.high),
                pointer);
        }
    }

    ValidationMode m_mode;
    int m_maxViolations;
    int m_violations = 0;
    bool m_stopped = false;
    Problems m_problems;
    std::unordered_set<const Field *> m_brokenPatterns;
};

} // namespace

Problems validate(const Json &entity, const Schema &schema, ValidationMode mode)
{
    return validate(entity, schema, mode, kDefaultMaxViolations);
}

Problems validate(const Json &entity, const Schema &schema, ValidationMode mode, int maxViolations)
{
    Validator validator(mode, std::max(0, maxViolations));
    validator.checkRoot(entity, schema.root());
    return validator.takeProblems();
}

} // namespace core::xdm
