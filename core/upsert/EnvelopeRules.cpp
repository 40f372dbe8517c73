// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "EnvelopeRules.h"

#include "core/xdm/Schema.h"

namespace core {

namespace {

constexpr qint64 kRequestLimitBytes = 1024 * 1024;
constexpr qint64 kRecommendedRecordBytes = 10 * 1024;
constexpr qint64 kDataflowWarmUpMs = 5 * 60 * 1000;

class EnvelopeChecker
{
public:
    EnvelopeChecker(const Json &payload, const UpsertHeader &header, const EnvelopeContext &context)
        : m_payload(payload)
        , m_header(header)
        , m_context(context)
    {}

    Problems run()
    {
        checkShape();
        if (!m_header.present) {
            checkSize();
            return std::move(m_problems);
        }
        checkFlow();
        checkOrg();
        checkDataset();
        checkOperations();
        checkIdentityDataset();
        checkSchema();
        checkSource();
        checkSize();
        return std::move(m_problems);
    }

private:
    void add(const char *rule, Severity severity, const QString &message, std::string pointer)
    {
        Problem problem;
        problem.rule = QLatin1String(rule);
        problem.severity = severity;
        problem.message = message;
        problem.pointer = std::move(pointer);
        m_problems.push_back(std::move(problem));
    }

    // A member that is there with the wrong type was reported when the header was read.
    bool headerHas(const char *key) const
    {
        return m_payload.contains("header") && m_payload["header"].contains(key);
    }

    const DatasetConfig *dataset(const std::string &id) const
    {
        return (m_context.workspace && !id.empty()) ? m_context.workspace->dataset(id) : nullptr;
    }

    void checkShape()
    {
        if (m_header.present) {
            return;
        }
        const bool looksLikeUpsert = m_payload.contains("operations") ||
                                     (m_payload.contains("body") && m_payload["body"].is_object() &&
                                      m_payload["body"].contains("operations"));
        if (looksLikeUpsert || m_context.upsertMode) {
            add("U02", Severity::Error,
                QStringLiteral("Upserts need a top-level \"header\" with operations; this payload "
                               "has none, so AEP treats it as a plain insert."),
                "");
        }
    }

    void checkFlow()
    {
        if (m_header.flowId.empty()) {
            if (headerHas("flowId")) {
                return;
            }
            add("U03", Severity::Error,
                QStringLiteral("header.flowId is missing: raw data needs the dataflow id."),
                "/header");
            return;
        }
        if (!m_context.forwardedFlowId.empty() && m_context.forwardedFlowId != m_header.flowId) {
            add("U03", Severity::Error,
                QStringLiteral("header.flowId %1 differs from the x-adobe-flow-id %2 of the "
                               "request.")
                    .arg(toQString(m_header.flowId), toQString(m_context.forwardedFlowId)),
                "/header/flowId");
        }
        if (m_context.workspace && !m_context.workspace->flow(m_header.flowId)) {
            add("U03", Severity::Warning,
                QStringLiteral("No flow %1 in this workspace; the checks use flow %2.")
                    .arg(toQString(m_header.flowId),
                         m_context.flow ? toQString(m_context.flow->id) : QStringLiteral("none")),
                "/header/flowId");
        }
    }

    void checkOrg()
    {
        if (m_header.imsOrgId.empty()) {
            if (headerHas("imsOrgId")) {
                return;
            }
            add("U04", Severity::Error,
                QStringLiteral("header.imsOrgId is missing: AEP answers \"Message has an absent "
                               "or wrong ims org in the header\"."),
                "/header");
            return;
        }
        if (m_context.flow && !m_context.flow->imsOrgId.empty() &&
            m_context.flow->imsOrgId != m_header.imsOrgId) {
            add("U04", Severity::Error,
                QStringLiteral("header.imsOrgId %1 is not the org of the inlet (%2).")
                    .arg(toQString(m_header.imsOrgId), toQString(m_context.flow->imsOrgId)),
                "/header/imsOrgId");
        }
    }

