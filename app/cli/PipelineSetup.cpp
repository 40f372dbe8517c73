// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "PipelineSetup.h"

#include "core/json/JsonDocument.h"

#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

namespace cli {

namespace {

constexpr qint64 kMaxInputBytes = 256LL * 1024 * 1024;

QString absolute(const QString &path)
{
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

core::Result<QDateTime> parseClock(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("fixed-clock")) && !parser.isSet(QStringLiteral("now"))) {
        return QDateTime();
    }
    const QString value = parser.isSet(QStringLiteral("now"))
                              ? parser.value(QStringLiteral("now"))
                              : QStringLiteral("2024-01-01T00:00:00Z");
    QDateTime when = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!when.isValid()) {
        return core::Error(core::ErrorCode::InvalidArgument,
                           QStringLiteral("--now takes an ISO-8601 date-time such as "
                                          "2024-01-01T00:00:00Z, not \"%1\".")
                               .arg(value));
    }
    return when.toTimeZone(QTimeZone::utc());
}

} // namespace

void addPipelineOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("workspace"), QStringLiteral("Workspace folder (patchbay.json)."),
         QStringLiteral("DIR")},
        {QStringLiteral("mapping"), QStringLiteral("Mapping set file."), QStringLiteral("F")},
        {QStringLiteral("schema"), QStringLiteral("XDM schema file."), QStringLiteral("F")},
        {QStringLiteral("flow"), QStringLiteral("Flow id to use when the header names none."),
         QStringLiteral("ID")},
        {QStringLiteral("mapping-root"),
         QStringLiteral("Member of the payload holding the raw attributes (default body)."),
         QStringLiteral("NAME")},
        {QStringLiteral("fixed-clock"),
         QStringLiteral("Stamp messages with 2024-01-01T00:00:00Z instead of the time now.")},
        {QStringLiteral("now"), QStringLiteral("Stamp messages with this ISO-8601 time."),
         QStringLiteral("TIME")},
        {QStringLiteral("fixed-ids"), QStringLiteral("Generate reproducible message ids.")},
        {QStringLiteral("upsert"), QStringLiteral("Expect an upsert header in every payload.")},
    });
}

core::Result<PipelineSetup> PipelineSetup::fromArguments(const QCommandLineParser &parser)
{
    PipelineSetup setup;
    if (parser.isSet(QStringLiteral("workspace"))) {
        core::Result<core::Workspace> workspace =
            core::Workspace::open(parser.value(QStringLiteral("workspace")));
        if (!workspace) {
            return workspace.error();
        }
        setup.m_workspace = std::make_shared<const core::Workspace>(std::move(workspace).value());
    }
    setup.m_overrides.mappingFile = absolute(parser.value(QStringLiteral("mapping")));
    setup.m_overrides.schemaFile = absolute(parser.value(QStringLiteral("schema")));
    setup.m_flowId = parser.value(QStringLiteral("flow"));
    for (const QString &file : {setup.m_overrides.mappingFile, setup.m_overrides.schemaFile}) {
        if (!file.isEmpty() && !QFileInfo::exists(file)) {
            return core::Error(core::ErrorCode::NotFound,
                               QStringLiteral("%1 does not exist.").arg(file));
        }
    }
    core::Result<QDateTime> clock = parseClock(parser);
    if (!clock) {
        return clock.error();
    }
    setup.m_options.now = clock.value();
    setup.m_options.fixedIds = parser.isSet(QStringLiteral("fixed-ids"));
    setup.m_options.upsertMode = parser.isSet(QStringLiteral("upsert"));
    setup.m_mappingRootGiven = parser.isSet(QStringLiteral("mapping-root"));
    if (setup.m_mappingRootGiven) {
        setup.m_options.mappingRoot = parser.value(QStringLiteral("mapping-root")).toStdString();
    }
    return setup;
}

void PipelineSetup::setStreaming(core::Severity minimum)
{
    m_options.minimumSeverity = minimum;
    m_options.traceValues = false;
    m_options.keepEntity = false;
}

core::Result<const core::Pipeline *> PipelineSetup::pipelineFor(const core::Json &payload)
{
    const core::FlowConfig *chosen = nullptr;
    if (m_workspace) {
        chosen = !m_flowId.isEmpty() ? m_workspace->flow(m_flowId.toStdString())
                                     : m_workspace->flowForPayload(payload);
        if (!m_flowId.isEmpty() && !chosen) {
            return core::Error(core::ErrorCode::NotFound,
                               QStringLiteral("The workspace has no flow %1.").arg(m_flowId));
        }
    }
    // Every line of a stream asks: look the flow up before copying anything.
    const std::string noFlow;
    const auto cached = m_pipelines.find(chosen ? chosen->id : noFlow);
    if (cached != m_pipelines.end()) {
        return cached->second.get();
    }
    core::FlowConfig flow = chosen ? *chosen : core::FlowConfig();
    if (!m_overrides.mappingFile.isEmpty()) {
        flow.mappingFile = m_overrides.mappingFile;
    }
    if (!m_overrides.schemaFile.isEmpty()) {
        flow.schemaFile = m_overrides.schemaFile;
    }
    if (m_mappingRootGiven) {
        flow.mappingRoot = m_options.mappingRoot;
    }
    core::Result<core::Pipeline> pipeline = core::Pipeline::forFlow(m_workspace, flow, m_options);
    if (!pipeline) {
        return pipeline.error();
    }
    auto owned = std::make_unique<core::Pipeline>(std::move(pipeline).value());
    const core::Pipeline *raw = owned.get();
    m_pipelines.emplace(flow.id, std::move(owned));
    return raw;
}

core::Result<core::PipelineResult> PipelineSetup::runText(const QByteArray &bytes)
{
    const std::string_view text(bytes.constData(), size_t(bytes.size()));
    core::Result<core::Json> quick = core::parseJson(text);
    const core::Json selector = quick ? quick.value() : core::Json::object();
    core::Result<const core::Pipeline *> pipeline = pipelineFor(selector);
    if (!pipeline) {
        return pipeline.error();
    }
    core::PipelineResult result = pipeline.value()->run(text);
    core::Problems all = pipeline.value()->mappingProblems();
    all.insert(all.end(), result.problems.begin(), result.problems.end());
    result.problems = std::move(all);
    return result;
}

core::Result<QByteArray> readInput(const QString &path)
{
    QFile file;
    const bool standardInput = path == QLatin1String("-");
    if (standardInput) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            return core::Error(core::ErrorCode::Io, QStringLiteral("Cannot read standard input."));
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return core::Error(core::ErrorCode::Io,
                               QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
        }
        if (file.size() > kMaxInputBytes) {
            return core::Error(core::ErrorCode::Limit,
                               QStringLiteral("%1 is larger than 256 MB.").arg(path));
        }
    }
    QByteArray bytes = file.read(kMaxInputBytes + 1);
    if (bytes.size() > kMaxInputBytes) {
        return core::Error(core::ErrorCode::Limit,
                           QStringLiteral("The input is larger than 256 MB."));
    }
    return bytes;
}

} // namespace cli
