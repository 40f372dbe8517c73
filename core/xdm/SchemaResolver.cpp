// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/xdm/SchemaResolver.h"

#include "core/json/JsonPointer.h"
#include "core/xdm/Schema.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace core::xdm {

namespace {

// Deeper than any real schema; past it a schema is refused instead of exhausting the stack.
constexpr int kMaxDepth = 128;

// Members handled by the resolver itself, or noise the resolved form leaves out.
// TODO: oneOf, anyOf and patternProperties are dropped, not resolved; XDM field groups use
// them only for the JSON-LD context, and a tenant schema that relies on them is not checked.
constexpr std::array<std::string_view, 15> kConsumedMembers = {"$ref",
                                                               "allOf",
                                                               "properties",
                                                               "items",
                                                               "required",
                                                               "definitions",
                                                               "additionalProperties",
                                                               "$schema",
                                                               "meta:license",
                                                               "meta:titleId",
                                                               "meta:descriptionId",
                                                               "oneOf",
                                                               "anyOf",
                                                               "patternProperties",
                                                               "meta:intendedToExtend"};

// What an allOf part adds to the object it is merged into; its titles and other notes do not.
constexpr std::array<std::string_view, 5> kStructuralMembers = {
    "type", "meta:xdmType", "additionalProperties", "items", "format"};

bool isConsumed(std::string_view key)
{
    return std::find(kConsumedMembers.begin(), kConsumedMembers.end(), key) !=
           kConsumedMembers.end();
}

QString placeOf(const std::string &where)
{
    return toQString(where);
}

bool isVocabularyPrefix(std::string_view prefix)
{
    if (prefix.empty() || !std::isalpha(static_cast<unsigned char>(prefix.front()))) {
        return false;
    }
    return std::all_of(prefix.begin(), prefix.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    });
}

void appendUnique(Json &array, const std::string &name)
{
    for (const Json &existing : array) {
        if (existing.is_string() && existing.get_ref<const std::string &>() == name) {
            return;
        }
    }
    array.push_back(name);
}

const Json *walkPointer(const Json &document, const std::string &fragment)
{
    const Json *node = &document;
    for (const std::string &token : jsonpointer::split(fragment)) {
        if (!node->is_object()) {
            return nullptr;
        }
        const auto it = node->find(token);
        if (it == node->end()) {
            return nullptr;
        }
        node = &*it;
    }
    return node;
}

} // namespace

SchemaResolver::SchemaResolver(const Json &schema, const SchemaLibrary &library)
    : m_schema(schema)
    , m_library(library)
{
    if (schema.is_object()) {
        const auto id = schema.find("$id");
        if (id != schema.end() && id->is_string()) {
            m_schemaId = id->get<std::string>();
        }
    }
}

std::string SchemaResolver::resolvedName(const std::string &rawName, std::string *nestedIn)
{
    if (nestedIn) {
        nestedIn->clear();
    }
    if (rawName.rfind("xdm:", 0) == 0) {
        return rawName.substr(4);
    }
    if (!rawName.empty() && rawName.front() == '@') {
        return "_" + rawName.substr(1);
    }
    const size_t colon = rawName.find(':');
    if (colon == std::string::npos || colon + 1 >= rawName.size() ||
        rawName.compare(colon, 3, "://") == 0 ||
        !isVocabularyPrefix(std::string_view(rawName).substr(0, colon))) {
        return rawName;
    }
    if (nestedIn) {
        *nestedIn = "_" + rawName.substr(0, colon);
    }
    return rawName.substr(colon + 1);
}

Result<Json> SchemaResolver::resolve()
{
    if (!m_schema.is_object()) {
        return Error(ErrorCode::Schema, QStringLiteral("A schema must be a JSON object, not %1.")
                                            .arg(QString::fromLatin1(jsonTypeName(m_schema))));
    }
    m_refStack.clear();
    m_refCache.clear();
    const Scope scope{&m_schema, m_schemaId};
    return resolveNode(m_schema, scope, "#", 0);
}

