// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/xdm/Schema.h"

#include "core/Logging.h"
#include "core/json/JsonDocument.h"
#include "core/json/JsonPointer.h"
#include "core/xdm/FieldBuilder.h"
#include "core/xdm/SchemaResolver.h"

#include <functional>

namespace core::xdm {

namespace {

/// The schema itself, or the "jsonSchema" of a Data Prep mapper schema response wrapped round it.
const Json &unwrap(const Json &schema)
{
    if (schema.is_object() && !schema.contains("properties") && !schema.contains("allOf")) {
        const auto inner = schema.find("jsonSchema");
        if (inner != schema.end() && inner->is_object()) {
            return *inner;
        }
    }
    return schema;
}

std::string stringMember(const Json &node, const char *member)
{
    const auto it = node.find(member);
    return it != node.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool anyDeclaredRequired(const Field &field)
{
    if (!field.required.empty()) {
        return true;
    }
    for (const std::unique_ptr<Field> &child : field.children) {
        if (anyDeclaredRequired(*child)) {
            return true;
        }
    }
    return (field.items && anyDeclaredRequired(*field.items)) ||
           (field.values && anyDeclaredRequired(*field.values));
}

bool hasTag(const Json &schema, const char *member, std::string_view tag)
{
    const auto tags = schema.find(member);
    if (tags == schema.end() || !tags->is_array()) {
        return false;
    }
    for (const Json &entry : *tags) {
        if (entry.is_string() && entry.get_ref<const std::string &>() == tag) {
            return true;
        }
    }
    return false;
}

Error descriptorError(size_t index, const QString &what)
{
    return Error(ErrorCode::Schema,
                 QStringLiteral("Identity descriptor %1 (meta:descriptors/%2) %3")
                     .arg(index + 1)
                     .arg(index)
                     .arg(what));
}

/// The field at path, where every step but the last is an object (arrays are stepped through),
/// and the objects along the way in order, so they can be marked as required.
Field *walk(Field &root, const std::vector<std::string> &path, std::vector<Field *> *parents)
{
    Field *node = &root;
    for (const std::string &step : path) {
        while (node->type == XdmType::Array && node->items) {
            node = node->items.get();
        }
        if (parents) {
            parents->push_back(node);
        }
        node = const_cast<Field *>(node->child(step));
        if (!node) {
            return nullptr;
        }
    }
    return node;
}

} // namespace

Result<Schema> Schema::fromFile(const QString &path, const SchemaLibrary &library)
{
    Result<JsonDocument> doc = JsonDocument::fromFile(path);
    if (!doc) {
        return doc.error();
    }
    Result<Schema> schema = fromJson(doc->root(), library);
    if (!schema) {
        return Error(schema.error().code(),
                     QStringLiteral("%1: %2").arg(path, schema.error().message()));
    }
    return schema;
}

Result<Schema> Schema::fromJson(const Json &input, const SchemaLibrary &library)
{
    const Json &json = unwrap(input);
    SchemaResolver resolver(json, library);
    Result<Json> resolved = resolver.resolve();
    if (!resolved) {
        return resolved.error();
    }

    Result<std::unique_ptr<Field>> root = FieldBuilder::build(*resolved, std::string(), "#");
    if (!root) {
        return root.error();
    }
    if ((*root)->type != XdmType::Object) {
        return Error(ErrorCode::Schema,
                     QStringLiteral("A schema must describe an object, but its type is %1.")
                         .arg(QString::fromLatin1(xdmTypeName((*root)->type))));
    }

    Schema schema;
    schema.m_id = stringMember(json, "$id");
    schema.m_title = stringMember(json, "title");
    schema.m_profileEnabled = hasTag(json, "meta:immutableTags", "union");
    schema.m_hasRequiredFields = anyDeclaredRequired(**root);
    schema.m_root = std::shared_ptr<Field>(std::move(root).value());

    Result<void> descriptors = schema.readDescriptors(json);
    if (!descriptors) {
        return descriptors.error();
    }
    schema.m_resolved = std::make_shared<const Json>(std::move(resolved).value());
    qCDebug(lcXdm) << "loaded schema" << toQString(schema.m_id) << "with"
                   << schema.m_descriptors.size() << "identity descriptors";
    return schema;
}

Result<void> Schema::readDescriptors(const Json &json)
{
    const auto list = json.find("meta:descriptors");
    if (list == json.end()) {
        return {};
    }
    if (!list->is_array()) {
        return Error(ErrorCode::Schema,
                     QStringLiteral("meta:descriptors must be an array of descriptors."));
    }
    for (size_t i = 0; i < list->size(); ++i) {
        const Json &entry = (*list)[i];
        if (!entry.is_object()) {
            return descriptorError(i, QStringLiteral("must be an object."));
        }
        if (stringMember(entry, "@type") != "xdm:descriptorIdentity") {
            continue; // relationship and other descriptors do not concern identities
        }
        Result<void> added = addDescriptor(entry, i);
        if (!added) {
            return added;
        }
    }
    return {};
}

Result<void> Schema::addDescriptor(const Json &entry, size_t index)
{
    const std::string source = stringMember(entry, "xdm:sourceProperty");
    if (source.size() < 2 || source.front() != '/' || source.back() == '/') {
        return descriptorError(index, QStringLiteral("needs an xdm:sourceProperty path such as "
                                                     "\"/personalEmail/address\"."));
    }
    IdentityDescriptor descriptor;
    for (const std::string &step : jsonpointer::split(source)) {
        descriptor.path.push_back(SchemaResolver::resolvedName(step));
    }
    descriptor.namespaceCode = stringMember(entry, "xdm:namespace");
    if (descriptor.namespaceCode.empty()) {
        return descriptorError(index, QStringLiteral("needs an xdm:namespace."));
    }
    const auto primary = entry.find("xdm:isPrimary");
    descriptor.primary = primary != entry.end() && primary->is_boolean() && primary->get<bool>();
    if (descriptor.primary && primaryDescriptor()) {
        return descriptorError(index, QStringLiteral("is a second primary identity; a schema "
                                                     "has only one."));
    }

    std::vector<Field *> parents;
    Field *field = walk(*m_root, descriptor.path, &parents);
    if (!field) {
        return descriptorError(index, QStringLiteral("names %1, which is not a field of the "
                                                     "schema.")
                                          .arg(toQString(source)));
    }
    if (field->type != XdmType::String) {
        return descriptorError(
            index, QStringLiteral("names %1, a field of type %2; identities "
                                  "are strings.")
                       .arg(toQString(source), QString::fromLatin1(xdmTypeName(field->type))));
    }

    // Identity fields and their parents are required by default.
    field->identity = true;
    for (size_t i = 0; i < parents.size(); ++i) {
        if (!parents[i]->isRequired(descriptor.path[i])) {
            parents[i]->required.push_back(descriptor.path[i]);
        }
    }
    m_descriptors.push_back(std::move(descriptor));
    return {};
}

const Field *Schema::find(const std::vector<std::string> &path) const
{
    if (!m_root) {
        return nullptr;
    }
    const Field *node = m_root.get();
    for (const std::string &step : path) {
        while (node->type == XdmType::Array && node->items) {
            node = node->items.get();
        }
        // Any key of a map names one of its values.
        node = node->type == XdmType::Map ? node->values.get() : node->child(step);
        if (!node) {
            return nullptr;
        }
    }
    return node;
}

const IdentityDescriptor *Schema::primaryDescriptor() const
{
    for (const IdentityDescriptor &descriptor : m_descriptors) {
        if (descriptor.primary) {
            return &descriptor;
        }
    }
    return nullptr;
}

bool Schema::hasIdentityMap() const
{
    const Field *field = m_root ? m_root->child("identityMap") : nullptr;
    return field && field->type == XdmType::Map;
}

Json Schema::toResolvedJson() const
{
    return m_resolved ? *m_resolved : Json::object();
}

} // namespace core::xdm
