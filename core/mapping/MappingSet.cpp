// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "MappingSet.h"

#include "core/Logging.h"
#include "core/json/JsonDocument.h"
#include "core/json/JsonPointer.h"

namespace core {

namespace {

std::string stringMember(const Json &object, const char *key)
{
    const auto found = object.find(key);
    return (found != object.end() && found->is_string()) ? found->get<std::string>()
                                                         : std::string();
}

bool boolMember(const Json &object, const char *key, bool fallback)
{
    const auto found = object.find(key);
    return (found != object.end() && found->is_boolean()) ? found->get<bool>() : fallback;
}

// The enum spellings of the API and the MIME spellings of stored mapping sets.
bool parseSourceType(const std::string &written, SourceType *type)
{
    static const std::pair<const char *, SourceType> spellings[] = {
        {"ATTRIBUTE", SourceType::Attribute},   {"text/x.schema-path", SourceType::Attribute},
        {"EXPRESSION", SourceType::Expression}, {"text/x.aep-xl", SourceType::Expression},
        {"STATIC", SourceType::Static},         {"text/plain", SourceType::Static},
    };
    for (const auto &[spelling, value] : spellings) {
        if (written == spelling) {
            *type = value;
            return true;
        }
    }
    return false;
}

void addProblem(Problems *problems, const JsonDocument *positions, const QString &rule,
                Severity severity, const QString &message, const std::string &pointer, int index)
{
    if (!problems) {
        return;
    }
    Problem problem;
    problem.rule = rule;
    problem.severity = severity;
    problem.message = message;
    problem.origin = ProblemOrigin::Mapping;
    problem.pointer = pointer;
    problem.mappingIndex = index;
    if (positions) {
        const TextPosition where = positions->positionOf(pointer);
        problem.line = where.line;
        problem.column = where.column;
    }
    problems->push_back(problem);
}

// One row; false when it cannot be used (the problem says why).
bool readMapping(const Json &row, int index, Mapping *mapping, Problems *problems,
                 const JsonDocument *positions)
{
    const std::string pointer = jsonpointer::append("/mappings", size_t(index));
    if (!row.is_object()) {
        addProblem(problems, positions, QStringLiteral("M01"), Severity::Error,
                   QStringLiteral("Mapping %1 is a %2, not an object.")
                       .arg(index + 1)
                       .arg(QLatin1String(jsonTypeName(row))),
                   pointer, index);
        return false;
    }
    // The legacy format of the HTTP API tutorial names its members differently.
    const bool legacy = row.contains("sourceAttribute") && !row.contains("source");
    mapping->source = stringMember(row, legacy ? "sourceAttribute" : "source");
    mapping->destination = stringMember(row, legacy ? "destinationXdmPath" : "destination");
    if (mapping->destination.empty()) {
        mapping->destination = stringMember(row, "destinationXdmPath");
    }
    mapping->name = stringMember(row, "name");
    mapping->description = stringMember(row, "description");
    mapping->writtenSourceType = stringMember(row, "sourceType");
    if (mapping->writtenSourceType.empty()) {
        mapping->writtenSourceType = legacy ? "ATTRIBUTE" : "";
    }
    if (!parseSourceType(mapping->writtenSourceType, &mapping->sourceType)) {
        addProblem(problems, positions, QStringLiteral("M01"), Severity::Error,
                   mapping->writtenSourceType.empty()
                       ? QStringLiteral("Mapping %1 has no sourceType: use ATTRIBUTE, EXPRESSION "
                                        "or STATIC.")
                             .arg(index + 1)
                       : QStringLiteral("Mapping %1 has sourceType \"%2\": use ATTRIBUTE, "
                                        "EXPRESSION or STATIC (or text/x.schema-path, "
                                        "text/x.aep-xl).")
                             .arg(index + 1)
                             .arg(toQString(mapping->writtenSourceType)),
                   row.contains("sourceType") ? pointer + "/sourceType" : pointer, index);
        return false;
    }
    if (mapping->destination.empty()) {
        addProblem(problems, positions, QStringLiteral("M05"), Severity::Error,
                   QStringLiteral("Mapping %1 has no destination.").arg(index + 1), pointer, index);
        return false;
    }
    if (mapping->source.empty() && !row.contains("source") && !row.contains("sourceAttribute")) {
        addProblem(problems, positions, QStringLiteral("M01"), Severity::Error,
                   QStringLiteral("Mapping %1 has no source.").arg(index + 1), pointer, index);
        return false;
    }
    return true;
}

} // namespace

QString sourceTypeName(SourceType type)
{
    switch (type) {
    case SourceType::Attribute:
        return QStringLiteral("ATTRIBUTE");
    case SourceType::Expression:
        return QStringLiteral("EXPRESSION");
    case SourceType::Static:
        return QStringLiteral("STATIC");
    }
    return QStringLiteral("ATTRIBUTE");
}

Result<MappingSet> MappingSet::fromJson(const Json &json, Problems *problems,
                                        const JsonDocument *positions)
{
    // A bare array of mappings is accepted too (GET /mappingSets/{id}/mappings returns one).
    const Json *rows = json.is_array() ? &json : nullptr;
    if (!rows && json.is_object()) {
        const auto found = json.find("mappings");
        rows = found != json.end() ? &*found : nullptr;
    }
    if (!rows || !rows->is_array()) {
        return Error(ErrorCode::Parse,
                     QStringLiteral("A mapping set is an object with a \"mappings\" array (or "
                                    "the array itself)."));
    }

    MappingSet set;
    if (json.is_object()) {
        set.m_name = stringMember(json, "name");
        set.m_strictMapping = boolMember(json, "strictMapping", false);
        set.m_allowNullValues = boolMember(json, "allowNullValues", false);
        set.m_outputSchemaId = stringMember(json, "xdmSchema");
        const Json *ref = nullptr;
        if (json.contains("outputSchema") && json["outputSchema"].is_object()) {
            const Json &output = json["outputSchema"];
            ref = output.contains("schemaRef") ? &output["schemaRef"] : nullptr;
        }
        if (ref && ref->is_object()) {
            set.m_outputSchemaId = stringMember(*ref, "id");
        }
    }
    for (size_t i = 0; i < rows->size(); ++i) {
        Mapping mapping;
        mapping.usable = readMapping((*rows)[i], int(i), &mapping, problems, positions);
        set.m_mappings.push_back(std::move(mapping));
    }
    qCDebug(lcMapping) << "mapping set" << toQString(set.m_name) << set.m_mappings.size() << "rows";
    return set;
}

Result<MappingSet> MappingSet::fromFile(const QString &path, Problems *problems)
{
    Result<JsonDocument> doc = JsonDocument::fromFile(path);
    if (!doc) {
        return doc.error();
    }
    return fromJson(doc->root(), problems, &doc.value());
}

Json MappingSet::toJson() const
{
    Json out = Json::object();
    if (!m_name.empty()) {
        out["name"] = m_name;
    }
    if (!m_outputSchemaId.empty()) {
        out["outputSchema"] = {
            {"schemaRef",
             {{"id", m_outputSchemaId},
              {"contentType", "application/vnd.adobe.xed-full+json;version=1"}}}};
    }
    Json rows = Json::array();
    for (const Mapping &mapping : m_mappings) {
        Json row = Json::object();
        row["sourceType"] = mapping.usable ? toStdString(sourceTypeName(mapping.sourceType))
                                           : mapping.writtenSourceType;
        row["source"] = mapping.source;
        row["destination"] = mapping.destination;
        if (!mapping.name.empty()) {
            row["name"] = mapping.name;
        }
        if (!mapping.description.empty()) {
            row["description"] = mapping.description;
        }
        rows.push_back(std::move(row));
    }
    out["mappings"] = std::move(rows);
    return out;
}

} // namespace core