Result<Json> SchemaResolver::resolveNode(const Json &node, const Scope &scope,
                                         const std::string &where, int depth)
{
    if (depth > kMaxDepth) {
        return Error(ErrorCode::Limit,
                     QStringLiteral("The schema nests deeper than %1 levels at %2.")
                         .arg(kMaxDepth)
                         .arg(placeOf(where)));
    }
    if (!node.is_object()) {
        return Error(ErrorCode::Schema,
                     QStringLiteral("%1 must be a JSON object, not %2.")
                         .arg(placeOf(where), QString::fromLatin1(jsonTypeName(node))));
    }

    Json result = Json::object();
    const auto ref = node.find("$ref");
    if (ref != node.end()) {
        Result<Json> target = resolveRef(*ref, scope, where + "/$ref", depth);
        if (!target) {
            return target.error();
        }
        result = std::move(target).value();
    }

    // The node's own notes override those of what it refers to ("Home Address" over
    // "Postal address").
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (!isConsumed(it.key())) {
            result[it.key()] = it.value();
        }
    }

    Result<void> members = resolveMembers(node, result, scope, where, depth);
    if (!members) {
        return members.error();
    }
    return result;
}

Result<void> SchemaResolver::resolveMembers(const Json &node, Json &result, const Scope &scope,
                                            const std::string &where, int depth)
{
    Result<void> step = resolveAllOf(node, result, scope, where, depth);
    const auto properties = node.find("properties");
    if (step && properties != node.end()) {
        step = resolveProperties(*properties, result, scope, where, depth);
    }
    if (step) {
        step = resolveRequired(node, result, where);
    }
    if (step) {
        step = resolveItemsAndValues(node, result, scope, where, depth);
    }
    return step;
}

Result<void> SchemaResolver::resolveAllOf(const Json &node, Json &result, const Scope &scope,
                                          const std::string &where, int depth)
{
    const auto allOf = node.find("allOf");
    if (allOf == node.end()) {
        return {};
    }
    if (!allOf->is_array()) {
        return Error(ErrorCode::Schema,
                     QStringLiteral("%1/allOf must be an array.").arg(placeOf(where)));
    }
    for (size_t i = 0; i < allOf->size(); ++i) {
        const std::string partWhere = jsonpointer::append(where + "/allOf", i);
        Result<Json> part = resolveNode((*allOf)[i], scope, partWhere, depth + 1);
        if (!part) {
            return part.error();
        }
        Result<void> merged = mergePart(result, std::move(part).value(), partWhere);
        if (!merged) {
            return merged;
        }
    }
    return {};
}

Result<void> SchemaResolver::resolveRequired(const Json &node, Json &result,
                                             const std::string &where)
{
    const auto required = node.find("required");
    if (required == node.end()) {
        return {};
    }
    if (!required->is_array()) {
        return Error(
            ErrorCode::Schema,
            QStringLiteral("%1/required must be an array of property names.").arg(placeOf(where)));
    }
    Json &names = result["required"];
    if (!names.is_array()) {
        names = Json::array();
    }
    for (const Json &name : *required) {
        if (!name.is_string()) {
            return Error(ErrorCode::Schema,
                         QStringLiteral("%1/required must hold property names (strings), not %2.")
                             .arg(placeOf(where), QString::fromLatin1(jsonTypeName(name))));
        }
        // JSON-LD keywords ("@id") are never required in the Registry's resolved form.
        const std::string &raw = name.get_ref<const std::string &>();
        if (raw.empty() || raw.front() == '@') {
            continue;
        }
        std::string nestedIn;
        const std::string resolved = resolvedName(raw, &nestedIn);
        appendUnique(names, nestedIn.empty() ? resolved : nestedIn);
    }
    if (names.empty()) {
        result.erase("required");
    }
    return {};
}

