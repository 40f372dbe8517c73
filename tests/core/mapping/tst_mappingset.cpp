// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/json/JsonDocument.h"
#include "core/mapping/MappingSet.h"

#include <QTest>

using namespace core;

class TestMappingSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsFormats_data();
    void readsFormats();
    void normalisesSourceTypes_data();
    void normalisesSourceTypes();
    void reportsBrokenRows_data();
    void reportsBrokenRows();
    void rejectsNonSets();
    void roundTrips();
};

void TestMappingSet::readsFormats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstDestination");
    QTest::addColumn<QString>("schemaId");
    QTest::newRow("API request form")
        << "samples/apis-openapi/dataprep-mappingset.example.json" << 3 << "_id"
        << "https://ns.adobe.com/{TENANT_ID}/schemas/"
           "89abc189258b1cb1a816d8f2b2341a6d98000ed8f4008305";
    QTest::newRow("legacy HTTP API form")
        << "samples/docs/http-api-mappingset-request-legacy-format.json" << 2
        << "person.name.firstName"
        << "https://ns.adobe.com/{TENANT}/schemas/"
           "7f682c29f887512a897791e7161b90a1ae7ed3dd07a177b1";
    QTest::newRow("bench set") << "bench/mapping-set.json" << 13 << "_id"
                               << "https://ns.adobe.com/tenant/schemas/bench-profile";
    QTest::newRow("stored form") << "samples/docs/dataprep-api-get-mappingset-response.json" << -1
                                 << QString() << QString();
}

void TestMappingSet::readsFormats()
{
    QFETCH(QString, file);
    QFETCH(int, rows);
    QFETCH(QString, firstDestination);
    QFETCH(QString, schemaId);
    Problems problems;
    auto set = MappingSet::fromFile(QStringLiteral(PATCHBAY_SHARED_DIR "/") + file, &problems);
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message()));
    QVERIFY2(problems.empty(), qPrintable(problems.empty() ? QString() : problems[0].message));
    if (rows < 0) {
        QVERIFY(!set->mappings().empty());
        return;
    }
    QCOMPARE(int(set->mappings().size()), rows);
    QCOMPARE(QString::fromStdString(set->mappings()[0].destination), firstDestination);
    QCOMPARE(QString::fromStdString(set->outputSchemaId()), schemaId);
}

void TestMappingSet::normalisesSourceTypes_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<int>("type");
    QTest::newRow("ATTRIBUTE") << "ATTRIBUTE" << int(SourceType::Attribute);
    QTest::newRow("schema-path MIME") << "text/x.schema-path" << int(SourceType::Attribute);
    QTest::newRow("EXPRESSION") << "EXPRESSION" << int(SourceType::Expression);
    QTest::newRow("aep-xl MIME") << "text/x.aep-xl" << int(SourceType::Expression);
    QTest::newRow("STATIC") << "STATIC" << int(SourceType::Static);
}

void TestMappingSet::normalisesSourceTypes()
{
    QFETCH(QString, written);
    QFETCH(int, type);
    Json json = {
        {"mappings",
         {{{"sourceType", written.toStdString()}, {"source", "a"}, {"destination", "b"}}}}};
    Problems problems;
    auto set = MappingSet::fromJson(json, &problems);
    QVERIFY(set);
    QVERIFY(problems.empty());
    QCOMPARE(int(set->mappings()[0].sourceType), type);
    QVERIFY(set->mappings()[0].usable);
}

void TestMappingSet::reportsBrokenRows_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line");
    QTest::newRow("unknown source type")
        << QByteArray("{\"mappings\": [\n {\"sourceType\": \"COLUMN\", \"source\": \"a\", "
                      "\"destination\": \"b\"}]}")
        << "M01" << 2;
    QTest::newRow("no source type")
        << QByteArray("{\"mappings\": [{\"source\": \"a\", \"destination\": \"b\"}]}") << "M01"
        << 1;
    QTest::newRow("row not an object") << QByteArray("{\"mappings\": [\n\n 42]}") << "M01" << 3;
    QTest::newRow("no destination")
        << QByteArray("{\"mappings\": [{\"sourceType\": \"ATTRIBUTE\", \"source\": \"a\"}]}")
        << "M05" << 1;
    QTest::newRow("no source")
        << QByteArray("{\"mappings\": [{\"sourceType\": \"ATTRIBUTE\", \"destination\": \"a\"}]}")
        << "M01" << 1;
}

void TestMappingSet::reportsBrokenRows()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, rule);
    QFETCH(int, line);
    auto doc = JsonDocument::parse(std::string_view(text.constData(), size_t(text.size())));
    QVERIFY(doc);
    Problems problems;
    auto set = MappingSet::fromJson(doc->root(), &problems, &doc.value());
    QVERIFY(set);
    QCOMPARE(problems.size(), size_t(1));
    QCOMPARE(problems[0].rule, rule);
    QCOMPARE(problems[0].line, line);
    QCOMPARE(problems[0].mappingIndex, 0);
    QVERIFY(!set->mappings()[0].usable);
}

void TestMappingSet::rejectsNonSets()
{
    QVERIFY(!MappingSet::fromJson(Json::parse("42")));
    QVERIFY(!MappingSet::fromJson(Json::parse(R"({"mappings": {}})")));
    QVERIFY(!MappingSet::fromJson(Json::parse(R"({"name": "no rows"})")));
    QVERIFY(MappingSet::fromJson(Json::parse("[]")));
}

void TestMappingSet::roundTrips()
{
    auto set = MappingSet::fromFile(QStringLiteral(PATCHBAY_SHARED_DIR "/bench/mapping-set.json"));
    QVERIFY(set);
    auto again = MappingSet::fromJson(set->toJson());
    QVERIFY(again);
    QCOMPARE(again->toJson().dump(), set->toJson().dump());
    QCOMPARE(
        QString::fromStdString(again->toJson()["mappings"][3]["sourceType"].get<std::string>()),
        QStringLiteral("EXPRESSION"));
}

QTEST_GUILESS_MAIN(TestMappingSet)
#include "tst_mappingset.moc"
