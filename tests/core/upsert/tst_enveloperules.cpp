// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// Every upsert rule the pipeline decides, each broken on purpose by one change to a payload
// that is otherwise clean, against a workspace whose datasets and flows break the dataset
// rules one at a time.

#include "core/upsert/Pipeline.h"

#include <QTest>

using namespace core;

namespace {

const char *const kBasePayload = R"({
  "header": {
    "flowId": "F-main", "imsOrgId": "ORG@AdobeOrg", "datasetId": "DS-profile",
    "operations": {"data": "merge", "identity": "create", "identityDatasetId": "DS-ident"}
  },
  "body": {
    "_id": "1",
    "identityMap": {"Email": [{"id": "a@example.com", "primary": true}]},
    "email": "a@example.com"
  }
})";

QString workspaceDir()
{
    return QStringLiteral(PATCHBAY_TEST_DATA "/upsert/rules-workspace");
}

PipelineResult runPatched(const QByteArray &patch)
{
    Json payload = Json::parse(kBasePayload);
    if (!patch.isEmpty()) {
        payload.merge_patch(Json::parse(patch.toStdString()));
    }
    auto workspace = Workspace::open(workspaceDir());
    if (!workspace) {
        qFatal("rules workspace: %s", qPrintable(workspace.error().message()));
    }
    auto shared = std::make_shared<const Workspace>(std::move(workspace).value());
    const FlowConfig *flow = shared->flowForPayload(payload);
    PipelineOptions options;
    options.now = QDateTime::fromString(QStringLiteral("2024-01-01T00:00:00Z"), Qt::ISODate);
    options.fixedIds = true;
    auto pipeline = Pipeline::forFlow(shared, *flow, options);
    if (!pipeline) {
        qFatal("pipeline: %s", qPrintable(pipeline.error().message()));
    }
    const std::string text = payload.dump(2);
    return pipeline->run(std::string_view(text));
}

const Problem *findRule(const Problems &problems, const QString &rule)
{
    for (const Problem &problem : problems) {
        if (problem.rule == rule) {
            return &problem;
        }
    }
    return nullptr;
}

QString listRules(const Problems &problems)
{
    QStringList rules;
    for (const Problem &problem : problems) {
        rules << problem.rule + QLatin1Char(':') + severityName(problem.severity);
    }
    return rules.join(QLatin1Char(' '));
}

} // namespace

class TestEnvelopeRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanPayloadHasNoErrors();
    void firesRule_data();
    void firesRule();
    void problemsCarryLineAndColumn();
};

void TestEnvelopeRules::cleanPayloadHasNoErrors()
{
    const PipelineResult result =
        runPatched(R"({"header": {"flowId": "F-nolake", "datasetId": "DS-nolake"},
        "body": {}})");
    QVERIFY2(!hasErrors(result.problems), qPrintable(listRules(result.problems)));
    QCOMPARE(result.messages.size(), size_t(2));
}