Result<void> SchemaResolver::resolveItemsAndValues(const Json &node, Json &result,
                                                   const Scope &scope, const std::string &where,
                                                   int depth)
{
    const auto items = node.find("items");
    if (items != node.end()) {
        if (!items->is_object()) {
            return Error(ErrorCode::Schema,
                         QStringLiteral("%1/items must be one schema object; tuple arrays are "
                                        "not XDM.")
                             .arg(placeOf(where)));
        }
        Result<Json> item = resolveNode(*items, scope, where + "/items", depth + 1);
        if (!item) {
            return item.error();
        }
        result["items"] = std::move(item).value();
    }

    const auto additional = node.find("additionalProperties");
    if (additional == node.end() || additional->is_boolean()) {
        if (additional != node.end()) {
            result["additionalProperties"] = *additional;
        }
        return {};
    }
    if (!additional->is_object()) {
        return Error(ErrorCode::Schema,
                     QStringLiteral("%1/additionalProperties must be a schema object or a "
                                    "boolean, not %2.")
                         .arg(placeOf(where), QString::fromLatin1(jsonTypeName(*additional))));
    }
    Result<Json> values =
        resolveNode(*additional, scope, where + "/additionalProperties", depth + 1);
    if (!values) {
        return values.error();
    }
    result["additionalProperties"] = std::move(values).value();
    return {};
}

Result<void> SchemaResolver::resolveProperties(const Json &properties, Json &result,
                                               const Scope &scope, const std::string &where,
                                               int depth)
{
    if (!properties.is_object()) {
        return Error(ErrorCode::Schema,
                     QStringLiteral("%1/properties must be an object of field definitions, "
                                    "not %2.")
                         .arg(placeOf(where), QString::fromLatin1(jsonTypeName(properties))));
    }
    Json &target = result["properties"];
    if (!target.is_object()) {
        target = Json::object();
    }
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const std::string propertyWhere = jsonpointer::append(where + "/properties", it.key());
        Result<Json> value = resolveNode(it.value(), scope, propertyWhere, depth + 1);
        if (!value) {
            return value.error();
        }
        Result<void> added = addProperty(target, it.key(), std::move(value).value(), propertyWhere);
        if (!added) {
            return added;
        }
    }
    return {};
}

Result<Json> SchemaResolver::resolveRef(const Json &ref, const Scope &scope,
                                        const std::string &where, int depth)
{
    if (!ref.is_string()) {
        return Error(ErrorCode::Schema,
                     QStringLiteral("%1 must be a string, not %2.")
                         .arg(placeOf(where), QString::fromLatin1(jsonTypeName(ref))));
    }
    const std::string &text = ref.get_ref<const std::string &>();
    const size_t hash = text.find('#');
    const std::string base = text.substr(0, hash);
    const std::string fragment = hash == std::string::npos ? std::string() : text.substr(hash + 1);

    const Json *document = documentFor(base, scope);
    if (!document) {
        return Error(ErrorCode::Schema,
                     QStringLiteral("Unknown $ref \"%1\" at %2: no XDM class, field group or "
                                    "data type with $id \"%3\" is loaded.")
                         .arg(toQString(text), placeOf(where), toQString(base)));
    }
    const std::string documentId = base.empty() ? scope.documentId : base;
    const std::string key = documentId + "#" + fragment;

    if (std::find(m_refStack.begin(), m_refStack.end(), key) != m_refStack.end()) {
        return cycleError(key, where);
    }
    const auto cached = m_refCache.find(key);
    if (cached != m_refCache.end()) {
        return cached->second;
    }

    const Json *target = fragment.empty() ? document : walkPointer(*document, fragment);
    if (!target) {
        return Error(
            ErrorCode::Schema,
            QStringLiteral("$ref \"%1\" at %2 points at nothing: \"%3\" has no \"%4\".")
                .arg(toQString(text), placeOf(where), toQString(documentId), toQString(fragment)));
    }

    m_refStack.push_back(key);
    Result<Json> resolved = resolveNode(*target, Scope{document, documentId}, key, depth + 1);
    m_refStack.pop_back();
    if (!resolved) {
        return resolved.error();
    }

    Json value = std::move(resolved).value();
    value.erase("$id");
    if (fragment.empty()) {
        value["meta:referencedFrom"] = documentId;
    }
    m_refCache.emplace(key, value);
    return value;
}

