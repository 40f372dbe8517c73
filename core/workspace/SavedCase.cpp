// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "SavedCase.h"

#include "core/Logging.h"
#include "core/diff/JsonDiff.h"
#include "core/json/JsonDocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace core {

namespace {

diff::DiffOptions caseDiffOptions()
{
    diff::DiffOptions options;
    options.addVolatileIgnores();
    options.addIdentityMapRule();
    return options;
}

CaseOutcome failed(const QString &name, const QString &file, const QString &error)
{
    CaseOutcome outcome;
    outcome.name = name;
    outcome.file = file;
    outcome.error = error;
    return outcome;
}

} // namespace

Result<SavedCase> SavedCase::fromFile(const QString &path)
{
    Result<JsonDocument> doc = JsonDocument::fromFile(path);
    if (!doc) {
        return doc.error();
    }
    const Json &root = doc->root();
    if (!root.is_object() || !root.contains("payload") || !root.contains("expected") ||
        !root["expected"].is_object()) {
        return Error(ErrorCode::Parse,
                     QStringLiteral("%1: a case needs \"payload\" (a path or the payload) and an "
                                    "\"expected\" object.")
                         .arg(path));
    }
    SavedCase saved;
    saved.m_file = path;
    saved.m_name = root.contains("name") && root["name"].is_string()
                       ? toQString(root["name"].get<std::string>())
                       : QFileInfo(path).completeBaseName();
    if (root.contains("flow") && root["flow"].is_string()) {
        saved.m_flowId = root["flow"].get<std::string>();
    }
    saved.m_payload = root["payload"];
    saved.m_expected = root["expected"];
    return saved;
}

Json SavedCase::comparable(const PipelineResult &result)
{
    Json messages = Json::array();
    for (const GeneratedMessage &generated : result.messages) {
        Json item = Json::object();
        item["kind"] = toStdString(messageKindName(generated.kind));
        item["datasetId"] = generated.datasetId;
        if (generated.rejected) {
            item["rejected"] = true;
        }
        item["message"] = generated.message;
        messages.push_back(std::move(item));
    }
    Json problems = Json::array();
    for (const Problem &problem : result.problems) {
        problems.push_back({{"rule", toStdString(problem.rule)},
                            {"severity", toStdString(severityName(problem.severity))},
                            {"pointer", problem.pointer}});
    }
    return Json{{"messages", std::move(messages)}, {"problems", std::move(problems)}};
}

SavedCase SavedCase::fromResult(const QString &name, const std::string &flowId,
                                const Json &payloadRef, const PipelineResult &result)
{
    SavedCase saved;
    saved.m_name = name;
    saved.m_flowId = flowId;
    saved.m_payload = payloadRef;
    saved.m_expected = comparable(result);
    return saved;
}

SavedCase SavedCase::fromComparable(const QString &name, const std::string &flowId,
                                    const Json &payloadRef, const Json &expected)
{
    SavedCase saved;
    saved.m_name = name;
    saved.m_flowId = flowId;
    saved.m_payload = payloadRef;
    saved.m_expected = expected;
    return saved;
}

Json SavedCase::toJson() const
{
    Json out = Json::object();
    out["name"] = toStdString(m_name);
    if (!m_flowId.empty()) {
        out["flow"] = m_flowId;
    }
    out["payload"] = m_payload;
    out["expected"] = m_expected;
    return out;
}

Result<void> SavedCase::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(ErrorCode::Io,
                     QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    }
    const std::string text = dumpJson(toJson(), 2) + "\n";
    file.write(text.data(), qint64(text.size()));
    if (!file.commit()) {
        return Error(ErrorCode::Io,
                     QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    }
    qCInfo(lcWorkspace) << "saved case" << path;
    return {};
}

Result<QByteArray> SavedCase::payloadText(const Workspace &workspace) const
{
    if (m_payload.is_object()) {
        return QByteArray::fromStdString(m_payload.dump(2));
    }
    if (!m_payload.is_string()) {
        return Error(ErrorCode::Parse, QStringLiteral("\"payload\" must be a path or an object."));
    }
    QFile file(workspace.path(toQString(m_payload.get<std::string>())));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io, QStringLiteral("Cannot read the payload %1: %2")
                                        .arg(file.fileName(), file.errorString()));
    }
    return file.readAll();
}

CaseOutcome SavedCase::run(std::shared_ptr<const Workspace> workspace) const
{
    Result<QByteArray> text = payloadText(*workspace);
    if (!text) {
        return failed(m_name, m_file, text.error().message());
    }
    const std::string_view view(text->constData(), size_t(text->size()));
    Result<Json> quick = parseJson(view);
    const FlowConfig *flow = !m_flowId.empty() ? workspace->flow(m_flowId)
                                               : workspace->flowForPayload(quick ? *quick : Json());
    if (!flow) {
        return failed(m_name, m_file,
                      QStringLiteral("The workspace has no flow %1.").arg(toQString(m_flowId)));
    }
    PipelineOptions options;
    options.now = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    options.fixedIds = true;
    Result<Pipeline> pipeline = Pipeline::forFlow(workspace, *flow, options);
    if (!pipeline) {
        return failed(m_name, m_file, pipeline.error().message());
    }

    CaseOutcome outcome;
    outcome.name = m_name;
    outcome.file = m_file;
    outcome.actual = comparable(pipeline->run(view));
    outcome.changes = diff::diff(m_expected, outcome.actual, caseDiffOptions());
    outcome.passed = outcome.changes.isEqual();
    return outcome;
}

std::vector<CaseOutcome> runCases(std::shared_ptr<const Workspace> workspace)
{
    std::vector<CaseOutcome> outcomes;
    for (const QString &file : workspace->files(QStringLiteral("cases"))) {
        Result<SavedCase> saved = SavedCase::fromFile(file);
        if (!saved) {
            outcomes.push_back(
                failed(QFileInfo(file).completeBaseName(), file, saved.error().message()));
            continue;
        }
        outcomes.push_back(saved->run(workspace));
    }
    return outcomes;
}

} // namespace core
