// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// The emulated profile store and identity graph, fed by the sample workspace's pipeline.

#include "core/emulation/ProfileStore.h"
#include "core/json/JsonDocument.h"
#include "core/upsert/Pipeline.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace core;
using namespace core::emulation;

namespace {

const char *const kProfileDataset = "62259f817f62d71947929a7b";

Pipeline samplePipeline()
{
    auto workspace =
        Workspace::open(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/sample-workspace"));
    if (!workspace) {
        qFatal("sample workspace: %s", qPrintable(workspace.error().message()));
    }
    auto shared = std::make_shared<const Workspace>(std::move(workspace).value());
    PipelineOptions options;
    options.now = QDateTime::fromString(QStringLiteral("2024-01-01T00:00:00Z"), Qt::ISODate);
    options.fixedIds = true;
    auto pipeline = Pipeline::forFlow(shared, shared->flows().front(), options);
    if (!pipeline) {
        qFatal("pipeline: %s", qPrintable(pipeline.error().message()));
    }
    return std::move(pipeline).value();
}

// A payload of the sample flow: operation, identity create or not, and the body's members.
std::string payload(const char *data, bool createIdentities, const Json &body)
{
    Json operations = {{"data", data}};
    if (createIdentities) {
        operations["identity"] = "create";
        operations["identityDatasetId"] = "6254a93b851ecd194b64af9e";
    }
    const Json out = {{"header",
                       {{"flowId", "d5262d48-0f47-4949-be6d-795f06933527"},
                        {"imsOrgId", "{ORG_ID}"},
                        {"datasetId", kProfileDataset},
                        {"operations", operations}}},
                      {"body", body}};
    return out.dump();
}

Json emailIdentity(const char *address)
{
    return {{"Email", Json::array({{{"id", address}, {"primary", true}}})}};
}

QStringList rules(const Problems &problems)
{
    QStringList out;
    for (const Problem &problem : problems) {
        out << problem.rule;
    }
    return out;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createMergeDelete();
    void identitiesJoinOneGraph();
    void fragmentsJoinWithTheirIdentity();
    void dryRunChangesNothing();
    void payloadWithErrorsIsNotApplied();
    void survivesReopening();
    void lookupsUseIndexes_data();
    void lookupsUseIndexes();
    void identityKeysParse_data();
    void identityKeysParse();

private:
    Outcome apply(const std::string &text, bool dryRun = false);

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<Pipeline> m_pipeline;
};

void TestProfileStore::init()
{
    m_store.reset();
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).removeRecursively();
    auto store = ProfileStore::open(m_dir.path());
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
    m_store = std::move(store).value();
    if (!m_pipeline) {
        m_pipeline = std::make_unique<Pipeline>(samplePipeline());
    }
}

Outcome TestProfileStore::apply(const std::string &text, bool dryRun)
{
    Result<Outcome> outcome = m_store->apply(m_pipeline->run(std::string_view(text)), dryRun);
    if (!outcome) {
        qFatal("apply: %s", qPrintable(outcome.error().message()));
    }
    return std::move(outcome).value();
}

void TestProfileStore::createMergeDelete()
{
    const Json body = {{"_id", "1"},
                       {"personID", "1"},
                       {"homeAddress", {{"country", "US"}, {"state", "GA"}}},
                       {"identityMap", emailIdentity("a@example.com")}};
    const Outcome created = apply(payload("create", false, body));
    QVERIFY(created.applied);
    QVERIFY(created.before.is_null());
    QCOMPARE(created.after["homeAddress"]["state"].get<std::string>(), std::string("GA"));
    QCOMPARE(created.profileKey.text(), std::string("Email:a@example.com"));

    Json change = {{"homeAddress", {{"state", "OR"}}},
                   {"identityMap", emailIdentity("a@example.com")}};
    const Outcome merged = apply(payload("merge", false, change));
    QVERIFY(merged.before == created.after);
    QCOMPARE(merged.after["homeAddress"]["state"].get<std::string>(), std::string("OR"));
    QCOMPARE(merged.after["homeAddress"]["country"].get<std::string>(), std::string("US"));
    QCOMPARE(merged.after["personID"].get<std::string>(), std::string("1"));
    QCOMPARE(merged.after["identityMap"]["Email"].size(), size_t(1));

    const Outcome deleted = apply(payload("delete", false, change));
    QVERIFY(deleted.before == merged.after);
    QVERIFY(deleted.after.is_null());
    QVERIFY(!rules(deleted.problems).contains(QStringLiteral("U31")));

    const Outcome again = apply(payload("delete", false, change));
    QVERIFY(again.before.is_null());
    QCOMPARE(rules(again.problems), QStringList{QStringLiteral("U31")});
    QCOMPARE(again.problems.front().pointer, std::string("/header/operations/data"));
}

void TestProfileStore::identitiesJoinOneGraph()
{
    Json first = {{"personID", "7"},
                  {"identityMap",
                   {{"Email", Json::array({{{"id", "b@example.com"}, {"primary", true}}})},
                    {"Phone", Json::array({{{"id", "+15550100"}}})}}}};
    const Outcome one = apply(payload("merge", true, first));
    QCOMPARE(one.newIdentities.size(), size_t(2));
    QVERIFY(one.knownIdentities.empty());

    Json second = {{"_id", "7"},
                   {"identityMap",
                    {{"Phone", Json::array({{{"id", "+15550100"}, {"primary", true}}})},
                     {"CRMID", Json::array({{{"id", "crm-7"}}})}}}};
    const Outcome two = apply(payload("merge", true, second));
    QCOMPARE(two.newIdentities.size(), size_t(1));
    QCOMPARE(two.knownIdentities.size(), size_t(1));
    QVERIFY(rules(two.problems).contains(QStringLiteral("U24")));
    // The Phone-keyed fragment sees the Email-keyed one through the graph.
    QCOMPARE(two.before["personID"].get<std::string>(), std::string("7"));
    QCOMPARE(two.after["_id"].get<std::string>(), std::string("7"));

    auto graph = m_store->graphOf({"CRMID", "crm-7"});
    QVERIFY(graph);
    QCOMPARE(graph->size(), size_t(3));
    auto viaEmail = m_store->profile({"Email", "b@example.com"});
    QVERIFY(viaEmail);
    QCOMPARE((*viaEmail)["_id"].get<std::string>(), std::string("7"));
    QCOMPARE((*viaEmail)["personID"].get<std::string>(), std::string("7"));
    auto stranger = m_store->profile({"Email", "nobody@example.com"});
    QVERIFY(stranger);
    QVERIFY(stranger->is_null());
}

// A fragment stored under an identity that was in no graph (no identity create) becomes part
// of the profile once a later payload links that identity.
void TestProfileStore::fragmentsJoinWithTheirIdentity()
{
    const Json phoneOnly = {
        {"personID", "9"},
        {"identityMap", {{"Phone", Json::array({{{"id", "+15550199"}, {"primary", true}}})}}}};
    QVERIFY(apply(payload("create", false, phoneOnly)).applied);
    QVERIFY(m_store->graphOf({"Phone", "+15550199"})->empty());

    const Json linking = {{"_id", "9"},
                          {"identityMap",
                           {{"Email", Json::array({{{"id", "f@example.com"}, {"primary", true}}})},
                            {"Phone", Json::array({{{"id", "+15550199"}}})}}}};
    const Outcome linked = apply(payload("merge", true, linking));
    QVERIFY(linked.before.is_null());
    QCOMPARE(linked.newIdentities.size(), size_t(2));
    QCOMPARE(linked.after["personID"].get<std::string>(), std::string("9"));
    QCOMPARE(linked.after["_id"].get<std::string>(), std::string("9"));
    auto stored = m_store->profile({"Email", "f@example.com"});
    QVERIFY(stored);
    QVERIFY(*stored == linked.after);
}

void TestProfileStore::dryRunChangesNothing()
{
    const Json body = {{"_id", "2"}, {"identityMap", emailIdentity("c@example.com")}};
    const Outcome planned = apply(payload("create", true, body), true);
    QVERIFY(!planned.applied);
    QCOMPARE(planned.after["_id"].get<std::string>(), std::string("2"));
    QCOMPARE(planned.newIdentities.size(), size_t(1));
    auto stored = m_store->profile({"Email", "c@example.com"});
    QVERIFY(stored);
    QVERIFY(stored->is_null());
    auto graph = m_store->graphOf({"Email", "c@example.com"});
    QVERIFY(graph);
    QVERIFY(graph->empty());
}

void TestProfileStore::payloadWithErrorsIsNotApplied()
{
    // No primary identity: U18, so the messages are rejected.
    const Json body = {{"_id", "3"}, {"identityMap", {{"Email", Json::array({{{"id", "d@x"}}})}}}};
    const Outcome outcome = apply(payload("create", false, body));
    QVERIFY(!outcome.applied);
    QVERIFY(outcome.after.is_null());
    auto stored = m_store->profile({"Email", "d@x"});
    QVERIFY(stored);
    QVERIFY(stored->is_null());
}

void TestProfileStore::survivesReopening()
{
    const Json body = {{"_id", "4"}, {"identityMap", emailIdentity("e@example.com")}};
    apply(payload("create", true, body));
    m_store.reset();
    auto reopened = ProfileStore::open(m_dir.path());
    QVERIFY(reopened);
    auto stored = (*reopened)->profile({"Email", "e@example.com"});
    QVERIFY(stored);
    QCOMPARE((*stored)["_id"].get<std::string>(), std::string("4"));
    m_store = std::move(reopened).value();
}

// Every request reads profiles and graphs by identity: with a store of millions of profiles, no
// lookup may scan a table.
void TestProfileStore::lookupsUseIndexes_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("index");
    QTest::newRow("fragments of an identity")
        << "SELECT dataset, entity, seq FROM fragments WHERE namespace = 'a' AND id = 'b'"
        << "PRIMARY KEY (namespace=? AND id=?)";
    QTest::newRow("one dataset's fragment")
        << "SELECT entity FROM fragments WHERE dataset = 'd' AND namespace = 'a' AND id = 'b'"
        << "PRIMARY KEY (namespace=? AND id=? AND dataset=?)";
    QTest::newRow("graph of an identity")
        << "SELECT graph FROM identities WHERE namespace = 'a' AND id = 'b'"
        << "PRIMARY KEY (namespace=? AND id=?)";
    QTest::newRow("members of a graph") << "SELECT namespace, id FROM identities WHERE graph = 1"
                                        << "identities_by_graph";
}

