// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "Pipeline.h"

#include "core/Logging.h"
#include "core/json/JsonDocument.h"
#include "core/json/JsonPointer.h"
#include "core/mapping/FieldPath.h"
#include "core/mapping/Mapper.h"
#include "core/upsert/EnvelopeRules.h"
#include "core/upsert/Identities.h"
#include "core/upsert/MessageBuilder.h"
#include "core/upsert/UpsertHeader.h"
#include "core/xdm/Schema.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace core {

namespace {

constexpr size_t kMaxUnmappedReports = 20;

Problem payloadProblem(const char *rule, Severity severity, const QString &message,
                       std::string pointer)
{
    Problem problem;
    problem.rule = QLatin1String(rule);
    problem.severity = severity;
    problem.message = message;
    problem.pointer = std::move(pointer);
    return problem;
}

void append(Problems &into, Problems &&from)
{
    into.insert(into.end(), std::make_move_iterator(from.begin()),
                std::make_move_iterator(from.end()));
}

QString dottedName(const std::vector<std::string> &names)
{
    QStringList parts;
    for (const std::string &name : names) {
        QString part = toQString(name);
        part.replace(QLatin1Char('.'), QLatin1String("\\."));
        parts.append(part);
    }
    return parts.join(QLatin1Char('.'));
}

bool underIdentityMap(const std::string &pointer)
{
    return pointer.rfind("/identityMap", 0) == 0;
}

} // namespace

QString messageKindName(MessageKind kind)
{
    switch (kind) {
    case MessageKind::ProfileCreate:
        return QStringLiteral("profile.create");
    case MessageKind::ProfileUpdate:
        return QStringLiteral("profile.update");
    case MessageKind::ProfileDelete:
        return QStringLiteral("profile.delete");
    case MessageKind::IdentityCreate:
        return QStringLiteral("identity.create");
    }
    return QStringLiteral("profile.create");
}

Json PipelineResult::toJson() const
{
    Json out = Json::object();
    Json list = Json::array();
    for (const GeneratedMessage &generated : messages) {
        Json item = Json::object();
        item["kind"] = toStdString(messageKindName(generated.kind));
        item["datasetId"] = generated.datasetId;
        item["emulated"] = generated.emulated;
        if (generated.rejected) {
            item["rejected"] = true;
        }
        item["message"] = generated.message;
        list.push_back(std::move(item));
    }
    out["messages"] = std::move(list);
    out["problems"] = problemsToJson(problems);
    return out;
}

struct Pipeline::Private
{
    std::shared_ptr<const MappingSet> mapping;
    std::shared_ptr<const xdm::Schema> schema;
    std::shared_ptr<const Workspace> workspace;
    std::shared_ptr<const JsonDocument> mappingPositions;
    FlowConfig flow;
    PipelineOptions options;
    Mapper mapper;
    Problems mappingProblems;
    bool passThrough = false; ///< no mapping set: the body is taken as the entity

    PipelineResult run(const Json &payload, int sequence, std::string *lines) const;
    const Json *record(const Json &payload, const UpsertHeader &header, Problems &problems) const;
    void checkArrays(const MappedRecord &mapped, const UpsertHeader &header,
                     Problems &problems) const;
    void reportUnmapped(const Json &record, const std::string &pointer, Problems &problems) const;
    Problems validateEntity(const Json &entity, const UpsertHeader &header) const;
    void rehome(Problem &problem, const std::vector<FieldTrace> &traces,
                const std::string &recordPointer) const;
    MessageStamp stamp(const UpsertHeader &header, int sequence, int kind) const;
    void generate(const UpsertHeader &header, MappedRecord &mapped, int sequence,
                  PipelineResult &result, std::string *lines) const;
};

Result<Pipeline> Pipeline::create(std::shared_ptr<const MappingSet> mapping,
                                  std::shared_ptr<const xdm::Schema> schema, const FlowConfig &flow,
                                  std::shared_ptr<const Workspace> workspace,
                                  const PipelineOptions &options)
{
    auto d = std::make_shared<Private>();
    d->mapping = std::move(mapping);
    d->schema = std::move(schema);
    d->workspace = std::move(workspace);
    d->flow = flow;
    d->options = options;
    d->passThrough = !d->mapping;
    if (d->mapping) {
        d->mapper = Mapper::compile(*d->mapping, d->schema, &d->mappingProblems);
    }
    Pipeline pipeline;
    pipeline.d = std::move(d);
    return pipeline;
}

