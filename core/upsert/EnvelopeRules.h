// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Problem.h"
#include "core/json/Json.h"
#include "core/upsert/UpsertHeader.h"
#include "core/workspace/Workspace.h"

#include <QDateTime>

namespace core {

namespace xdm {
class Schema;
}

/// What the envelope rules may consult besides the payload.
struct EnvelopeContext
{
    const FlowConfig *flow = nullptr;     ///< the flow the payload is for, if known
    const Workspace *workspace = nullptr; ///< dataset settings, if known
    const xdm::Schema *schema = nullptr;  ///< the flow's target schema, if known
    bool upsertMode = false;              ///< a header is expected (U02)
    std::string forwardedFlowId;          ///< x-adobe-flow-id of the request (U03)
    qint64 requestBytes = -1;             ///< U27
    QDateTime now;                        ///< for U30
};

/// The upsert rules of spec §3.4 that can be decided from the payload, the workspace's flow
/// and dataset settings and the schema: U02-U17, U19 (schema side), U21-U23, U25-U27, U30,
/// U32, U33. Mapping and identity-value rules are checked where the values are known.
Problems checkEnvelope(const Json &payload, const UpsertHeader &header,
                       const EnvelopeContext &context);

} // namespace core
