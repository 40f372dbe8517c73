// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/emulation/ProfileStore.h"
#include "core/json/Json.h"
#include "core/upsert/Pipeline.h"
#include "core/workspace/Workspace.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <map>
#include <memory>
#include <string>

namespace core::emulation {

/// One HTTP request to the inlet, as the server received it.
struct InletRequest
{
    QByteArray method = "POST";
    QString path;                ///< /collection/{inletId} or /collection/batch/{inletId}
    QUrlQuery query;             ///< syncValidation, x-adobe-flow-id
    QByteArray contentType;      ///< the Content-Type header
    QByteArray flowIdHeader;     ///< the x-adobe-flow-id header
    bool hasBearerToken = false; ///< an "Authorization: Bearer ..." header came (never its value)
    QByteArray body;
};

/// The answer: an HTTP status and a JSON body in the shapes DCS documents (spec §2.6), with a
/// "patchbay" member that says what the emulation made of each message.
struct InletResponse
{
    int status = 200;
    Json body;
};

/// Patchbay's local inlet: it answers like AEP's collection endpoint (single messages, batches,
/// synchronous validation), runs each payload through its flow's pipeline, and applies what
/// AEP would apply to the emulated profile store and identity graph. Not thread-safe: one
/// emulator serves one thread.
class InletEmulator
{
public:
    /// store may be null: then payloads are checked and answered but applied nowhere.
    InletEmulator(std::shared_ptr<const Workspace> workspace, const PipelineOptions &options,
                  ProfileStore *store);

    InletResponse handle(const InletRequest &request);

    /// Answers 401 to requests without a bearer token, as an authenticated inlet does. The
    /// token itself is not checked: the emulation has no IMS to ask.
    void setRequireToken(bool require) { m_requireToken = require; }

    /// Requests answered so far, and messages applied to the store.
    qint64 requestCount() const { return m_requests; }
    qint64 appliedCount() const { return m_applied; }

private:
    struct Ingested
    {
        int status = 200;
        QString message; ///< why it was refused, in DCS's words where DCS has them
        Json detail;     ///< the "patchbay" member
        Problems problems;
        bool accepted = false;
    };

    InletResponse single(const QString &inletId, const InletRequest &request);
    InletResponse batch(const QString &inletId, const InletRequest &request);
    Ingested ingest(std::string_view text, const std::string &flowHint, bool sync);
    Result<const Pipeline *> pipelineFor(const std::string &flowId, const Json &payload);
    std::string nextTransactionId();
    qint64 nowMs() const;

    std::shared_ptr<const Workspace> m_workspace;
    PipelineOptions m_options;
    ProfileStore *m_store = nullptr;
    std::map<std::string, std::unique_ptr<Pipeline>> m_pipelines;
    qint64 m_requests = 0;
    qint64 m_applied = 0;
    qint64 m_sequence = 0;
    bool m_requireToken = false;
};

} // namespace core::emulation