void TestEnvelopeRules::firesRule_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("pointer");

    auto row = [](const char *name, const char *patch, const char *rule, const char *severity,
                  const char *pointer) {
        QTest::newRow(name) << QByteArray(patch) << QString::fromLatin1(rule)
                            << QString::fromLatin1(severity) << QString::fromLatin1(pointer);
    };
    row("U01 payload is an array", "[1]", "U01", "error", "");
    row("U02 operations without header", R"({"header": null, "operations": {"data": "merge"}})",
        "U02", "error", "");
    row("U02 header not an object", R"({"header": "merge"})", "U02", "error", "/header");
    row("U03 flowId missing", R"({"header": {"flowId": null}})", "U03", "error", "/header");
    row("U03 flowId unknown", R"({"header": {"flowId": "F-nope"}})", "U03", "warning",
        "/header/flowId");
    row("U03 flowId not a string", R"({"header": {"flowId": 7}})", "U03", "error",
        "/header/flowId");
    row("U04 org missing", R"({"header": {"imsOrgId": null}})", "U04", "error", "/header");
    row("U04 org of another inlet", R"({"header": {"imsOrgId": "OTHER@AdobeOrg"}})", "U04", "error",
        "/header/imsOrgId");
    row("U05 dataset missing", R"({"header": {"datasetId": null}})", "U05", "error", "/header");
    row("U05 dataset not the flow's", R"({"header": {"datasetId": "DS-nolake"}})", "U05", "error",
        "/header/datasetId");
    row("U06 unknown operation", R"({"header": {"operations": {"data": "upsert"}}})", "U06",
        "error", "/header/operations/data");
    row("U06 operation in upper case", R"({"header": {"operations": {"data": "MERGE"}}})", "U06",
        "error", "/header/operations/data");
    row("U06 operation not a string", R"({"header": {"operations": {"data": 1}}})", "U06", "error",
        "/header/operations/data");
    row("U06 operations not an object", R"({"header": {"operations": "merge"}})", "U06", "error",
        "/header/operations");
    row("U07 data defaults to create", R"({"header": {"operations": {"data": null}}})", "U07",
        "info", "/header/operations");
    row("U08 identity update", R"({"header": {"operations": {"identity": "update"}}})", "U08",
        "error", "/header/operations/identity");
    row("U09 identity without dataset",
        R"({"header": {"operations": {"identityDatasetId": null}}})", "U09", "error",
        "/header/operations/identity");
    row("U10 identity dataset without identity",
        R"({"header": {"operations": {"identity": null}}})", "U10", "warning",
        "/header/operations/identityDatasetId");
    row("U11 identity dataset is the profile dataset",
        R"({"header": {"operations": {"identityDatasetId": "DS-profile"}}})", "U11", "error",
        "/header/operations/identityDatasetId");
    row("U12 identity dataset enabled for Profile",
        R"({"header": {"operations": {"identityDatasetId": "DS-ident-profile"}}})", "U12", "error",
        "/header/operations/identityDatasetId");
    row("U13 identity dataset not for Identity",
        R"({"header": {"operations": {"identityDatasetId": "DS-ident-noidentity"}}})", "U13",
        "error", "/header/operations/identityDatasetId");
    row("U14 identity dataset on another schema",
        R"({"header": {"operations": {"identityDatasetId": "DS-ident-otherschema"}}})", "U14",
        "warning", "/header/operations/identityDatasetId");
    row("U15 identity dataset validates required fields",
        R"({"header": {"operations": {"identityDatasetId": "DS-ident-validating"}}})", "U15",
        "error", "/header/operations/identityDatasetId");
    row("U16 dataset not for Profile", R"({"header": {"datasetId": "DS-notprofile"}})", "U16",
        "error", "/header/datasetId");
    row("U16 schema not for Profile",
        R"({"header": {"flowId": "F-noidentity", "datasetId": "DS-noid"}})", "U16", "error",
        "/header/datasetId");
    row("U17 schema without primary identity",
        R"({"header": {"flowId": "F-noidentity", "datasetId": "DS-noid"}})", "U17", "error",
        "/header/datasetId");
    row("U18 no primary identity value",
        R"({"body": {"identityMap": {"Email": [{"id": "a@example.com"}]}}})", "U18", "error",
        "/body/identityMap");
    row("U19 two primary identities",
        R"({"body": {"identityMap": {"Email": [{"id": "a@example.com", "primary": true},
            {"id": "b@example.com", "primary": true}]}}})",
        "U19", "warning", "/body/identityMap/Email/1/id");
    row("U20 array in a merge without intent", R"({"body": {"tags": ["a", "b"]}})", "U20", "error",
        "/mappings/3/source");
    row("U21 array intent in a create",
        R"({"header": {"operations": {"data": "create"}}, "body": {"more": ["x"]}})", "U21", "info",
        "/mappings/4/source");
    row("U22 merge into a data lake dataset", "", "U22", "warning", "/header/operations/data");
    row("U23 delete keeps identities", R"({"header": {"operations": {"data": "delete"}}})", "U23",
        "info", "/header/operations/data");
    row("U24 identity create is a no-op for known identities", "", "U24", "info",
        "/header/operations/identity");
    row("U25 source without upserts", R"({"header": {"flowId": "F-kafka"}})", "U25", "error",
        "/header/flowId");
    row("U26 XDM-compatible flow", R"({"header": {"flowId": "F-xdm"}})", "U26", "warning",
        "/header/flowId");
    row("U28 ECID not 38 digits",
        R"({"body": {"identityMap": {"Email": null, "ECID": [{"id": "123", "primary": true}]}}})",
        "U28", "error", "/body/identityMap/ECID/0/id");
    row("U28 anonymous identity",
        R"({"body": {"identityMap": {"Email": [{"id": "Anonymous", "primary": true}]}}})", "U28",
        "error", "/body/identityMap/Email/0/id");
    row("U30 flow created a minute ago", R"({"header": {"flowId": "F-fresh"}})", "U30", "warning",
        "/header/flowId");
    row("U32 flow without sandbox", R"({"header": {"flowId": "F-nosandbox"}})", "U32", "warning",
        "/header/flowId");
    row("U33 segmentation ignores merges", "", "U33", "info", "/header/operations/data");
    row("P02 body not an object", R"({"body": "text"})", "P02", "error", "/body");
    row("M06 value that cannot be coerced", R"({"body": {"points": "lots"}})", "M06", "warning",
        "/mappings/5/destination");
    row("M09 unmapped attribute", R"({"body": {"extra": 1}})", "M09", "info", "/body/extra");
    row("X03 invalid email format", R"({"body": {"email": "not an email"}})", "X03", "error",
        "/body/email");
    row("X04 required field missing in a create",
        R"({"header": {"operations": {"data": "create"}}, "body": {"_id": null}})", "X04", "error",
        "");
}

void TestEnvelopeRules::firesRule()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, rule);
    QFETCH(QString, severity);
    QFETCH(QString, pointer);
    PipelineResult result;
    if (patch.startsWith('[')) {
        auto workspace = Workspace::open(workspaceDir());
        QVERIFY(workspace);
        auto shared = std::make_shared<const Workspace>(std::move(workspace).value());
        auto pipeline = Pipeline::forFlow(shared, shared->flows().front(), PipelineOptions());
        QVERIFY(pipeline);
        result = pipeline->run(std::string_view(patch.constData(), size_t(patch.size())));
    } else {
        result = runPatched(patch);
    }
    const Problem *problem = findRule(result.problems, rule);
    QVERIFY2(problem,
             qPrintable(QStringLiteral("%1 not among %2").arg(rule, listRules(result.problems))));
    QCOMPARE(severityName(problem->severity), severity);
    if (!pointer.isEmpty()) {
        QCOMPARE(QString::fromStdString(problem->pointer), pointer);
    }
}

void TestEnvelopeRules::problemsCarryLineAndColumn()
{
    const PipelineResult result = runPatched(R"({"header": {"operations": {"data": "upsert"}}})");
    const Problem *problem = findRule(result.problems, QStringLiteral("U06"));
    QVERIFY(problem);
    // dump(2) puts "data" on line 7 of the payload, its value after "data": at column 15.
    QCOMPARE(problem->line, 7);
    QCOMPARE(problem->column, 15);
}

QTEST_GUILESS_MAIN(TestEnvelopeRules)
#include "tst_enveloperules.moc"
