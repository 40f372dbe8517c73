// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "InletEmulator.h"

#include "core/Logging.h"
#include "core/json/JsonDocument.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

namespace core::emulation {

namespace {

constexpr qsizetype kMaxRequestBytes = 1024 * 1024; // DCS answers 413 above 1 MB

const char *const kInletProblemType =
    "http://ns.adobe.com/adobecloud/problem/data-collection-service/inlet";

InletResponse problemResponse(int status, const QString &title, const QString &message)
{
    InletResponse response;
    response.status = status;
    response.body = {{"type", kInletProblemType},
                     {"status", status},
                     {"title", toStdString(title)},
                     {"report", {{"message", toStdString(message)}}}};
    return response;
}

// The cause list of a synchronous validation failure, in the shape DCS gives it.
Json streamingValidation(const Problems &problems)
{
    Json causes = Json::array();
    int errors = 0;
    for (const Problem &problem : problems) {
        if (!problem.isError()) {
            continue;
        }
        ++errors;
        causes.push_back({{"schemaLocation", "#"},
                          {"pointerToViolation", "#" + problem.pointer},
                          {"causingExceptions", Json::array()},
                          {"keyword", toStdString(problem.rule)},
                          {"message", toStdString(problem.message)}});
    }
    return Json::array({{{"schemaLocation", "#"},
                         {"pointerToViolation", "#"},
                         {"causingExceptions", std::move(causes)},
                         {"message", std::to_string(errors) + " schema violations found"}}});
}

bool hasRule(const Problems &problems, const char *rule)
{
    return std::any_of(problems.begin(), problems.end(), [rule](const Problem &problem) {
        return problem.isError() && problem.rule == QLatin1String(rule);
    });
}

Json messageSummary(const PipelineResult &result)
{
    Json list = Json::array();
    for (const GeneratedMessage &message : result.messages) {
        list.push_back({{"kind", toStdString(messageKindName(message.kind))},
                        {"datasetId", message.datasetId},
                        {"rejected", message.rejected}});
    }
    return list;
}

} // namespace

InletEmulator::InletEmulator(std::shared_ptr<const Workspace> workspace,
                             const PipelineOptions &options, ProfileStore *store)
    : m_workspace(std::move(workspace))
    , m_options(options)
    , m_store(store)
{
    // Answers show neither the entity, its patch view nor traced values: do not make them.
    m_options.traceValues = false;
    m_options.keepEntity = false;
}

InletResponse InletEmulator::handle(const InletRequest &request)
{
    ++m_requests;
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool isBatch = parts.size() == 3 && parts[0] == QLatin1String("collection") &&
                         parts[1] == QLatin1String("batch");
    const bool isSingle = parts.size() == 2 && parts[0] == QLatin1String("collection");
    if (!isBatch && !isSingle) {
        return problemResponse(404, QStringLiteral("Not Found"),
                               QStringLiteral("The inlet takes POST /collection/{inletId} and "
                                              "POST /collection/batch/{inletId}."));
    }
    if (request.method != "POST") {
        return problemResponse(405, QStringLiteral("Method Not Allowed"),
                               QStringLiteral("The collection endpoint takes POST requests."));
    }
    if (m_requireToken && !request.hasBearerToken) {
        // DCS's own answer for an authenticated inlet; its status is a string here.
        InletResponse refused;
        refused.status = 401;
        refused.body = {
            {"type",
             "https://ns.adobe.com/adobecloud/problem/data-collection-service-authorization"},
            {"status", "401"},
            {"title", "Authorization"},
            {"report",
             {{"message", "[" + toStdString(parts.last()) + "] Ims service token is empty"}}}};
        return refused;
    }
    const QString contentType = QString::fromLatin1(request.contentType).trimmed().toLower();
    if (!contentType.startsWith(QLatin1String("application/json"))) {
        return problemResponse(
            415, QStringLiteral("Unsupported Media Type"),
            QStringLiteral("Send Content-Type: application/json; the emulated inlet reads no "
                           "Smile (application/x-jackson-smile) bodies."));
    }
    if (request.body.size() > kMaxRequestBytes) {
        return problemResponse(413, QStringLiteral("Payload Too Large"),
                               QStringLiteral("The request is %1 bytes; DCS takes up to 1 MB.")
                                   .arg(request.body.size()));
    }
    return isBatch ? batch(parts[2], request) : single(parts[1], request);
}

InletResponse InletEmulator::single(const QString &inletId, const InletRequest &request)
{
    const bool sync =
        request.query.queryItemValue(QStringLiteral("syncValidation")) == QLatin1String("true");
    std::string hint = request.flowIdHeader.toStdString();
    if (hint.empty()) {
        hint = toStdString(request.query.queryItemValue(QStringLiteral("x-adobe-flow-id")));
    }
    const std::string_view text(request.body.constData(), size_t(request.body.size()));
    Ingested ingested = ingest(text, hint, sync);
    if (!ingested.accepted && ingested.status != 200) {
        InletResponse refused = problemResponse(
            ingested.status,
            sync ? QStringLiteral("Invalid XDM Message Format") : QStringLiteral("Bad Request"),
            QStringLiteral("inletId: [%1] %2").arg(inletId, ingested.message));
        if (sync && ingested.status == 400) {
            refused.body["report"]["cause"] = {
                {"_streamingValidation", streamingValidation(ingested.problems)}};
        }
        refused.body["patchbay"] = std::move(ingested.detail);
        return refused;
    }
    InletResponse response;
    response.body = {{"inletId", toStdString(inletId)},
                     {"xactionId", nextTransactionId()},
                     {"receivedTimeMs", nowMs()}};
    response.body["syncValidation"] = sync ? Json{{"status", "pass"}} : Json{{"skipped", true}};
    response.body["patchbay"] = std::move(ingested.detail);
    return response;
}

InletResponse InletEmulator::batch(const QString &inletId, const InletRequest &request)
{
    const Result<Json> parsed =
        parseJson(std::string_view(request.body.constData(), size_t(request.body.size())));
    if (!parsed || !parsed->is_object() || !parsed->contains("messages") ||
        !(*parsed)["messages"].is_array()) {
        return problemResponse(
            400, QStringLiteral("Bad Request"),
            QStringLiteral("inletId: [%1] A batch is {\"messages\": [...]}%2")
                .arg(inletId, parsed ? QStringLiteral(".")
                                     : QStringLiteral(": ") + parsed.error().message()));
    }
    const std::string hint = request.flowIdHeader.toStdString();
    const std::string batchId = nextTransactionId();
    InletResponse response;
    response.status = 207;
    response.body = {
        {"inletId", toStdString(inletId)}, {"batchId", batchId}, {"receivedTimeMs", nowMs()}};
    Json responses = Json::array();
    const Json &messages = (*parsed)["messages"];
    for (size_t i = 0; i < messages.size(); ++i) {
        // Each message is its own payload: positions are those of its own text.
        const std::string text = dumpJson(messages[i]);
        Ingested ingested = ingest(text, hint, false);
        Json item = Json::object();
        if (ingested.status == 200) {
            item["xactionId"] = batchId + ":" + std::to_string(i);
        } else {
            item["statusCode"] = ingested.status;
            item["message"] =
                toStdString(QStringLiteral("inletId: [%1] %2").arg(inletId, ingested.message));
        }
        item["patchbay"] = std::move(ingested.detail);
        responses.push_back(std::move(item));
    }
    response.body["responses"] = std::move(responses);
    return response;
}

// One message: its flow's pipeline, then the store. Refusals DCS itself makes (malformed
// JSON, a wrong org, an unknown flow) and, with synchronous validation, any error are 400;
// otherwise DCS accepts the message and the problems only keep it out of the store.
InletEmulator::Ingested InletEmulator::ingest(std::string_view text, const std::string &flowHint,
                                              bool sync)
{
    Ingested out;
    out.detail = {{"emulated", true}, {"applied", false}};
    const Result<JsonDocument> document = JsonDocument::parse(text);
    if (!document) {
        out.status = 400;
        out.message = QStringLiteral("Message is not valid JSON: line %1, column %2: %3")
                          .arg(document.error().line())
                          .arg(document.error().column())
                          .arg(document.error().message());
        return out;
    }
    Result<const Pipeline *> pipeline = pipelineFor(flowHint, document->root());
    if (!pipeline) {
        out.status = 400;
        out.message = pipeline.error().message();
        return out;
    }
    PipelineResult result = pipeline.value()->run(*document, qint64(text.size()));
    out.detail["flowId"] = pipeline.value()->flow().id;
    out.detail["messages"] = messageSummary(result);
    if (hasErrors(result.problems) || !m_store) {
        const bool wrongOrg = hasRule(result.problems, "U04");
        out.accepted = !hasErrors(result.problems);
        out.status = wrongOrg || (sync && !out.accepted) ? 400 : 200;
        out.message = wrongOrg ? QStringLiteral("Message has an absent or wrong ims org in the "
                                                "header")
                               : QStringLiteral("Message is invalid");
        out.detail["problems"] = problemsToJson(result.problems);
        out.problems = std::move(result.problems);
        return out;
    }
    out.accepted = true;
    Result<Outcome> outcome = m_store->apply(result);
    if (!outcome) {
        out.status = 500;
        out.message = outcome.error().message();
        out.accepted = false;
        return out;
    }
    m_applied += outcome->applied ? 1 : 0;
    out.detail["applied"] = outcome->applied;
    out.detail["profile"] = outcome->profileKey.toJson();
    out.detail["problems"] = problemsToJson(outcome->withPipelineProblems(result.problems));
    return out;
}

Result<const Pipeline *> InletEmulator::pipelineFor(const std::string &flowId, const Json &payload)
{
    const FlowConfig *flow = nullptr;
    if (m_workspace) {
        flow = flowId.empty() ? m_workspace->flowForPayload(payload) : m_workspace->flow(flowId);
    }
    if (!flow) {
        return Error(
            ErrorCode::NotFound,
            flowId.empty()
                ? QStringLiteral("The workspace has no dataflow for this message.")
                : QStringLiteral("The workspace has no dataflow %1.").arg(toQString(flowId)));
    }
    const std::string key = flowId + "|" + flow->id;
    const auto cached = m_pipelines.find(key);
    if (cached != m_pipelines.end()) {
        return cached->second.get();
    }
    PipelineOptions options = m_options;
    options.xForwardedFlowId = flowId;
    Result<Pipeline> made = Pipeline::forFlow(m_workspace, *flow, options);
    if (!made) {
        return made.error();
    }
    qCDebug(lcEmulation) << "compiled the pipeline of flow" << toQString(flow->id);
    auto owned = std::make_unique<Pipeline>(std::move(made).value());
    const Pipeline *raw = owned.get();
    m_pipelines.emplace(key, std::move(owned));
    return raw;
}

std::string InletEmulator::nextTransactionId()
{
    ++m_sequence;
    const int middle = m_options.fixedIds ? 0 : int(QRandomGenerator::global()->bounded(1, 9999));
    return std::to_string(nowMs()) + ":" +
           QStringLiteral("%1").arg(middle, 4, 10, QLatin1Char('0')).toStdString() + ":" +
           std::to_string(m_sequence);
}

qint64 InletEmulator::nowMs() const
{
    return m_options.now.isValid() ? m_options.now.toMSecsSinceEpoch()
                                   : QDateTime::currentMSecsSinceEpoch();
}

} // namespace core::emulation