    void checkDataset()
    {
        if (m_header.datasetId.empty()) {
            if (headerHas("datasetId")) {
                return;
            }
            add("U05", Severity::Error,
                QStringLiteral("header.datasetId is missing: name the Profile-enabled target "
                               "dataset of the flow."),
                "/header");
            return;
        }
        if (m_context.flow && !m_context.flow->datasetId.empty() &&
            m_context.flow->datasetId != m_header.datasetId) {
            add("U05", Severity::Error,
                QStringLiteral("header.datasetId %1 is not the target dataset of flow %2 (%3).")
                    .arg(toQString(m_header.datasetId), toQString(m_context.flow->id),
                         toQString(m_context.flow->datasetId)),
                "/header/datasetId");
        }
        const DatasetConfig *profile = dataset(m_header.datasetId);
        if (profile && !profile->profileEnabled) {
            add("U16", Severity::Error,
                QStringLiteral("Dataset %1 is not enabled for Profile (tags.unifiedProfile needs "
                               "\"enabled:true\"): upserts need a Profile-enabled dataset.")
                    .arg(toQString(m_header.datasetId)),
                "/header/datasetId");
        }
        if (profile && m_header.isMerge() && profile->dataLakeExpected) {
            add("U22", Severity::Warning,
                QStringLiteral("Merges are partial row updates, which the data lake does not "
                               "consume: dataset %1 will not show this change there.")
                    .arg(toQString(m_header.datasetId)),
                "/header/operations/data");
        }
    }

    void checkOperations()
    {
        const std::string pointer = "/header/operations";
        if (!m_header.dataGiven) {
            add("U07", Severity::Info,
                QStringLiteral("operations.data is not given: AEP treats the payload as create."),
                m_header.hasOperations ? pointer : "/header");
        } else if (m_header.data != "create" && m_header.data != "merge" &&
                   m_header.data != "delete" && !m_header.data.empty()) {
            add("U06", Severity::Error,
                QStringLiteral("operations.data is \"%1\": use create, merge or delete (in lower "
                               "case).")
                    .arg(toQString(m_header.data)),
                pointer + "/data");
        }
        if (!m_header.identity.empty() && m_header.identity != "create") {
            add("U08", Severity::Error,
                QStringLiteral("operations.identity is \"%1\": create is the only identity "
                               "operation; identities cannot be updated or removed.")
                    .arg(toQString(m_header.identity)),
                pointer + "/identity");
        }
        if (m_header.isMerge()) {
            add("U33", Severity::Info,
                QStringLiteral("Streaming segmentation does not evaluate PATCH updates: segments "
                               "see this change only in batch evaluation."),
                pointer + "/data");
        }
        if (m_header.isDelete()) {
            add("U23", Severity::Info,
                QStringLiteral("A delete removes the data from the Profile store but never "
                               "removes identities from the identity graph."),
                pointer + "/data");
        }
    }

    void checkIdentityDataset()
    {
        const std::string pointer = "/header/operations";
        const std::string &identityId = m_header.identityDatasetId;
        if (m_header.createsIdentities() && identityId.empty()) {
            add("U09", Severity::Error,
                QStringLiteral("operations.identity is create but identityDatasetId is missing: "
                               "Identity Service messages need their own dataset."),
                pointer + "/identity");
        }
        if (!identityId.empty() && m_header.identity.empty()) {
            add("U10", Severity::Warning,
                QStringLiteral("identityDatasetId is given without operations.identity: it is "
                               "ignored and no identities are created."),
                pointer + "/identityDatasetId");
        }
        if (identityId.empty() || !m_header.createsIdentities()) {
            return;
        }
        if (identityId == m_header.datasetId) {
            add("U11", Severity::Error,
                QStringLiteral("identityDatasetId is the Profile dataset: data will be "
                               "overwritten instead of updated. Use a separate dataset."),
                pointer + "/identityDatasetId");
        }
        checkIdentityDatasetSettings(identityId, pointer + "/identityDatasetId");
    }

