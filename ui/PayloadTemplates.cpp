// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "PayloadTemplates.h"

#include "core/json/JsonDocument.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

namespace ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ui::PayloadTemplates", text);
}

core::Json operationsFor(PayloadTemplates::Kind kind, const core::FlowConfig *flow)
{
    using Kind = PayloadTemplates::Kind;
    core::Json operations = core::Json::object();
    switch (kind) {
    case Kind::Create:
    case Kind::CreateWithIdentity:
        operations["data"] = "create";
        break;
    case Kind::Merge:
    case Kind::MergeWithIdentity:
        operations["data"] = "merge";
        break;
    case Kind::Delete:
    case Kind::DeleteWithIdentity:
        operations["data"] = "delete";
        break;
    }
    if (kind == Kind::CreateWithIdentity || kind == Kind::MergeWithIdentity ||
        kind == Kind::DeleteWithIdentity) {
        operations["identity"] = "create";
        operations["identityDatasetId"] = flow ? flow->identityDatasetId : std::string();
    }
    return operations;
}

core::Json bodyOf(const QString &currentText)
{
    const QByteArray bytes = currentText.toUtf8();
    const core::Result<core::Json> parsed =
        core::parseJson(std::string_view(bytes.constData(), size_t(bytes.size())));
    if (parsed && parsed->is_object() && parsed->contains("body")) {
        return parsed->at("body");
    }
    return core::Json::object();
}

} // namespace

QList<PayloadTemplates::Kind> PayloadTemplates::kinds()
{
    return {Kind::Create, Kind::CreateWithIdentity, Kind::Merge, Kind::MergeWithIdentity,
            Kind::Delete, Kind::DeleteWithIdentity};
}

QString PayloadTemplates::title(Kind kind)
{
    switch (kind) {
    case Kind::Create:
        return tr("Create");
    case Kind::CreateWithIdentity:
        return tr("Create with identity creation");
    case Kind::Merge:
        return tr("Merge");
    case Kind::MergeWithIdentity:
        return tr("Merge with identity creation");
    case Kind::Delete:
        return tr("Delete");
    case Kind::DeleteWithIdentity:
        return tr("Delete with identity creation");
    }
    return {};
}

QString PayloadTemplates::text(Kind kind, const core::Workspace *workspace,
                               const QString &currentText)
{
    const core::FlowConfig *flow =
        workspace && !workspace->flows().empty() ? &workspace->flows().front() : nullptr;

    core::Json header = core::Json::object();
    header["flowId"] = flow ? flow->id : std::string();
    header["imsOrgId"] = flow ? flow->imsOrgId : std::string();
    header["datasetId"] = flow ? flow->datasetId : std::string();
    header["operations"] = operationsFor(kind, flow);

    core::Json payload = core::Json::object();
    payload["header"] = std::move(header);
    payload["body"] = bodyOf(currentText);
    return core::toQString(core::dumpJson(payload, 2)) + QLatin1Char('\n');
}

} // namespace ui