void TestProfileStore::lookupsUseIndexes()
{
    QFETCH(QString, query);
    QFETCH(QString, index);
    QString plan;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
        db.setDatabaseName(m_store->fileName());
        QVERIFY(db.open());
        QSqlQuery explain(db);
        QVERIFY(explain.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + query));
        while (explain.next()) {
            plan += explain.value(3).toString() + QLatin1Char('\n');
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plan"));
    QVERIFY2(plan.contains(index), qPrintable(plan));
    QVERIFY2(!plan.contains(QLatin1String("SCAN fragments\n")) &&
                 !plan.contains(QLatin1String("SCAN identities\n")),
             qPrintable(plan));
}

void TestProfileStore::identityKeysParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("namespaceCode");
    QTest::addColumn<QString>("id");
    QTest::newRow("email") << "Email:a@b.c" << true << "Email"
                           << "a@b.c";
    QTest::newRow("colon in the id") << "URL:https://x" << true << "URL"
                                     << "https://x";
    QTest::newRow("no colon") << "Email" << false << QString() << QString();
    QTest::newRow("no namespace") << ":a" << false << QString() << QString();
    QTest::newRow("no id") << "Email:" << false << QString() << QString();
}

void TestProfileStore::identityKeysParse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, namespaceCode);
    QFETCH(QString, id);
    Result<IdentityKey> key = IdentityKey::parse(text);
    QCOMPARE(bool(key), valid);
    if (valid) {
        QCOMPARE(toQString(key->namespaceCode), namespaceCode);
        QCOMPARE(toQString(key->id), id);
    }
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