Error SchemaResolver::cycleError(const std::string &key, const std::string &where) const
{
    std::string chain;
    for (const std::string &step : m_refStack) {
        chain += step + " -> ";
    }
    return Error(ErrorCode::Schema, QStringLiteral("$ref cycle at %1: %2%3.")
                                        .arg(placeOf(where), toQString(chain), toQString(key)));
}

const Json *SchemaResolver::documentFor(const std::string &base, const Scope &scope) const
{
    if (base.empty()) {
        return scope.document;
    }
    if (!m_schemaId.empty() && base == m_schemaId) {
        return &m_schema;
    }
    return m_library.find(base);
}

Result<void> SchemaResolver::mergePart(Json &result, Json &&part, const std::string &where)
{
    for (std::string_view key : kStructuralMembers) {
        const auto it = part.find(key);
        if (it != part.end() && !result.contains(key)) {
            result[std::string(key)] = std::move(*it);
        }
    }

    const auto required = part.find("required");
    if (required != part.end()) {
        Json &names = result["required"];
        if (!names.is_array()) {
            names = Json::array();
        }
        for (const Json &name : *required) {
            appendUnique(names, name.get<std::string>());
        }
    }

    const auto properties = part.find("properties");
    if (properties == part.end()) {
        return {};
    }
    Json &target = result["properties"];
    if (!target.is_object()) {
        target = Json::object();
    }
    for (auto it = properties->begin(); it != properties->end(); ++it) {
        const std::string name = it.key();
        const auto existing = target.find(name);
        if (existing == target.end()) {
            target[name] = std::move(it.value());
            continue;
        }
        Result<void> merged = mergeProperty(*existing, std::move(it.value()), name, where);
        if (!merged) {
            return merged;
        }
    }
    return {};
}

Result<void> SchemaResolver::addProperty(Json &properties, const std::string &rawName, Json &&value,
                                         const std::string &where)
{
    std::string nestedIn;
    const std::string name = resolvedName(rawName, &nestedIn);
    if (name != rawName) {
        value["meta:xdmField"] = rawName;
    }

    Json *container = &properties;
    if (!nestedIn.empty()) {
        Json &vocabulary = properties[nestedIn];
        if (!vocabulary.is_object()) {
            vocabulary = Json{{"type", "object"}, {"meta:xdmType", "object"}};
        }
        container = &vocabulary["properties"];
        if (!container->is_object()) {
            *container = Json::object();
        }
    }

    const auto existing = container->find(name);
    if (existing == container->end()) {
        (*container)[name] = std::move(value);
        return {};
    }
    return mergeProperty(*existing, std::move(value), name, where);
}

Result<void> SchemaResolver::mergeProperty(Json &existing, Json &&value, const std::string &name,
                                           const std::string &where)
{
    // Two field groups may both contribute to one object (e.g. "_repo"); its children merge.
    // Anything else defined twice must agree on its type.
    const Json existingType = existing.value("type", Json());
    const Json valueType = value.value("type", Json());
    if (existingType != valueType && !existingType.is_null() && !valueType.is_null()) {
        return Error(ErrorCode::Schema,
                     QStringLiteral("Field \"%1\" is defined twice with different types (%2 "
                                    "and %3); the second definition is at %4.")
                         .arg(toQString(name), toQString(dumpJson(existingType)),
                              toQString(dumpJson(valueType)), placeOf(where)));
    }
    if (value.contains("properties")) {
        return mergePart(existing, std::move(value), where);
    }
    return {};
}

} // namespace core::xdm