Result<Pipeline> Pipeline::forFlow(std::shared_ptr<const Workspace> workspace,
                                   const FlowConfig &flow, const PipelineOptions &options)
{
    std::shared_ptr<const xdm::Schema> schema;
    if (!flow.schemaFile.isEmpty()) {
        Result<xdm::Schema> loaded =
            xdm::Schema::fromFile(flow.schemaFile, xdm::SchemaLibrary::bundled());
        if (!loaded) {
            return loaded.error();
        }
        schema = std::make_shared<const xdm::Schema>(std::move(loaded).value());
    }
    std::shared_ptr<const MappingSet> mapping;
    Problems problems;
    std::shared_ptr<const JsonDocument> positions;
    if (!flow.mappingFile.isEmpty()) {
        Result<JsonDocument> doc = JsonDocument::fromFile(flow.mappingFile);
        if (!doc) {
            return doc.error();
        }
        positions = std::make_shared<const JsonDocument>(std::move(doc).value());
        Result<MappingSet> set =
            MappingSet::fromJson(positions->root(), &problems, positions.get());
        if (!set) {
            return Error(set.error().code(),
                         QStringLiteral("%1: %2").arg(flow.mappingFile, set.error().message()));
        }
        mapping = std::make_shared<const MappingSet>(std::move(set).value());
    }
    PipelineOptions effective = options;
    if (!flow.mappingRoot.empty()) {
        effective.mappingRoot = flow.mappingRoot;
    }
    Result<Pipeline> pipeline =
        create(std::move(mapping), std::move(schema), flow, std::move(workspace), effective);
    if (pipeline) {
        auto d = std::const_pointer_cast<Private>(pipeline->d);
        d->mappingPositions = positions;
        problems.insert(problems.end(), d->mappingProblems.begin(), d->mappingProblems.end());
        for (Problem &problem : problems) {
            if (problem.line == 0 && positions) {
                const TextPosition where = positions->positionOf(problem.pointer);
                problem.line = where.line;
                problem.column =
                    problem.origin == ProblemOrigin::Expression ? problem.column : where.column;
            }
        }
        d->mappingProblems = std::move(problems);
    }
    return pipeline;
}

const Problems &Pipeline::mappingProblems() const
{
    return d->mappingProblems;
}

const FlowConfig &Pipeline::flow() const
{
    return d->flow;
}

PipelineResult Pipeline::run(const Json &payload, int sequence) const
{
    return d->run(payload, sequence, nullptr);
}

PipelineResult Pipeline::runToLines(const Json &payload, int sequence, std::string &lines) const
{
    return d->run(payload, sequence, &lines);
}

PipelineResult Pipeline::run(std::string_view payloadText, int sequence) const
{
    Result<JsonDocument> doc = JsonDocument::parse(payloadText);
    if (!doc) {
        PipelineResult result;
        Problem problem = payloadProblem("U01", Severity::Error, doc.error().message(), "");
        problem.line = doc.error().line();
        problem.column = doc.error().column();
        result.problems.push_back(problem);
        return result;
    }
    return run(doc.value(), qint64(payloadText.size()), sequence);
}

PipelineResult Pipeline::run(const JsonDocument &document, qint64 textBytes, int sequence) const
{
    PipelineResult result = d->run(document.root(), sequence, nullptr);
    if (d->options.requestBytes < 0 && textBytes > 10 * 1024) {
        // The size rule needs the text's size, which run(Json) does not know.
        EnvelopeContext context;
        context.requestBytes = textBytes;
        Problems sized = checkEnvelope(Json::object(), UpsertHeader(), context);
        append(result.problems, std::move(sized));
    }
    for (const std::string &pointer : document.duplicateKeys()) {
        result.problems.push_back(payloadProblem(
            "U01", Severity::Warning,
            QStringLiteral("The key %1 appears more than once; the last value is used.")
                .arg(toQString(pointer)),
            pointer));
    }
    for (Problem &problem : result.problems) {
        if (problem.origin == ProblemOrigin::Payload && problem.line == 0) {
            const TextPosition where = document.positionOf(problem.pointer);
            problem.line = where.line;
            problem.column = where.column;
        }
    }
    // Errors first, then warnings and infos; within a severity, in the order of the text.
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const Problem &a, const Problem &b) {
                         if (a.severity != b.severity) {
                             return int(a.severity) < int(b.severity);
                         }
                         return a.line < b.line || (a.line == b.line && a.column < b.column);
                     });
    return result;
}

