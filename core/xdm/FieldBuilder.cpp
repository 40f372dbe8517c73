// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/xdm/FieldBuilder.h"

#include "core/json/JsonPointer.h"
#include "core/xdm/Schema.h"

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace core::xdm {

namespace {

constexpr int kMaxDepth = 128;

struct TypeSpelling
{
    std::string_view name;
    XdmType type;
};

// meta:xdmType spellings; "integer" and "double" are accepted as the names users also write.
constexpr std::array<TypeSpelling, 16> kXdmTypes = {{
    {"string", XdmType::String},
    {"number", XdmType::Number},
    {"double", XdmType::Number},
    {"long", XdmType::Long},
    {"int", XdmType::Int},
    {"integer", XdmType::Int},
    {"short", XdmType::Short},
    {"byte", XdmType::Byte},
    {"date", XdmType::Date},
    {"date-time", XdmType::DateTime},
    {"datetime", XdmType::DateTime},
    {"boolean", XdmType::Boolean},
    {"map", XdmType::Map},
    {"object", XdmType::Object},
    {"array", XdmType::Array},
    {"any", XdmType::Unknown},
}};

Error wrongType(const std::string &where, const char *member, const char *expected,
                const Json &found)
{
    return Error(ErrorCode::Schema,
                 QStringLiteral("%1/%2 must be %3, not %4.")
                     .arg(toQString(where), QString::fromLatin1(member),
                          QString::fromLatin1(expected), QString::fromLatin1(jsonTypeName(found))));
}

std::string readString(const Json &node, const char *member)
{
    const auto it = node.find(member);
    return it != node.end() && it->is_string() ? it->get<std::string>() : std::string();
}

/// The JSON Schema "type", or one of ["string", "null"]-style lists without the "null".
Result<std::string> jsonSchemaType(const Json &node, const std::string &where)
{
    const auto it = node.find("type");
    if (it == node.end()) {
        return std::string();
    }
    if (it->is_string()) {
        return it->get<std::string>();
    }
    if (it->is_array()) {
        std::string single;
        for (const Json &entry : *it) {
            if (entry.is_string() && entry.get_ref<const std::string &>() != "null") {
                if (!single.empty()) {
                    return Error(ErrorCode::Unsupported,
                                 QStringLiteral("%1/type lists several types; an XDM field has "
                                                "one.")
                                     .arg(toQString(where)));
                }
                single = entry.get<std::string>();
            }
        }
        return single;
    }
    return wrongType(where, "type", "a type name", *it);
}

XdmType typeFromJsonSchema(const std::string &type, const Json &node)
{
    if (type == "string") {
        const std::string format = readString(node, "format");
        if (format == "date") {
            return XdmType::Date;
        }
        return format == "date-time" ? XdmType::DateTime : XdmType::String;
    }
    if (type == "integer") {
        return XdmType::Long;
    }
    if (type == "number") {
        return XdmType::Number;
    }
    if (type == "boolean") {
        return XdmType::Boolean;
    }
    if (type == "array") {
        return XdmType::Array;
    }
    if (type == "object") {
        const auto additional = node.find("additionalProperties");
        const bool isMap =
            !node.contains("properties") && additional != node.end() && additional->is_object();
        return isMap ? XdmType::Map : XdmType::Object;
    }
    return XdmType::Unknown;
}

Result<std::optional<double>> readNumber(const Json &node, const char *member,
                                         const std::string &where)
{
    const auto it = node.find(member);
    if (it == node.end()) {
        return std::optional<double>();
    }
    if (!it->is_number()) {
        return wrongType(where, member, "a number", *it);
    }
    return std::optional<double>(it->get<double>());
}

Result<std::optional<qint64>> readLength(const Json &node, const char *member,
                                         const std::string &where)
{
    const auto it = node.find(member);
    if (it == node.end()) {
        return std::optional<qint64>();
    }
    if (!it->is_number_integer() || it->get<qint64>() < 0) {
        return wrongType(where, member, "a non-negative integer", *it);
    }
    return std::optional<qint64>(it->get<qint64>());
}

} // namespace

Result<std::unique_ptr<Field>> FieldBuilder::build(const Json &node, std::string name,
                                                   const std::string &where)
{
    return build(node, std::move(name), where, 0);
}

Result<std::unique_ptr<Field>> FieldBuilder::build(const Json &node, std::string name,
                                                   const std::string &where, int depth)
{
    if (depth > kMaxDepth) {
        return Error(ErrorCode::Limit, QStringLiteral("The schema nests deeper than %1 levels at "
                                                      "%2.")
                                           .arg(kMaxDepth)
                                           .arg(toQString(where)));
    }
    if (!node.is_object()) {
        return Error(ErrorCode::Schema,
                     QStringLiteral("%1 must be a field definition (an "
                                    "object), not %2.")
                         .arg(toQString(where), QString::fromLatin1(jsonTypeName(node))));
    }

    auto field = std::make_unique<Field>();
    field->name = std::move(name);
    field->xdmName = readString(node, "meta:xdmField");
    field->title = readString(node, "title");
    field->description = readString(node, "description");

    Result<void> step = readType(node, *field, where);
    if (step) {
        step = readConstraints(node, *field, where);
    }
    if (step) {
        step = readChildren(node, *field, where, depth);
    }
    if (!step) {
        return step.error();
    }
    return field;
}

Result<void> FieldBuilder::readType(const Json &node, Field &field, const std::string &where)
{
    Result<std::string> type = jsonSchemaType(node, where);
    if (!type) {
        return type.error();
    }
    field.type = typeFromJsonSchema(*type, node);
    if (type->empty() && node.contains("properties")) {
        field.type = XdmType::Object;
    }
    if (!type->empty() && field.type == XdmType::Unknown) {
        return Error(ErrorCode::Schema, QStringLiteral("%1/type \"%2\" is not a JSON Schema type.")
                                            .arg(toQString(where), toQString(*type)));
    }

    const auto xdmType = node.find("meta:xdmType");
    if (xdmType == node.end()) {
        return {};
    }
    if (!xdmType->is_string()) {
        return wrongType(where, "meta:xdmType", "an XDM type name", *xdmType);
    }
    const std::string &spelling = xdmType->get_ref<const std::string &>();
    for (const TypeSpelling &entry : kXdmTypes) {
        if (entry.name == spelling) {
            field.type = entry.type;
            return {};
        }
    }
    return Error(ErrorCode::Schema, QStringLiteral("%1/meta:xdmType \"%2\" is not an XDM type.")
                                        .arg(toQString(where), toQString(spelling)));
}

Result<void> FieldBuilder::readConstraints(const Json &node, Field &field, const std::string &where)
{
    const auto format = node.find("format");
    if (format != node.end()) {
        if (!format->is_string()) {
            return wrongType(where, "format", "a format name", *format);
        }
        field.format = format->get<std::string>();
    }

    Result<void> pattern = readPattern(node, field, where);
    if (!pattern) {
        return pattern;
    }

    const auto enumValues = node.find("enum");
    if (enumValues != node.end()) {
        if (!enumValues->is_array()) {
            return wrongType(where, "enum", "an array of values", *enumValues);
        }
        field.enumValues.assign(enumValues->begin(), enumValues->end());
    }

    auto minimum = readNumber(node, "minimum", where);
    auto maximum = readNumber(node, "maximum", where);
    auto minLength = readLength(node, "minLength", where);
    auto maxLength = readLength(node, "maxLength", where);
    for (const Error *error :
         {minimum ? nullptr : &minimum.error(), maximum ? nullptr : &maximum.error(),
          minLength ? nullptr : &minLength.error(), maxLength ? nullptr : &maxLength.error()}) {
        if (error) {
            return *error;
        }
    }
    field.minimum = *minimum;
    field.maximum = *maximum;
    field.minLength = *minLength;
    field.maxLength = *maxLength;

    const auto defaultValue = node.find("default");
    if (defaultValue != node.end()) {
        field.defaultValue = *defaultValue;
    }
    return {};
}

Result<void> FieldBuilder::readPattern(const Json &node, Field &field, const std::string &where)
{
    const auto pattern = node.find("pattern");
    if (pattern == node.end()) {
        return {};
    }
    if (!pattern->is_string()) {
        return wrongType(where, "pattern", "a regular expression (a string)", *pattern);
    }
    field.pattern = pattern->get<std::string>();

    // TODO: patterns are ECMA-262 but run as PCRE2; the two differ in corner cases (\d
    // with Unicode digits, lookbehind limits). An ECMA-262 translation layer would close it.
    field.patternRegex.setPattern(toQString(field.pattern));
    if (field.patternRegex.isValid()) {
        field.patternRegex.optimize();
    } else {
        // Not fatal: validation reports it once and checks nothing against it.
        field.patternError = field.patternRegex.errorString();
    }
    return {};
}

Result<void> FieldBuilder::readChildren(const Json &node, Field &field, const std::string &where,
                                        int depth)
{
    Result<void> step = readProperties(node, field, where, depth);
    if (step) {
        step = readRequired(node, field, where);
    }
    if (step && field.type == XdmType::Array) {
        const auto items = node.find("items");
        auto item = build(items != node.end() ? *items : Json::object(), "items", where + "/items",
                          depth + 1);
        if (!item) {
            return item.error();
        }
        field.items = std::move(item).value();
    }
    if (step && field.type == XdmType::Map) {
        const auto additional = node.find("additionalProperties");
        const bool typed = additional != node.end() && additional->is_object();
        auto values = build(typed ? *additional : Json::object(), "values",
                            where + "/additionalProperties", depth + 1);
        if (!values) {
            return values.error();
        }
        field.values = std::move(values).value();
    }
    return step;
}

Result<void> FieldBuilder::readProperties(const Json &node, Field &field, const std::string &where,
                                          int depth)
{
    const auto properties = node.find("properties");
    if (properties != node.end() && field.type == XdmType::Object) {
        if (!properties->is_object()) {
            return wrongType(where, "properties", "an object of field definitions", *properties);
        }
        for (auto it = properties->begin(); it != properties->end(); ++it) {
            const std::string childWhere = jsonpointer::append(where + "/properties", it.key());
            auto child = build(it.value(), it.key(), childWhere, depth + 1);
            if (!child) {
                return child.error();
            }
            field.children.push_back(std::move(child).value());
        }
    }
    field.indexChildren();
    return {};
}

Result<void> FieldBuilder::readRequired(const Json &node, Field &field, const std::string &where)
{
    const auto required = node.find("required");
    if (required == node.end()) {
        return {};
    }
    if (!required->is_array()) {
        return wrongType(where, "required", "an array of property names", *required);
    }
    for (const Json &name : *required) {
        if (!name.is_string()) {
            return wrongType(where, "required", "an array of property names", name);
        }
        field.required.push_back(name.get<std::string>());
    }
    return {};
}

} // namespace core::xdm
