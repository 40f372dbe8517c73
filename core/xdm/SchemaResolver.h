// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Result.h"
#include "core/json/Json.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace core::xdm {

class SchemaLibrary;

/// Turns a schema written as class + field groups into the resolved ("full") form: $refs are
/// inlined, allOf parts merged, and property names renamed as the Schema Registry's resolved
/// form spells them ("xdm:personalEmail" -> "personalEmail", "@id" -> "_id", and other
/// vocabularies nested under "_<prefix>": "repo:createDate" -> "_repo.createDate").
///
///     SchemaResolver resolver(schemaJson, SchemaLibrary::bundled());
///     Result<Json> full = resolver.resolve();
class SchemaResolver
{
public:
    SchemaResolver(const Json &schema, const SchemaLibrary &library);

    Result<Json> resolve();

    /// The name a resolved schema gives to a property defined as rawName, and the vocabulary
    /// object it is nested in ("_repo" for "repo:createDate"; empty when not nested).
    static std::string resolvedName(const std::string &rawName, std::string *nestedIn = nullptr);

private:
    struct Scope
    {
        const Json *document = nullptr;
        std::string documentId;
    };

    Result<Json> resolveNode(const Json &node, const Scope &scope, const std::string &where,
                             int depth);
    Result<Json> resolveRef(const Json &ref, const Scope &scope, const std::string &where,
                            int depth);
    Result<void> resolveMembers(const Json &node, Json &result, const Scope &scope,
                                const std::string &where, int depth);
    Result<void> resolveAllOf(const Json &node, Json &result, const Scope &scope,
                              const std::string &where, int depth);
    Result<void> resolveRequired(const Json &node, Json &result, const std::string &where);
    Result<void> resolveItemsAndValues(const Json &node, Json &result, const Scope &scope,
                                       const std::string &where, int depth);
    Result<void> resolveProperties(const Json &properties, Json &result, const Scope &scope,
                                   const std::string &where, int depth);
    Result<void> mergePart(Json &result, Json &&part, const std::string &where);
    Result<void> addProperty(Json &properties, const std::string &rawName, Json &&value,
                             const std::string &where);
    Result<void> mergeProperty(Json &existing, Json &&value, const std::string &name,
                               const std::string &where);
    Error cycleError(const std::string &key, const std::string &where) const;
    const Json *documentFor(const std::string &base, const Scope &scope) const;

    const Json &m_schema;
    const SchemaLibrary &m_library;
    std::string m_schemaId;
    std::vector<std::string> m_refStack;
    std::unordered_map<std::string, Json> m_refCache;
};

} // namespace core::xdm
