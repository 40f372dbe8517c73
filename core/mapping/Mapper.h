// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Problem.h"
#include "core/expr/Expression.h"
#include "core/json/Json.h"
#include "core/mapping/FieldPath.h"
#include "core/mapping/FieldTrace.h"
#include "core/mapping/MappingSet.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace core {

namespace xdm {
class Schema;
struct Field;
} // namespace xdm

/// An array the mapping wrote, and what a merge should do with it.
struct ArrayWrite
{
    std::string pointer; ///< where the array sits in the entity
    expr::ArrayIntent intent = expr::ArrayIntent::None;
    int mappingIndex = -1;
};

/// What the mapper made of one record.
/// How much a mapping run keeps of where each value went.
enum class TraceDetail
{
    Values, ///< a trace per row with the value before and after coercion (the window)
    Places, ///< a trace per row with where its value went, but not the value
    Writes  ///< no traces, only which rows wrote a value; Mapper::places() makes the rest
};

struct MappedRecord
{
    Json entity = Json::object();
    std::vector<FieldTrace> traces;
    std::vector<bool> written; ///< per compiled row, with TraceDetail::Writes only
    std::vector<ArrayWrite> arrays;
    Problems problems; ///< per-attribute problems: origin Mapping, with the row
};

/// A mapping set compiled against its target schema: paths parsed, expressions compiled and
/// destination fields looked up once, then applied to any number of records.
///
/// Data Prep's rules are kept: a failing attribute becomes null and carries its reason, null
/// results are dropped, objects left empty are pruned, and an object copied onto an object
/// keeps only the children the schema knows (spec §6.5, §6.7).
class Mapper
{
public:
    /// Compiles every usable row; problems of the rows themselves (M02-M05, M08, M14) go to
    /// problems. schema may be null: then values are written as they come.
    static Mapper compile(const MappingSet &set, std::shared_ptr<const xdm::Schema> schema,
                          Problems *problems);

    /// Maps one record. Less detail saves copying every value of a stream twice, and the
    /// traces themselves when nothing asks for them.
    MappedRecord map(const Json &record, const expr::EvalContext &context,
                     TraceDetail detail = TraceDetail::Values) const;

    /// The place traces of a run made with TraceDetail::Writes, from its written flags.
    std::vector<FieldTrace> places(const std::vector<bool> &written) const;

    /// Source paths the rows read (for M09, unmapped source attributes).
    bool readsSource(const std::vector<std::string> &names) const;

    size_t rowCount() const { return m_rows.size(); }

private:
    struct Row
    {
        int index = -1;
        SourceType type = SourceType::Attribute;
        std::string sourceText;
        std::optional<FieldPath> source;
        std::optional<expr::Expression> expression;
        Json constant;
        FieldPath destination;
        std::string destinationPointer;
        std::vector<std::uint16_t> room;   ///< members the objects on the way will hold
        const xdm::Field *field = nullptr; ///< the field a single value is coerced to
        bool writable = true;
    };

    static FieldTrace placeOf(const Row &row);
    void planRoom();
    bool compileSource(const Mapping &mapping, Row &row, Problems &out);
    bool compileExpression(const Mapping &mapping, Row &row, Problems &out);
    void checkDestination(Row &row, Problems &out) const;
    void checkBracedDot(const Row &row, const Json &record, MappedRecord &out) const;
    Json coerceOne(const Row &row, Json value, FieldTrace &trace, MappedRecord &out) const;
    Json readSource(const Row &row, const Json &record, const expr::EvalContext &context,
                    MappedRecord &out, FieldTrace &trace, expr::ArrayIntent &intent) const;
    Json coerceValue(const Row &row, Json value, FieldTrace &trace, MappedRecord &out) const;
    void write(const Row &row, Json value, expr::ArrayIntent intent, MappedRecord &out) const;

    std::shared_ptr<const xdm::Schema> m_schema;
    std::vector<Row> m_rows;
    std::uint16_t m_rootRoom = 0; ///< top-level members the entity will hold
    std::vector<std::vector<std::string>> m_readPaths;
    bool m_allowNullValues = false;
};

/// Removes null members and objects that became empty, recursively, as Data Prep does before
/// a record reaches Platform (which accepts no null or empty values).
void pruneEmpty(Json &value);

} // namespace core