PipelineResult Pipeline::Private::run(const Json &payload, int sequence, std::string *lines) const
{
    PipelineResult result;
    if (!payload.is_object()) {
        result.problems.push_back(payloadProblem(
            "U01", Severity::Error,
            QStringLiteral("A payload is a JSON object with a header and a body, not a %1.")
                .arg(QLatin1String(jsonTypeName(payload))),
            ""));
        return result;
    }
    UpsertHeader header = UpsertHeader::read(payload, result.problems);
    result.operation = header.data;

    EnvelopeContext context;
    context.flow = flow.id.empty() && flow.datasetId.empty() ? nullptr : &flow;
    context.workspace = workspace.get();
    context.schema = schema.get();
    context.upsertMode = options.upsertMode;
    context.forwardedFlowId = options.xForwardedFlowId;
    context.requestBytes = options.requestBytes;
    context.now = options.now;
    append(result.problems, checkEnvelope(payload, header, context));

    const Json *source = record(payload, header, result.problems);
    const std::string recordPointer =
        source == &payload ? std::string() : "/" + jsonpointer::escape(options.mappingRoot);
    MappedRecord mapped;
    if (source && passThrough) {
        mapped.entity = *source;
        pruneEmpty(mapped.entity);
    } else if (source) {
        expr::EvalContext evalContext;
        evalContext.now = options.now;
        evalContext.fixedIds = options.fixedIds;
        evalContext.isMerge = header.isMerge();
        const TraceDetail detail = lines                 ? TraceDetail::Writes
                                   : options.traceValues ? TraceDetail::Values
                                                         : TraceDetail::Places;
        mapped = mapper.map(*source, evalContext, detail);
        append(result.problems, std::move(mapped.problems));
        checkArrays(mapped, header, result.problems);
        if (options.minimumSeverity == Severity::Info) {
            reportUnmapped(*source, recordPointer, result.problems);
        }
    }

    std::vector<Identity> identities = collectIdentities(mapped.entity, schema.get());
    Problems identityProblems = checkIdentities(identities, schema.get());
    Problems entityProblems = validateEntity(mapped.entity, header);
    entityProblems.insert(entityProblems.end(), identityProblems.begin(), identityProblems.end());
    if (!entityProblems.empty() && mapped.traces.empty() && !mapped.written.empty()) {
        mapped.traces = mapper.places(mapped.written);
    }
    for (Problem &problem : entityProblems) {
        rehome(problem, mapped.traces, recordPointer);
    }
    append(result.problems, std::move(entityProblems));

    generate(header, mapped, sequence, result, lines);
    if (options.keepEntity) {
        result.entity = std::move(mapped.entity);
    }
    result.traces = std::move(mapped.traces);
    result.identities = std::move(identities);
    result.arrays = std::move(mapped.arrays);
    const int least = int(options.minimumSeverity);
    result.problems.erase(
        std::remove_if(result.problems.begin(), result.problems.end(),
                       [least](const Problem &problem) { return int(problem.severity) > least; }),
        result.problems.end());
    return result;
}

const Json *Pipeline::Private::record(const Json &payload, const UpsertHeader &header,
                                      Problems &problems) const
{
    const auto found = payload.find(options.mappingRoot);
    if (found != payload.end()) {
        if (found->is_object()) {
            return &*found;
        }
        problems.push_back(payloadProblem(
            "P02", Severity::Error,
            QStringLiteral("%1 must be an object of raw attributes, not a %2.")
                .arg(toQString(options.mappingRoot), QLatin1String(jsonTypeName(*found))),
            "/" + jsonpointer::escape(options.mappingRoot)));
        return nullptr;
    }
    if (!header.present) {
        return &payload; // a raw record without header: its members are the attributes
    }
    problems.push_back(payloadProblem(
        "P02", Severity::Error,
        QStringLiteral("The payload has a header but no \"%1\": put the raw attributes there.")
            .arg(toQString(options.mappingRoot)),
        ""));
    return nullptr;
}

