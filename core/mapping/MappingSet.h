// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Problem.h"
#include "core/Result.h"
#include "core/json/Json.h"

#include <QString>

#include <string>
#include <vector>

namespace core {

class JsonDocument;

/// How a mapping's source is read: a path into the payload, an expression, or a constant.
enum class SourceType
{
    Attribute,
    Expression,
    Static
};

/// "ATTRIBUTE", "EXPRESSION" or "STATIC".
QString sourceTypeName(SourceType type);

/// One row of a mapping set: a source turned into one destination field.
struct Mapping
{
    SourceType sourceType = SourceType::Attribute;
    std::string source;
    std::string destination;
    std::string name;
    std::string description;
    std::string writtenSourceType; ///< the spelling in the file: ATTRIBUTE, text/x.schema-path, ...
    bool usable = true;            ///< false when the row is broken (its problem says why)
};

/// A Data Prep mapping set, read from the Data Prep API's own format, the legacy format
/// (sourceAttribute / destinationXdmPath) or the stored form with MIME sourceType spellings
/// (text/x.schema-path, text/x.aep-xl), and normalised into one model.
class MappingSet
{
public:
    /// Reads a mapping set; rows that cannot be understood become problems (M01, M05) pointing
    /// at the row, and stay in the set marked unusable so that they can be fixed; the mapper
    /// skips them rather than guess.
    static Result<MappingSet> fromJson(const Json &json, Problems *problems = nullptr,
                                       const JsonDocument *positions = nullptr);
    static Result<MappingSet> fromFile(const QString &path, Problems *problems = nullptr);

    /// The Data Prep API request form: {name, outputSchema, mappings: [{sourceType, source,
    /// destination, name, description}]}.
    Json toJson() const;

    const std::string &name() const { return m_name; }
    void setName(const std::string &name) { m_name = name; }
    const std::string &outputSchemaId() const { return m_outputSchemaId; }
    void setOutputSchemaId(const std::string &id) { m_outputSchemaId = id; }

    const std::vector<Mapping> &mappings() const { return m_mappings; }
    std::vector<Mapping> &mappings() { return m_mappings; }

    bool strictMapping() const { return m_strictMapping; }
    bool allowNullValues() const { return m_allowNullValues; }

private:
    std::string m_name;
    std::string m_outputSchemaId;
    std::vector<Mapping> m_mappings;
    bool m_strictMapping = false;
    bool m_allowNullValues = false;
};

} // namespace core
