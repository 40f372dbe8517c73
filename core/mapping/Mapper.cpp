// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "Mapper.h"

#include "core/Logging.h"
#include "core/xdm/Schema.h"

#include <algorithm>
#include <set>

namespace core {

namespace {

Problem rowProblem(const QString &rule, Severity severity, const QString &message, int index,
                   const char *member)
{
    Problem problem;
    problem.rule = rule;
    problem.severity = severity;
    problem.message = message;
    problem.origin = ProblemOrigin::Mapping;
    problem.mappingIndex = index;
    problem.pointer =
        "/mappings/" + std::to_string(index) + (member ? std::string("/") + member : std::string());
    return problem;
}

// The field a single written value is coerced to: stepping through to the items when the
// destination ends on an index or [*] of an array field.
const xdm::Field *destinationField(const xdm::Schema &schema, const FieldPath &path)
{
    const xdm::Field *field = schema.find(path.names());
    if (field && field->type == xdm::XdmType::Array && !path.segments().empty() &&
        path.segments().back().kind != PathSegment::Kind::Name) {
        return field->items.get();
    }
    return field;
}

// Keeps only the children of an object that the schema knows, recursively; what it drops is
// listed so the user can see that object copy left it out.
void keepKnownChildren(Json &value, const xdm::Field &field, const std::string &pointer,
                       std::vector<std::string> &dropped)
{
    if (field.type == xdm::XdmType::Map || field.type == xdm::XdmType::Unknown) {
        return;
    }
    if (field.type == xdm::XdmType::Array && value.is_array() && field.items) {
        for (size_t i = 0; i < value.size(); ++i) {
            keepKnownChildren(value[i], *field.items, pointer + "/" + std::to_string(i), dropped);
        }
        return;
    }
    if (field.type != xdm::XdmType::Object || !value.is_object()) {
        return;
    }
    for (auto it = value.begin(); it != value.end();) {
        const xdm::Field *child = field.child(it.key());
        if (!child) {
            dropped.push_back(pointer + "/" + it.key());
            it = value.erase(it);
            continue;
        }
        keepKnownChildren(it.value(), *child, pointer + "/" + it.key(), dropped);
        ++it;
    }
}

} // namespace

void pruneEmpty(Json &value)
{
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end();) {
            pruneEmpty(it.value());
            const bool empty = it->is_null() || (it->is_object() && it->empty());
            it = empty ? value.erase(it) : std::next(it);
        }
    } else if (value.is_array()) {
        for (Json &element : value) {
            pruneEmpty(element);
        }
    }
}

Mapper Mapper::compile(const MappingSet &set, std::shared_ptr<const xdm::Schema> schema,
                       Problems *problems)
{
    Mapper mapper;
    mapper.m_schema = std::move(schema);
    mapper.m_allowNullValues = set.allowNullValues();
    Problems local;
    Problems &out = problems ? *problems : local;
    std::set<std::string> destinations;

    for (size_t i = 0; i < set.mappings().size(); ++i) {
        const Mapping &mapping = set.mappings()[i];
        if (!mapping.usable) {
            continue;
        }
        Row row;
        row.index = int(i);
        row.type = mapping.sourceType;
        row.sourceText = mapping.source;
        Result<FieldPath> destination = FieldPath::parse(mapping.destination);
        if (!destination) {
            out.push_back(rowProblem(QStringLiteral("M05"), Severity::Error,
                                     destination.error().message(), row.index, "destination"));
            continue;
        }
        row.destination = std::move(destination).value();
        row.destinationPointer = row.destination.pointer();
        if (!mapper.compileSource(mapping, row, out)) {
            continue;
        }
        mapper.checkDestination(row, out);
        if (!destinations.insert(row.destination.text()).second) {
            out.push_back(
                rowProblem(QStringLiteral("M08"), Severity::Warning,
                           QStringLiteral("Another mapping writes \"%1\" too; the last one wins.")
                               .arg(toQString(row.destination.text())),
                           row.index, "destination"));
        }
        mapper.m_rows.push_back(std::move(row));
    }
    mapper.planRoom();
    qCDebug(lcMapping) << "compiled" << mapper.m_rows.size() << "rows";
    return mapper;
}

// How many members each object on a row's way will hold: the distinct names the rows that
// share the path up to it write there. Entities are then built without regrowing objects.
void Mapper::planRoom()
{
    const auto samePrefix = [](const std::vector<PathSegment> &a, const std::vector<PathSegment> &b,
                               size_t length) {
        return a.size() >= length && b.size() >= length &&
               std::equal(a.begin(), a.begin() + std::ptrdiff_t(length), b.begin());
    };
    for (Row &row : m_rows) {
        const std::vector<PathSegment> &mine = row.destination.segments();
        row.room.assign(mine.size(), 0);
        for (size_t at = 0; at < mine.size(); ++at) {
            std::set<std::string> names;
            for (const Row &other : m_rows) {
                const std::vector<PathSegment> &theirs = other.destination.segments();
                if (theirs.size() > at && theirs[at].kind == PathSegment::Kind::Name &&
                    samePrefix(mine, theirs, at)) {
                    names.insert(theirs[at].name);
                }
            }
            row.room[at] = std::uint16_t(std::min<size_t>(names.size(), 0xffff));
        }
    }
    m_rootRoom = m_rows.empty() || m_rows.front().room.empty() ? 0 : m_rows.front().room.front();
}

