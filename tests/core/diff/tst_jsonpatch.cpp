// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/diff/JsonDiff.h"
#include "core/diff/JsonEquality.h"
#include "core/diff/JsonPatch.h"

#include <QTest>

using core::Json;
using core::Result;
using namespace core::diff;

class TestJsonPatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliesOperations_data();
    void appliesOperations();
    void reportsBadPatches_data();
    void reportsBadPatches();
    void leavesTheDocumentAlone();
    void escapesPointers();
    void indexesStayValid();
    void writesMoves();
    void emptyForEqualDocuments();
};

void TestJsonPatch::appliesOperations_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("add member") << QByteArray(R"({"a":1})")
                                << QByteArray(R"([{"op":"add","path":"/b","value":2}])")
                                << QByteArray(R"({"a":1,"b":2})");
    QTest::newRow("add replaces member")
        << QByteArray(R"({"a":1})") << QByteArray(R"([{"op":"add","path":"/a","value":2}])")
        << QByteArray(R"({"a":2})");
    QTest::newRow("insert into array")
        << QByteArray("[1,3]") << QByteArray(R"([{"op":"add","path":"/1","value":2}])")
        << QByteArray("[1,2,3]");
    QTest::newRow("append with dash")
        << QByteArray("[1]") << QByteArray(R"([{"op":"add","path":"/-","value":2}])")
        << QByteArray("[1,2]");
    QTest::newRow("remove item") << QByteArray("[1,2,3]")
                                 << QByteArray(R"([{"op":"remove","path":"/0"}])")
                                 << QByteArray("[2,3]");
    QTest::newRow("replace root") << QByteArray("[1]")
                                  << QByteArray(R"([{"op":"replace","path":"","value":{}}])")
                                  << QByteArray("{}");
    QTest::newRow("move member") << QByteArray(R"({"a":{"b":1},"c":{}})")
                                 << QByteArray(R"([{"op":"move","from":"/a/b","path":"/c/d"}])")
                                 << QByteArray(R"({"a":{},"c":{"d":1}})");
    QTest::newRow("move item later")
        << QByteArray("[1,2,3,4]") << QByteArray(R"([{"op":"move","from":"/0","path":"/3"}])")
        << QByteArray("[2,3,4,1]");
    QTest::newRow("copy") << QByteArray(R"({"a":[1]})")
                          << QByteArray(R"([{"op":"copy","from":"/a","path":"/b"}])")
                          << QByteArray(R"({"a":[1],"b":[1]})");
    QTest::newRow("test passes regardless of member order")
        << QByteArray(R"({"a":{"x":1,"y":2}})")
        << QByteArray(R"([{"op":"test","path":"/a","value":{"y":2,"x":1}}])")
        << QByteArray(R"({"a":{"x":1,"y":2}})");
    QTest::newRow("escaped tokens")
        << QByteArray(R"({"a/b":{"c~d":1}})")
        << QByteArray(R"([{"op":"replace","path":"/a~1b/c~0d","value":2}])")
        << QByteArray(R"({"a/b":{"c~d":2}})");
    QTest::newRow("empty key") << QByteArray(R"({"":{"":1}})")
                               << QByteArray(R"([{"op":"remove","path":"//"}])")
                               << QByteArray(R"({"":{}})");
    QTest::newRow("empty patch") << QByteArray("[1]") << QByteArray("[]") << QByteArray("[1]");
}

void TestJsonPatch::appliesOperations()
{
    QFETCH(QByteArray, document);
    QFETCH(QByteArray, patch);
    QFETCH(QByteArray, expected);
    const Result<Json> patched =
        applyPatch(Json::parse(document.constData()), Json::parse(patch.constData()));
    QVERIFY2(patched, qPrintable(patched ? QString() : patched.error().message()));
    QCOMPARE(QByteArray::fromStdString(patched->dump()), expected);
}

