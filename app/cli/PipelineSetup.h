// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Result.h"
#include "core/upsert/Pipeline.h"

#include <QCommandLineParser>

#include <map>
#include <memory>

namespace cli {

/// Adds the options every pipeline command shares: --workspace, --mapping, --schema, --flow,
/// --mapping-root, --fixed-clock, --fixed-ids, --upsert.
void addPipelineOptions(QCommandLineParser &parser);

/// Builds pipelines from the command line: from the workspace's flows, with --mapping and
/// --schema overriding the flow's own files, and caches one pipeline per flow for streams.
class PipelineSetup
{
public:
    static core::Result<PipelineSetup> fromArguments(const QCommandLineParser &parser);

    /// The pipeline for a payload: the flow its header names, else the only or first one.
    core::Result<const core::Pipeline *> pipelineFor(const core::Json &payload);

    /// Runs one payload text through its flow's pipeline; mapping problems come first.
    core::Result<core::PipelineResult> runText(const QByteArray &bytes);

    const core::PipelineOptions &options() const { return m_options; }
    const std::shared_ptr<const core::Workspace> &workspace() const { return m_workspace; }

    /// For streams: problems below minimum are not made, and no entity or trace values are
    /// kept beside the messages.
    void setStreaming(core::Severity minimum);

private:
    std::shared_ptr<const core::Workspace> m_workspace;
    core::FlowConfig m_overrides;
    QString m_flowId;
    core::PipelineOptions m_options;
    bool m_mappingRootGiven = false;
    std::map<std::string, std::unique_ptr<core::Pipeline>> m_pipelines;
};

/// Reads a whole file, or standard input for "-".
core::Result<QByteArray> readInput(const QString &path);

} // namespace cli
