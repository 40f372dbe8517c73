// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Result.h"
#include "core/diff/DiffResult.h"
#include "core/json/Json.h"
#include "core/upsert/Pipeline.h"
#include "core/workspace/Workspace.h"

#include <QString>

#include <memory>
#include <string>

namespace core {

/// What a saved case came to when it was run again.
struct CaseOutcome
{
    QString name;
    QString file;
    bool passed = false;
    QString error;            ///< the case could not run (bad file, missing payload)
    diff::DiffResult changes; ///< expected (left) against actual (right)
    Json actual;              ///< the comparable form of what the pipeline produced now
};

/// A saved case (cases/NAME.json): a payload, its flow, and the messages and problems expected
/// of it. Running it again compares the pipeline's result with the expectation structurally,
/// ignoring what differs on every run (message ids, timestamps, transaction ids), so that a
/// mapping set can be kept under CI.
///
///     {"name": "...", "flow": "<flowId>", "payload": "payloads/x.json",
///      "expected": {"messages": [{kind, datasetId, message}], "problems": [{rule, severity,
///      pointer}]}}
///
/// "payload" is a path relative to the workspace, or the payload itself inline.
class SavedCase
{
public:
    static Result<SavedCase> fromFile(const QString &path);

    /// A case that expects exactly what result holds now.
    static SavedCase fromResult(const QString &name, const std::string &flowId,
                                const Json &payloadRef, const PipelineResult &result);

    /// A case that expects a comparable() form as it is.
    static SavedCase fromComparable(const QString &name, const std::string &flowId,
                                    const Json &payloadRef, const Json &expected);

    /// The form compared: messages with kind, datasetId and message; problems with rule,
    /// severity and pointer only (their wording may improve without breaking a case).
    static Json comparable(const PipelineResult &result);

    Json toJson() const;
    /// Writes the case atomically: a crash leaves the old file or the new one, never half.
    Result<void> save(const QString &path) const;

    CaseOutcome run(std::shared_ptr<const Workspace> workspace) const;

    const QString &name() const { return m_name; }
    const Json &expected() const { return m_expected; }

private:
    Result<QByteArray> payloadText(const Workspace &workspace) const;

    QString m_name;
    QString m_file;
    std::string m_flowId;
    Json m_payload; ///< a path string, or the payload object
    Json m_expected;
};

/// Runs every case of a workspace, in file name order.
std::vector<CaseOutcome> runCases(std::shared_ptr<const Workspace> workspace);

} // namespace core
