// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "MessageBuilder.h"

#include "core/json/JsonPointer.h"
#include "core/json/JsonWriter.h"

#include <charconv>

namespace core {

namespace {

// An object with room for its members: ordered objects are vectors, and growing one member at
// a time moves every member several times.
Json objectWithRoom(size_t members)
{
    Json object = Json::object();
    object.get_ref<Json::object_t &>().reserve(members);
    return object;
}

Json schemaRef(const MessageStamp &stamp)
{
    Json ref = objectWithRoom(2);
    ref["id"] = std::string(stamp.schemaId);
    ref["contentType"] = kFullSchemaContentType;
    return ref;
}

const ArrayWrite *arrayAt(const std::vector<ArrayWrite> &arrays, const std::string &pointer)
{
    for (const ArrayWrite &write : arrays) {
        if (write.pointer == pointer) {
            return &write;
        }
    }
    return nullptr;
}

Json operation(const char *op, const std::string &path, const Json &value)
{
    Json out = Json::object();
    out["op"] = op;
    out["path"] = path;
    out["value"] = value;
    return out;
}

void addLeaves(const Json &value, const std::string &pointer, const std::vector<ArrayWrite> &arrays,
               bool inIdentityMap, Json &out)
{
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            const bool identity = inIdentityMap || (pointer.empty() && it.key() == "identityMap");
            addLeaves(it.value(), jsonpointer::append(pointer, it.key()), arrays, identity, out);
        }
        return;
    }
    if (value.is_array()) {
        const ArrayWrite *write = arrayAt(arrays, pointer);
        const bool replace = write && write->intent == expr::ArrayIntent::Replace;
        const bool append = inIdentityMap || (write && write->intent == expr::ArrayIntent::Append);
        if (append && !replace) {
            for (const Json &element : value) {
                out.push_back(operation("add", pointer + "/-", element));
            }
            return;
        }
        out.push_back(operation(replace ? "replace" : "add", pointer, value));
        return;
    }
    out.push_back(operation("add", pointer, value));
}

} // namespace

Json buildMessage(const char *msgType, const std::string &datasetId, Json entity,
                  const MessageStamp &stamp)
{
    Json header = objectWithRoom(10);
    header["msgType"] = msgType;
    header["msgId"] = stamp.msgId;
    header["msgVersion"] = "1.0";
    header["xactionId"] = stamp.xactionId;
    header["imsOrgId"] = std::string(stamp.imsOrgId);
    header["datasetId"] = datasetId;
    header["flowId"] = std::string(stamp.flowId);
    header["createdAt"] = stamp.createdAtMs;
    header["schemaRef"] = schemaRef(stamp);
    Json source = objectWithRoom(1);
    source["name"] = std::string(stamp.sourceName);
    header["source"] = std::move(source);

    Json meta = objectWithRoom(1);
    meta["schemaRef"] = schemaRef(stamp);
    Json body = objectWithRoom(2);
    body["xdmMeta"] = std::move(meta);
    body["xdmEntity"] = std::move(entity);

    Json message = objectWithRoom(2);
    message["header"] = std::move(header);
    message["body"] = std::move(body);
    return message;
}

void writeMessage(const char *msgType, std::string_view datasetId, const Json &entity,
                  const MessageStamp &stamp, std::string &out)
{
    const auto member = [&out](const char *name, std::string_view value) {
        out += name;
        writeJsonString(value, out);
    };
    const auto schemaRefText = [&]() {
        member("\"schemaRef\":{\"id\":", stamp.schemaId);
        member(",\"contentType\":", kFullSchemaContentType);
        out += '}';
    };

    member("{\"header\":{\"msgType\":", msgType);
    member(",\"msgId\":", stamp.msgId);
    out += ",\"msgVersion\":\"1.0\"";
    member(",\"xactionId\":", stamp.xactionId);
    member(",\"imsOrgId\":", stamp.imsOrgId);
    member(",\"datasetId\":", datasetId);
    member(",\"flowId\":", stamp.flowId);
    char number[24];
    const auto written = std::to_chars(number, number + sizeof(number), stamp.createdAtMs);
    out += ",\"createdAt\":";
    out.append(number, size_t(written.ptr - number));
    out += ',';
    schemaRefText();
    member(",\"source\":{\"name\":", stamp.sourceName);

    out += "}},\"body\":{\"xdmMeta\":{";
    schemaRefText();
    out += "},\"xdmEntity\":";
    writeCompactJson(entity, out);
    out += "}}";
}

Json patchView(const Json &entity, const std::vector<ArrayWrite> &arrays)
{
    Json out = Json::array();
    addLeaves(entity, std::string(), arrays, false, out);
    return out;
}

} // namespace core
