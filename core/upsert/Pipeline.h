// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Problem.h"
#include "core/Result.h"
#include "core/json/Json.h"
#include "core/mapping/FieldTrace.h"
#include "core/mapping/Mapper.h"
#include "core/upsert/Identities.h"
#include "core/workspace/Workspace.h"

#include <QDateTime>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace core {

class JsonDocument;
class MappingSet;
namespace xdm {
class Schema;
}

/// The messages Data Prep generates for one payload (spec §5.5).
enum class MessageKind
{
    ProfileCreate,
    ProfileUpdate,
    ProfileDelete,
    IdentityCreate
};

/// "profile.create", "profile.update", "profile.delete" or "identity.create".
QString messageKindName(MessageKind kind);

/// One generated message. AEP publishes none of these formats: the envelope and the update's
/// partial-document body are Patchbay's reconstruction, and emulated says so.
struct GeneratedMessage
{
    MessageKind kind = MessageKind::ProfileCreate;
    std::string datasetId;
    Json message; ///< {"header": {...}, "body": {...}}; null from Pipeline::runToLines
    bool emulated = true;
    bool rejected = false; ///< the payload has errors: AEP would not get this far
};

/// Settings of one run that are not in the payload.
struct PipelineOptions
{
    QDateTime now;           ///< invalid: the real clock; --fixed-clock sets it
    bool fixedIds = false;   ///< msgId and xactionId become reproducible
    bool upsertMode = false; ///< a header is expected even without operations (U02)
    std::string mappingRoot = "body";
    std::string xForwardedFlowId; ///< x-adobe-flow-id sent with the request, for U03
    qint64 requestBytes = -1;     ///< size of the request, for U27; -1: the payload's size
    Severity minimumSeverity = Severity::Info; ///< less severe problems are not even made
    bool traceValues = true; ///< keep each field's value before and after coercion
    bool keepEntity = true;  ///< keep the entity and patch view in the result (not streams)
};

/// Everything one payload produced: the messages, every problem, and the views the window
/// shows beside them.
struct PipelineResult
{
    std::vector<GeneratedMessage> messages;
    Problems problems;
    Json entity;    ///< the mapped entity after coercion and pruning
    Json patchView; ///< the update as RFC 6902 operations (form B), else null
    std::vector<FieldTrace> traces;
    std::vector<Identity> identities; ///< the identities of the mapped entity
    std::vector<ArrayWrite> arrays;   ///< the arrays the mapping wrote, with their intent
    std::string operation;            ///< create, merge or delete, as applied

    /// The report form {"messages": [{kind, datasetId, emulated, message}], "problems": [...]}.
    Json toJson() const;
};

/// The whole pipeline of one flow: the mapping set compiled against its schema once, then run
/// for any number of payloads. Safe to run from several threads once compiled.
///
///     auto pipeline = Pipeline::create(mappingSet, schema, flow, workspace, options);
///     PipelineResult result = pipeline->run(payloadText);
class Pipeline
{
public:
    static Result<Pipeline> create(std::shared_ptr<const MappingSet> mapping,
                                   std::shared_ptr<const xdm::Schema> schema,
                                   const FlowConfig &flow,
                                   std::shared_ptr<const Workspace> workspace,
                                   const PipelineOptions &options);

    /// Loads the flow's mapping set and schema from the workspace and compiles them; the flow's
    /// mappingRoot replaces the one of options.
    static Result<Pipeline> forFlow(std::shared_ptr<const Workspace> workspace,
                                    const FlowConfig &flow, const PipelineOptions &options);

    /// Runs on payload text: parse with positions, check, map, validate, generate.
    PipelineResult run(std::string_view payloadText, int sequence = 0) const;

    /// The same as run(text) on a document already parsed from that text with positions;
    /// textBytes is the text's size, for the size rule.
    PipelineResult run(const JsonDocument &document, qint64 textBytes, int sequence = 0) const;

    /// Runs on an already parsed payload (streams); problems carry pointers but no lines.
    /// sequence numbers the payload in its stream, for reproducible ids.
    PipelineResult run(const Json &payload, int sequence = 0) const;

    /// Runs like run(payload) for a stream: each message that is not rejected is appended to
    /// lines as one line of compact JSON, and the result's messages hold no message trees.
    /// Messages are written straight to text, which is what makes long streams fast.
    PipelineResult runToLines(const Json &payload, int sequence, std::string &lines) const;

    const FlowConfig &flow() const;

    /// Problems of the mapping set itself (M01-M04, M08): the same for every payload.
    const Problems &mappingProblems() const;

private:
    struct Private;
    std::shared_ptr<const Private> d;
};

} // namespace core