bool Mapper::compileSource(const Mapping &mapping, Row &row, Problems &out)
{
    if (mapping.sourceType == SourceType::Static) {
        row.constant = mapping.source;
        return true;
    }
    if (mapping.sourceType == SourceType::Expression) {
        return compileExpression(mapping, row, out);
    }
    Result<FieldPath> source = FieldPath::parse(mapping.source);
    if (!source) {
        out.push_back(rowProblem(QStringLiteral("M02"), Severity::Error, source.error().message(),
                                 row.index, "source"));
        return false;
    }
    row.source = std::move(source).value();
    m_readPaths.push_back(row.source->names());
    if (row.source->wildcardCount() != row.destination.wildcardCount()) {
        out.push_back(rowProblem(
            QStringLiteral("M14"), Severity::Warning,
            QStringLiteral("The source has %1 [*] and the destination %2: Data Prep does not say "
                           "what happens when they differ.")
                .arg(row.source->wildcardCount())
                .arg(row.destination.wildcardCount()),
            row.index, nullptr));
    }
    return true;
}

bool Mapper::compileExpression(const Mapping &mapping, Row &row, Problems &out)
{
    expr::ExpressionError why;
    Result<expr::Expression> expression = expr::Expression::compile(mapping.source, &why);
    if (!expression) {
        Problem problem = rowProblem(why.rule, Severity::Error, why.message, row.index, "source");
        problem.column = why.column;
        problem.line = why.line;
        problem.origin = ProblemOrigin::Expression;
        out.push_back(problem);
        return false;
    }
    for (const std::string &field : expression->referencedFields()) {
        Result<FieldPath> path = FieldPath::parse(field);
        if (path) {
            m_readPaths.push_back(path->names());
        }
    }
    row.expression = std::move(expression).value();
    return true;
}

void Mapper::checkDestination(Row &row, Problems &out) const
{
    if (!m_schema) {
        return;
    }
    row.field = destinationField(*m_schema, row.destination);
    if (!row.field) {
        row.writable = false;
        out.push_back(
            rowProblem(QStringLiteral("M05"), Severity::Error,
                       QStringLiteral("\"%1\" is not a field of schema %2.")
                           .arg(toQString(row.destination.text()), toQString(m_schema->id())),
                       row.index, "destination"));
    }
}

bool Mapper::readsSource(const std::vector<std::string> &names) const
{
    return std::any_of(m_readPaths.begin(), m_readPaths.end(), [&](const auto &read) {
        return read.size() <= names.size() && std::equal(read.begin(), read.end(), names.begin());
    });
}

MappedRecord Mapper::map(const Json &record, const expr::EvalContext &context,
                         TraceDetail detail) const
{
    MappedRecord out;
    const bool traced = detail != TraceDetail::Writes;
    const bool traceValues = detail == TraceDetail::Values;
    if (traced) {
        out.traces.reserve(m_rows.size());
    } else {
        out.written.reserve(m_rows.size());
    }
    out.entity.get_ref<Json::object_t &>().reserve(m_rootRoom);
    FieldTrace scratch;
    for (const Row &row : m_rows) {
        FieldTrace &trace = traced ? out.traces.emplace_back(placeOf(row)) : scratch;
        if (traceValues) {
            trace.destination = row.destination.text();
        }

        expr::ArrayIntent intent = expr::ArrayIntent::None;
        Json value = readSource(row, record, context, out, trace, intent);
        if (traceValues) {
            trace.rawValue = value;
        }
        if (!value.is_null() && row.writable) {
            value = coerceValue(row, std::move(value), trace, out);
        }
        if (!row.writable) {
            value = Json();
        }
        trace.written = !value.is_null();
        if (traceValues) {
            trace.value = value;
        }
        if (!traced) {
            out.written.push_back(trace.written);
        }
        if (!value.is_null() || m_allowNullValues) {
            write(row, std::move(value), intent, out);
        }
    }
    if (!m_allowNullValues) {
        pruneEmpty(out.entity);
    }
    return out;
}

std::vector<FieldTrace> Mapper::places(const std::vector<bool> &written) const
{
    std::vector<FieldTrace> traces;
    traces.reserve(m_rows.size());
    for (size_t i = 0; i < m_rows.size(); ++i) {
        FieldTrace &trace = traces.emplace_back(placeOf(m_rows[i]));
        trace.written = i < written.size() && written[i];
    }
    return traces;
}

FieldTrace Mapper::placeOf(const Row &row)
{
    FieldTrace trace;
    trace.pointer = row.destinationPointer;
    trace.mappingIndex = row.index;
    trace.sourceType = sourceTypeName(row.type);
    trace.source = row.sourceText;
    return trace;
}

