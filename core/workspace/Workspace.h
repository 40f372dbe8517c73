// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Problem.h"
#include "core/Result.h"
#include "core/json/Json.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace core {

/// A Catalog dataset as the workspace describes it, with the tags the upsert rules read.
struct DatasetConfig
{
    std::string id;
    std::string name;
    std::string schemaId;            ///< the $id of the dataset's schema
    bool profileEnabled = false;     ///< tags.unifiedProfile has "enabled:true"
    bool identityEnabled = false;    ///< tags.unifiedIdentity has "enabled:true"
    bool validationDisabled = false; ///< tags.acp_validationContext has "disabled"
    bool dataLakeExpected = true;    ///< the team reads this dataset in the data lake
};

/// A dataflow: which mapping set and schema turn its payloads into which datasets.
struct FlowConfig
{
    std::string id; ///< the dataflow id, header.flowId
    std::string name;
    QString mappingFile;           ///< absolute path of the mapping set
    QString schemaFile;            ///< absolute path of the target schema
    std::string datasetId;         ///< the Profile dataset the flow writes to
    std::string identityDatasetId; ///< the identity dataset, if the flow creates identities
    std::string imsOrgId;          ///< the org of the inlet (U04)
    std::string sandboxName;
    std::string sourceName = "HTTP API"; ///< HTTP API, Amazon Kinesis or Azure Event Hubs
    bool xdmCompatible = false;          ///< the dataflow's "XDM-compatible" setting (U26)
    qint64 createdAtMs = 0;              ///< when the dataflow was created, 0 when unknown (U30)
    std::string mappingRoot = "body";    ///< where the raw attributes sit in the payload
};

/// A workspace folder: patchbay.json plus payloads/, mappings/, schemas/, environments/ and
/// cases/, each a folder of plain pretty-printed JSON files that a team can keep in git.
class Workspace
{
public:
    /// Reads DIR/patchbay.json; problems in it are returned as an Error naming file and place.
    static Result<Workspace> open(const QString &directory);

    const QString &directory() const { return m_directory; }
    const QString &name() const { return m_name; }
    const std::vector<FlowConfig> &flows() const { return m_flows; }
    const std::vector<DatasetConfig> &datasets() const { return m_datasets; }

    const FlowConfig *flow(std::string_view flowId) const;
    const DatasetConfig *dataset(std::string_view datasetId) const;
    /// The flow a payload names in header.flowId, else the only or first flow.
    const FlowConfig *flowForPayload(const Json &payload) const;

    /// Files of one kind, sorted: payloads, mappings, schemas, environments or cases.
    QStringList files(const QString &kind) const;
    QString path(const QString &relative) const;

    /// The sample workspace shipped with Patchbay (installed, or in the source tree).
    static QString sampleDirectory();

private:
    QString m_directory;
    QString m_name;
    std::vector<FlowConfig> m_flows;
    std::vector<DatasetConfig> m_datasets;
};

} // namespace core