void Pipeline::Private::checkArrays(const MappedRecord &mapped, const UpsertHeader &header,
                                    Problems &problems) const
{
    for (const ArrayWrite &write : mapped.arrays) {
        if (underIdentityMap(write.pointer)) {
            continue;
        }
        Problem problem;
        problem.origin = ProblemOrigin::Mapping;
        problem.mappingIndex = write.mappingIndex;
        problem.pointer = "/mappings/" + std::to_string(write.mappingIndex) + "/source";
        if (header.isMerge() && write.intent == expr::ArrayIntent::None) {
            problem.rule = QStringLiteral("U20");
            problem.severity = Severity::Error;
            problem.message = QStringLiteral("%1 is an array in a merge: wrap the source in "
                                             "upsert_array_append(...) or "
                                             "upsert_array_replace(...) to say what to do.")
                                  .arg(toQString(write.pointer));
            problems.push_back(problem);
        } else if (!header.isMerge() && write.intent != expr::ArrayIntent::None) {
            problem.rule = QStringLiteral("U21");
            problem.severity = Severity::Info;
            problem.message = QStringLiteral("upsert_array_* act only in merges: this %1 writes "
                                             "the array unchanged.")
                                  .arg(toQString(header.data));
            problems.push_back(problem);
        }
    }
}

void Pipeline::Private::reportUnmapped(const Json &record, const std::string &pointer,
                                       Problems &problems) const
{
    size_t reported = 0;
    std::vector<std::string> names;
    // Walks members depth first; a member is reported when no mapping reads it or a parent.
    std::function<void(const Json &, const std::string &)> walk = [&](const Json &node,
                                                                      const std::string &at) {
        for (auto it = node.begin(); it != node.end() && reported < kMaxUnmappedReports; ++it) {
            names.push_back(it.key());
            const std::string here = jsonpointer::append(at, it.key());
            if (mapper.readsSource(names)) {
                names.pop_back();
                continue;
            }
            if (it->is_object() && !it->empty()) {
                walk(it.value(), here);
            } else {
                ++reported;
                problems.push_back(payloadProblem(
                    "M09", Severity::Info,
                    QStringLiteral("Source attribute '%1' is not mapped.").arg(dottedName(names)),
                    here));
            }
            names.pop_back();
        }
    };
    if (record.is_object()) {
        walk(record, pointer);
    }
}

Problems Pipeline::Private::validateEntity(const Json &entity, const UpsertHeader &header) const
{
    if (!schema) {
        return {};
    }
    const xdm::ValidationMode mode =
        header.data == "create" ? xdm::ValidationMode::Full : xdm::ValidationMode::Partial;
    return xdm::validate(entity, *schema, mode);
}

// A problem found in the mapped entity belongs where its value came from: the payload member
// an attribute mapping copied, or else the mapping row that computed it.
void Pipeline::Private::rehome(Problem &problem, const std::vector<FieldTrace> &traces,
                               const std::string &recordPointer) const
{
    if (passThrough) {
        problem.pointer = recordPointer + problem.pointer;
        return;
    }
    const FieldTrace *writer = nullptr;
    for (const FieldTrace &trace : traces) {
        const std::string &at = trace.pointer;
        const bool inside =
            problem.pointer.rfind(at, 0) == 0 &&
            (problem.pointer.size() == at.size() || problem.pointer[at.size()] == '/');
        if (inside && trace.written) {
            writer = &trace;
        }
    }
    problem.origin = ProblemOrigin::Mapping;
    if (!writer) {
        return;
    }
    problem.mappingIndex = writer->mappingIndex;
    Result<FieldPath> source = writer->sourceType == QLatin1String("ATTRIBUTE")
                                   ? FieldPath::parse(writer->source)
                                   : Result<FieldPath>(Error(ErrorCode::InvalidArgument, {}));
    if (!source || source->wildcardCount() > 0 || passThrough) {
        problem.pointer = "/mappings/" + std::to_string(writer->mappingIndex) + "/source";
        return;
    }
    problem.origin = ProblemOrigin::Payload;
    problem.pointer =
        recordPointer + source->pointer() + problem.pointer.substr(writer->pointer.size());
}