    void checkIdentityDatasetSettings(const std::string &identityId, const std::string &pointer)
    {
        const DatasetConfig *identity = dataset(identityId);
        if (!identity) {
            return;
        }
        if (identity->profileEnabled && identityId != m_header.datasetId) {
            add("U12", Severity::Error,
                QStringLiteral("Identity dataset %1 is enabled for Profile: data will be "
                               "overwritten instead of updated. Disable Profile on it.")
                    .arg(toQString(identityId)),
                pointer);
        }
        if (!identity->identityEnabled) {
            add("U13", Severity::Error,
                QStringLiteral("Identity dataset %1 is not enabled for Identity Service "
                               "(tags.unifiedIdentity \"enabled:true\"): the identities go "
                               "nowhere.")
                    .arg(toQString(identityId)),
                pointer);
        }
        const DatasetConfig *profile = dataset(m_header.datasetId);
        if (profile && !identity->schemaId.empty() && identity->schemaId != profile->schemaId) {
            add("U14", Severity::Warning,
                QStringLiteral("Identity dataset %1 uses schema %2, the Profile dataset %3: a "
                               "mismatch of schemas may lead to inconsistent behaviour.")
                    .arg(toQString(identityId), toQString(identity->schemaId),
                         toQString(profile->schemaId)),
                pointer);
        }
        if (m_context.schema && m_context.schema->hasRequiredFields() &&
            !identity->validationDisabled) {
            add("U15", Severity::Error,
                QStringLiteral("The schema has required fields but validation is on for identity "
                               "dataset %1: the identity message (identities only) will fail "
                               "validation. Tag it acp_validationContext: [\"disabled\"].")
                    .arg(toQString(identityId)),
                pointer);
        }
    }

    void checkSchema()
    {
        const xdm::Schema *schema = m_context.schema;
        if (!schema) {
            return;
        }
        if (!schema->isProfileEnabled()) {
            add("U16", Severity::Error,
                QStringLiteral("Schema %1 is not enabled for Profile (meta:immutableTags needs "
                               "\"union\").")
                    .arg(toQString(schema->id())),
                "/header/datasetId");
        }
        if (!schema->primaryDescriptor() && !schema->hasIdentityMap()) {
            add("U17", Severity::Error,
                QStringLiteral("Schema %1 has no primary identity: neither a primary identity "
                               "descriptor nor an identityMap field.")
                    .arg(toQString(schema->id())),
                "/header/datasetId");
        }
    }

    void checkSource()
    {
        const FlowConfig *flow = m_context.flow;
        if (!flow) {
            return;
        }
        static const char *const supported[] = {"HTTP API", "Amazon Kinesis", "Azure Event Hubs"};
        bool known = false;
        for (const char *name : supported) {
            known = known || flow->sourceName == name;
        }
        if (!known) {
            add("U25", Severity::Error,
                QStringLiteral("Flow %1 reads from %2: streaming upserts work only from the HTTP "
                               "API, Amazon Kinesis and Azure Event Hubs sources.")
                    .arg(toQString(flow->id), toQString(flow->sourceName)),
                "/header/flowId");
        }
        if (flow->xdmCompatible) {
            add("U26", Severity::Warning,
                QStringLiteral("Flow %1 has the XDM-compatible setting on: turn it off and map "
                               "the payload with Data Prep for upserts.")
                    .arg(toQString(flow->id)),
                "/header/flowId");
        }
        if (flow->sandboxName.empty()) {
            add("U32", Severity::Warning,
                QStringLiteral("Flow %1 names no sandbox: requests go without x-sandbox-name.")
                    .arg(toQString(flow->id)),
                "/header/flowId");
        }
        const qint64 now = m_context.now.isValid() ? m_context.now.toMSecsSinceEpoch()
                                                   : QDateTime::currentMSecsSinceEpoch();
        if (flow->createdAtMs > 0 && now - flow->createdAtMs < kDataflowWarmUpMs) {
            add("U30", Severity::Warning,
                QStringLiteral("Flow %1 was created less than 5 minutes ago: ingestion starts "
                               "about 5 minutes after a dataflow is created or updated.")
                    .arg(toQString(flow->id)),
                "/header/flowId");
        }
    }

    void checkSize()
    {
        const qint64 bytes = m_context.requestBytes;
        if (bytes > kRequestLimitBytes) {
            add("U27", Severity::Error,
                QStringLiteral("The request is %1 KB: DCS refuses requests over 1 MB with 413.")
                    .arg(bytes / 1024),
                "");
        } else if (bytes > kRecommendedRecordBytes) {
            add("U27", Severity::Warning,
                QStringLiteral("The record is %1 KB: streaming sources recommend at most 10 KB.")
                    .arg(bytes / 1024),
                "");
        }
    }

    const Json &m_payload;
    const UpsertHeader &m_header;
    const EnvelopeContext &m_context;
    Problems m_problems;
};

} // namespace

Problems checkEnvelope(const Json &payload, const UpsertHeader &header,
                       const EnvelopeContext &context)
{
    return EnvelopeChecker(payload, header, context).run();
}

} // namespace core
