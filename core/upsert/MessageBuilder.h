// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/json/Json.h"
#include "core/mapping/Mapper.h"

#include <string>
#include <string_view>
#include <vector>

namespace core {

/// The header fields every generated message shares (spec §5.2, a reconstruction).
/// The views point into the payload's header, the flow and the schema, which outlive it.
struct MessageStamp
{
    std::string_view imsOrgId;
    std::string_view flowId;
    std::string_view schemaId;
    std::string_view sourceName;
    std::string xactionId;
    std::string msgId;
    qint64 createdAtMs = 0;
};

/// The schema content type the reconstruction stamps on every message.
inline constexpr const char *kFullSchemaContentType =
    "application/vnd.adobe.xed-full+json;version=1";

/// {"header": {msgType, msgId, msgVersion, xactionId, imsOrgId, datasetId, flowId, createdAt,
/// schemaRef, source}, "body": {"xdmMeta": {schemaRef}, "xdmEntity": entity}}.
Json buildMessage(const char *msgType, const std::string &datasetId, Json entity,
                  const MessageStamp &stamp);

/// Appends the compact text of buildMessage(msgType, datasetId, entity, stamp) to out, byte
/// for byte, without building the message: the form streams use.
void writeMessage(const char *msgType, std::string_view datasetId, const Json &entity,
                  const MessageStamp &stamp, std::string &out);

/// The update's JSON Patch view (form B of spec §5.3): an add per leaf, "/arr/-" adds for
/// appended arrays and identityMap items, a replace for replaced arrays. Display only.
Json patchView(const Json &entity, const std::vector<ArrayWrite> &arrays);

} // namespace core