MessageStamp Pipeline::Private::stamp(const UpsertHeader &header, int sequence, int kind) const
{
    MessageStamp stamp;
    stamp.imsOrgId = header.imsOrgId;
    stamp.flowId = header.flowId;
    stamp.schemaId = schema ? std::string_view(schema->id())
                            : (mapping ? std::string_view(mapping->outputSchemaId()) : "");
    stamp.sourceName = flow.sourceName;
    const qint64 now = options.now.isValid() ? options.now.toMSecsSinceEpoch()
                                             : QDateTime::currentMSecsSinceEpoch();
    stamp.createdAtMs = now;
    if (options.fixedIds) {
        char number[16];
        std::snprintf(number, sizeof(number), "%012lld", qint64(sequence) * 4 + kind);
        stamp.msgId = "00000000-0000-4000-8000-";
        stamp.msgId += number;
        stamp.xactionId = std::to_string(now) + ":0000:" + std::to_string(sequence);
    } else {
        const QByteArray uuid = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        stamp.msgId.assign(uuid.constData(), size_t(uuid.size()));
        stamp.xactionId = std::to_string(now) + ":" +
                          std::to_string(QRandomGenerator::global()->bounded(1000, 9999)) + ":" +
                          std::to_string(sequence);
    }
    return stamp;
}

void Pipeline::Private::generate(const UpsertHeader &header, MappedRecord &mapped, int sequence,
                                 PipelineResult &result, std::string *lines) const
{
    static const std::pair<const char *, MessageKind> kinds[] = {
        {"create", MessageKind::ProfileCreate},
        {"merge", MessageKind::ProfileUpdate},
        {"delete", MessageKind::ProfileDelete},
    };
    static const char *const msgTypes[] = {"xdmEntityCreate", "xdmEntityUpdate", "xdmEntityDelete"};
    const bool rejected = hasErrors(result.problems);
    const std::string datasetId = header.present ? header.datasetId : flow.datasetId;
    const bool identityWanted = header.createsIdentities() && !header.identityDatasetId.empty();
    Json identities = identityWanted ? identityEntity(mapped.entity, schema.get()) : Json();
    for (int i = 0; i < 3; ++i) {
        if (header.data != kinds[i].first) {
            continue;
        }
        if (header.isMerge() && options.keepEntity) {
            result.patchView = patchView(mapped.entity, mapped.arrays);
        }
        GeneratedMessage profile;
        profile.kind = kinds[i].second;
        profile.datasetId = datasetId;
        profile.rejected = rejected;
        if (lines) {
            if (!rejected) {
                writeMessage(msgTypes[i], datasetId, mapped.entity, stamp(header, sequence, i),
                             *lines);
                *lines += '\n';
            }
        } else {
            // A stream keeps no entity: the message may take it instead of a copy.
            profile.message =
                buildMessage(msgTypes[i], datasetId,
                             options.keepEntity ? Json(mapped.entity) : std::move(mapped.entity),
                             stamp(header, sequence, i));
        }
        result.messages.push_back(std::move(profile));
    }
    if (!identityWanted) {
        return;
    }
    if (identities.empty()) {
        result.problems.push_back(payloadProblem(
            "P03", Severity::Info,
            QStringLiteral("operations.identity is create but the mapped record holds no "
                           "identities: no Identity message is generated."),
            "/header/operations/identity"));
        return;
    }
    if (options.minimumSeverity == Severity::Info) {
        result.problems.push_back(payloadProblem(
            "U24", Severity::Info,
            QStringLiteral("Identities that already exist in the graph are ignored: for them the "
                           "Identity create is a no-op."),
            "/header/operations/identity"));
    }
    GeneratedMessage identity;
    identity.kind = MessageKind::IdentityCreate;
    identity.datasetId = header.identityDatasetId;
    identity.rejected = rejected;
    if (!lines) {
        identity.message = buildMessage("xdmEntityCreate", header.identityDatasetId,
                                        std::move(identities), stamp(header, sequence, 3));
    } else if (!rejected) {
        writeMessage("xdmEntityCreate", header.identityDatasetId, identities,
                     stamp(header, sequence, 3), *lines);
        *lines += '\n';
    }
    result.messages.push_back(std::move(identity));
}

} // namespace core