Json Mapper::readSource(const Row &row, const Json &record, const expr::EvalContext &context,
                        MappedRecord &out, FieldTrace &trace, expr::ArrayIntent &intent) const
{
    if (row.type == SourceType::Static) {
        return row.constant;
    }
    if (row.type == SourceType::Expression) {
        expr::Evaluation result = row.expression->evaluate(record, context);
        intent = result.intent;
        if (!result.ok()) {
            trace.error = result.error;
            out.problems.push_back(
                rowProblem(QStringLiteral("P10"), Severity::Warning,
                           QStringLiteral("The expression failed, so \"%1\" is null: %2")
                               .arg(toQString(row.destination.text()), result.error),
                           row.index, "source"));
        }
        return std::move(result.value);
    }
    if (row.source->wildcardCount() > 0) {
        std::vector<Json> values = collect(record, *row.source);
        Json array = Json::array();
        for (Json &value : values) {
            array.push_back(std::move(value));
        }
        return array;
    }
    // Flat (columnar) input may hold the whole dotted text as one column name.
    if (record.is_object()) {
        const auto whole = record.find(row.sourceText);
        if (whole != record.end()) {
            return *whole;
        }
    }
    const Json *found = lookup(record, *row.source);
    if (!found && row.source->usesBraces()) {
        checkBracedDot(row, record, out);
    }
    return found ? *found : Json();
}

// ${a.b} reads a path a -> b; a member literally named "a.b" needs a\.b (spec §6.5, M13).
void Mapper::checkBracedDot(const Row &row, const Json &record, MappedRecord &out) const
{
    const std::vector<std::string> names = row.source->names();
    for (size_t split = 1; split < names.size(); ++split) {
        std::string joined;
        for (size_t i = 0; i <= split; ++i) {
            joined += (i ? "." : "") + names[i];
        }
        if (record.is_object() && record.contains(joined)) {
            QString escaped = toQString(joined);
            escaped.replace(QLatin1Char('.'), QLatin1String("\\."));
            out.problems.push_back(rowProblem(
                QStringLiteral("M13"), Severity::Error,
                QStringLiteral("\"%1\" is one member with a dot in its name: write it as %2, "
                               "${...} does not keep the dot.")
                    .arg(toQString(joined), escaped),
                row.index, "source"));
            return;
        }
    }
}

Json Mapper::coerceValue(const Row &row, Json value, FieldTrace &trace, MappedRecord &out) const
{
    if (!row.field) {
        return value;
    }
    const bool perElement = row.destination.wildcardCount() > 0 && value.is_array();
    if (perElement) {
        for (Json &element : value) {
            element = coerceOne(row, std::move(element), trace, out);
        }
        return value;
    }
    return coerceOne(row, std::move(value), trace, out);
}

Json Mapper::coerceOne(const Row &row, Json value, FieldTrace &trace, MappedRecord &out) const
{
    if (value.is_null()) {
        return value;
    }
    if (value.is_object() || value.is_array()) {
        std::vector<std::string> dropped;
        keepKnownChildren(value, *row.field, row.destinationPointer, dropped);
        for (const std::string &pointer : dropped) {
            Problem problem =
                rowProblem(QStringLiteral("M09"), Severity::Info,
                           QStringLiteral("Object copy left out %1: the schema has no such field.")
                               .arg(toQString(pointer)),
                           row.index, nullptr);
            out.problems.push_back(problem);
        }
    }
    if (value.is_string() && row.field->type == xdm::XdmType::String) {
        return value; // what coerce() would return, without copying the text
    }
    xdm::Coercion coercion = xdm::coerce(value, *row.field);
    if (!coercion.ok()) {
        trace.error = coercion.error;
        out.problems.push_back(
            rowProblem(QStringLiteral("M06"), Severity::Warning,
                       QStringLiteral("\"%1\" is null: %2")
                           .arg(toQString(row.destination.text()), coercion.error),
                       row.index, "destination"));
        return Json();
    }
    if (!coercion.warning.isEmpty()) {
        out.problems.push_back(rowProblem(
            coercion.warningRule.isEmpty() ? QStringLiteral("M11") : coercion.warningRule,
            Severity::Warning, coercion.warning, row.index, "source"));
    }
    return std::move(coercion.value);
}

void Mapper::write(const Row &row, Json value, expr::ArrayIntent intent, MappedRecord &out) const
{
    const bool isArrayField = row.field && row.field->type == xdm::XdmType::Array &&
                              row.destination.segments().back().kind == PathSegment::Kind::Name;
    if (isArrayField || intent != expr::ArrayIntent::None) {
        out.arrays.push_back({row.destinationPointer, intent, row.index});
    }
    Result<void> written = assign(out.entity, row.destination, std::move(value), row.room);
    if (!written) {
        out.problems.push_back(rowProblem(QStringLiteral("M05"), Severity::Error,
                                          written.error().message(), row.index, "destination"));
    }
}

} // namespace core
