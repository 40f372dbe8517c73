// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "Workspace.h"

#include "core/Logging.h"
#include "core/json/JsonDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace core {

namespace {

std::string text(const Json &object, const char *key)
{
    const auto found = object.find(key);
    return (found != object.end() && found->is_string()) ? found->get<std::string>()
                                                         : std::string();
}

bool tagHas(const Json &tags, const char *tag, const char *value)
{
    const auto found = tags.find(tag);
    if (found == tags.end() || !found->is_array()) {
        return false;
    }
    for (const Json &item : *found) {
        if (item.is_string() && item.get<std::string>() == value) {
            return true;
        }
    }
    return false;
}

DatasetConfig readDataset(const Json &json)
{
    DatasetConfig dataset;
    dataset.id = text(json, "id");
    dataset.name = text(json, "name");
    dataset.schemaId = text(json, "schemaId");
    const Json tags = json.value("tags", Json::object());
    if (tags.is_object()) {
        dataset.profileEnabled = tagHas(tags, "unifiedProfile", "enabled:true");
        dataset.identityEnabled = tagHas(tags, "unifiedIdentity", "enabled:true");
        dataset.validationDisabled = tagHas(tags, "acp_validationContext", "disabled");
    }
    dataset.dataLakeExpected = json.value("dataLake", true) == true;
    return dataset;
}

FlowConfig readFlow(const Json &json, const Json &top, const QDir &dir)
{
    FlowConfig flow;
    flow.id = text(json, "id");
    flow.name = text(json, "name");
    const std::string mapping = text(json, "mapping");
    const std::string schema = text(json, "schema");
    if (!mapping.empty()) {
        flow.mappingFile = QDir::cleanPath(dir.absoluteFilePath(toQString(mapping)));
    }
    if (!schema.empty()) {
        flow.schemaFile = QDir::cleanPath(dir.absoluteFilePath(toQString(schema)));
    }
    flow.datasetId = text(json, "datasetId");
    flow.identityDatasetId = text(json, "identityDatasetId");
    flow.imsOrgId = json.contains("imsOrgId") ? text(json, "imsOrgId") : text(top, "imsOrgId");
    flow.sandboxName = json.contains("sandbox") ? text(json, "sandbox") : text(top, "sandbox");
    if (json.contains("source")) {
        flow.sourceName = text(json, "source");
    }
    if (json.contains("mappingRoot")) {
        flow.mappingRoot = text(json, "mappingRoot");
    }
    flow.xdmCompatible = json.value("xdmCompatible", false) == true;
    const auto created = json.find("createdAt");
    if (created != json.end() && created->is_number_integer()) {
        flow.createdAtMs = created->get<qint64>();
    }
    return flow;
}

Error workspaceError(const QString &file, const QString &message)
{
    return Error(ErrorCode::Parse, QStringLiteral("%1: %2").arg(file, message));
}

} // namespace

Result<Workspace> Workspace::open(const QString &directory)
{
    const QDir dir(directory);
    const QString file = dir.absoluteFilePath(QStringLiteral("patchbay.json"));
    if (!QFileInfo::exists(file)) {
        return Error(ErrorCode::NotFound,
                     QStringLiteral("%1 is not a Patchbay workspace: it has no patchbay.json.")
                         .arg(QDir::toNativeSeparators(dir.absolutePath())));
    }
    Result<JsonDocument> doc = JsonDocument::fromFile(file);
    if (!doc) {
        return doc.error();
    }
    const Json &root = doc->root();
    if (!root.is_object()) {
        return workspaceError(file, QStringLiteral("patchbay.json must hold an object."));
    }

    Workspace workspace;
    workspace.m_directory = dir.absolutePath();
    workspace.m_name = toQString(text(root, "name"));
    if (workspace.m_name.isEmpty()) {
        workspace.m_name = dir.dirName();
    }
    const Json datasets = root.value("datasets", Json::array());
    const Json flows = root.value("flows", Json::array());
    if (!datasets.is_array() || !flows.is_array()) {
        return workspaceError(file, QStringLiteral("\"datasets\" and \"flows\" must be arrays."));
    }
    for (const Json &dataset : datasets) {
        if (dataset.is_object()) {
            workspace.m_datasets.push_back(readDataset(dataset));
        }
    }
    for (const Json &flow : flows) {
        if (!flow.is_object() || text(flow, "id").empty()) {
            return workspaceError(file, QStringLiteral("every flow needs an \"id\"."));
        }
        workspace.m_flows.push_back(readFlow(flow, root, dir));
    }
    qCInfo(lcWorkspace) << "opened workspace" << workspace.m_directory << "with"
                        << workspace.m_flows.size() << "flows";
    return workspace;
}

const FlowConfig *Workspace::flow(std::string_view flowId) const
{
    for (const FlowConfig &flow : m_flows) {
        if (flow.id == flowId) {
            return &flow;
        }
    }
    return nullptr;
}

const DatasetConfig *Workspace::dataset(std::string_view datasetId) const
{
    for (const DatasetConfig &dataset : m_datasets) {
        if (dataset.id == datasetId) {
            return &dataset;
        }
    }
    return nullptr;
}

const FlowConfig *Workspace::flowForPayload(const Json &payload) const
{
    if (payload.is_object() && payload.contains("header") && payload["header"].is_object()) {
        const Json &header = payload["header"];
        if (header.contains("flowId") && header["flowId"].is_string()) {
            if (const FlowConfig *named = flow(header["flowId"].get<std::string>())) {
                return named;
            }
        }
    }
    return m_flows.empty() ? nullptr : &m_flows.front();
}

QStringList Workspace::files(const QString &kind) const
{
    const QDir dir(QDir(m_directory).absoluteFilePath(kind));
    QStringList out;
    const QFileInfoList entries =
        dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &entry : entries) {
        out.append(entry.absoluteFilePath());
    }
    return out;
}

QString Workspace::path(const QString &relative) const
{
    return QDir(m_directory).absoluteFilePath(relative);
}

QString Workspace::sampleDirectory()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
        QDir(appDir).absoluteFilePath(QStringLiteral("../share/patchbay/sample-workspace")),
        QStringLiteral("/usr/share/patchbay/sample-workspace"),
        QStringLiteral(PATCHBAY_SOURCE_RESOURCES "/sample-workspace"),
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(QDir(candidate).absoluteFilePath(QStringLiteral("patchbay.json")))) {
            return QDir::cleanPath(candidate);
        }
    }
    return QString();
}

} // namespace core