void TestJsonPatch::reportsBadPatches_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("not an array") << QByteArray(R"({"op":"add"})") << "array of operations";
    QTest::newRow("operation not an object")
        << QByteArray("[1]") << "operation 0 failed: an operation must be an object";
    QTest::newRow("no op") << QByteArray(R"([{"path":"/a"}])") << "needs a string \"op\"";
    QTest::newRow("unknown op") << QByteArray(R"([{"op":"delete","path":"/a"}])")
                                << "\"delete\" is not an operation";
    QTest::newRow("no path") << QByteArray(R"([{"op":"remove"}])") << "needs a string \"path\"";
    QTest::newRow("path not a string")
        << QByteArray(R"([{"op":"remove","path":3}])") << "needs a string \"path\"";
    QTest::newRow("path without slash")
        << QByteArray(R"([{"op":"remove","path":"a"}])") << "must be empty or start with '/'";
    QTest::newRow("bad escape") << QByteArray(R"([{"op":"remove","path":"/a~2"}])")
                                << "'~' not followed by 0 or 1";
    QTest::newRow("no value") << QByteArray(R"([{"op":"add","path":"/x"}])") << "needs a \"value\"";
    QTest::newRow("missing member")
        << QByteArray(R"([{"op":"remove","path":"/nope"}])")
        << "operation 0 (remove /nope) failed: there is no member \"nope\"";
    QTest::newRow("missing parent")
        << QByteArray(R"([{"op":"add","path":"/nope/x","value":1}])") << "no member \"nope\"";
    QTest::newRow("index out of range")
        << QByteArray(R"([{"op":"replace","path":"/list/5","value":1}])")
        << "\"5\" is not an index of an array of 2 items";
    QTest::newRow("leading zero") << QByteArray(R"([{"op":"remove","path":"/list/01"}])")
                                  << "\"01\" is not an index";
    QTest::newRow("insert past the end")
        << QByteArray(R"([{"op":"add","path":"/list/3","value":1}])") << "not a place to insert";
    QTest::newRow("into a scalar")
        << QByteArray(R"([{"op":"add","path":"/a/x","value":1}])") << "the parent is a number";
    QTest::newRow("failed test") << QByteArray(R"([{"op":"test","path":"/a","value":2}])")
                                 << "the test failed: the value there is 1";
    QTest::newRow("move into itself")
        << QByteArray(R"([{"op":"move","from":"/list","path":"/list/0"}])") << "into itself";
    QTest::newRow("move from nowhere") << QByteArray(R"([{"op":"move","from":"/zz","path":"/a"}])")
                                       << "\"from\": there is no member";
    QTest::newRow("remove root") << QByteArray(R"([{"op":"remove","path":""}])")
                                 << "whole document cannot be removed";
    QTest::newRow("second operation fails")
        << QByteArray(R"([{"op":"remove","path":"/a"},{"op":"remove","path":"/a"}])")
        << "operation 1 (remove /a)";
}

void TestJsonPatch::reportsBadPatches()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, fragment);
    const Json document = Json::parse(R"({"a":1,"list":[true,false]})");
    const Result<Json> patched = applyPatch(document, Json::parse(patch.constData()));
    QVERIFY(!patched);
    QVERIFY2(patched.error().message().contains(fragment), qPrintable(patched.error().message()));
}

void TestJsonPatch::leavesTheDocumentAlone()
{
    const Json document = Json::parse(R"({"a":1})");
    const Result<Json> patched = applyPatch(
        document,
        Json::parse(R"([{"op":"add","path":"/b","value":2},{"op":"remove","path":"/x"}])"));
    QVERIFY(!patched);
    QCOMPARE(QByteArray::fromStdString(document.dump()), QByteArray(R"({"a":1})"));
}

void TestJsonPatch::escapesPointers()
{
    const Json left = Json::parse(R"({"a/b":1,"c~d":{"~1":[1]}})");
    const Json right = Json::parse(R"({"a/b":2,"c~d":{"~1":[1,2]}})");
    const Json patch = toJsonPatch(diff(left, right));
    QCOMPARE(QByteArray::fromStdString(patch.dump()),
             QByteArray(R"([{"op":"replace","path":"/a~1b","value":2},)"
                        R"({"op":"add","path":"/c~0d/~01/1","value":2}])"));
}

void TestJsonPatch::indexesStayValid()
{
    // Removals run from the back, insertions from the front, changes inside items first.
    const Json left = Json::parse(R"([{"k":0},"x",{"k":1},"y",{"k":2},"z"])");
    const Json right = Json::parse(R"(["new",{"k":0},{"k":1,"n":1},"w",{"k":2}])");
    const Json patch = toJsonPatch(diff(left, right));
    const Result<Json> patched = applyPatch(left, patch);
    QVERIFY2(patched, qPrintable(patched ? QString() : patched.error().message()));
    QCOMPARE(QByteArray::fromStdString(patched->dump()), QByteArray::fromStdString(right.dump()));
    for (size_t i = 1; i < patch.size(); ++i) {
        // No removal after an insertion.
        if (patch[i]["op"] == "remove") {
            QVERIFY(patch[i - 1]["op"] != "add");
        }
    }
}

void TestJsonPatch::writesMoves()
{
    const Json left = Json::parse("[1,2,3,4,5]");
    const Json right = Json::parse("[5,1,2,3,4]");
    const Json patch = toJsonPatch(diff(left, right));
    QCOMPARE(QByteArray::fromStdString(patch.dump()),
             QByteArray(R"([{"op":"move","path":"/0","from":"/4"}])"));
}

void TestJsonPatch::emptyForEqualDocuments()
{
    const Json document = Json::parse(R"({"a":[1,{"b":2}]})");
    QVERIFY(toJsonPatch(diff(document, document)).empty());
}

QTEST_GUILESS_MAIN(TestJsonPatch)
#include "tst_jsonpatch.moc"
