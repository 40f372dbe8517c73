// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/diff/DiffReport.h"
#include "core/diff/JsonDiff.h"
#include "core/diff/JsonEquality.h"
#include "core/diff/JsonPatch.h"

#include <QTest>

using core::Json;
using core::Result;
using namespace core::diff;

namespace {

Json parse(const char *text)
{
    return Json::parse(text);
}

// The report without its summary line, which the counts test checks on its own.
QString changeLines(const DiffResult &result)
{
    QString text = toText(result);
    if (result.isEqual()) {
        return text.trimmed();
    }
    text.chop(1);
    return text.left(text.lastIndexOf(QLatin1Char('\n')));
}

const Change *findChange(const Change &change, const std::string &leftPointer)
{
    if (change.leftPointer == leftPointer && !change.isContainer) {
        return &change;
    }
    for (const Change &child : change.children) {
        if (const Change *found = findChange(child, leftPointer)) {
            return found;
        }
    }
    return nullptr;
}

} // namespace

class TestJsonDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsChanges_data();
    void reportsChanges();
    void keyedItems_data();
    void keyedItems();
    void identityListsAreSets();
    void carriesBothPointers();
    void countsChanges();
    void containersHaveChildren();
    void ignoresPointers_data();
    void ignoresPointers();
    void ignoresVolatileHeaderFields();
    void rejectsBadPatterns_data();
    void rejectsBadPatterns();
    void equalityIgnoresMemberOrder();
    void largeArraysStayLinear();
    void reversedArray();
    void deepNesting();
};

void TestJsonDiff::reportsChanges_data()
{
    QTest::addColumn<QByteArray>("left");
    QTest::addColumn<QByteArray>("right");
    QTest::addColumn<QString>("expected");

    QTest::newRow("equal") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1})")
                           << "No differences.";
    QTest::newRow("key order only")
        << QByteArray(R"({"a":1,"b":{"c":2,"d":3}})") << QByteArray(R"({"b":{"d":3,"c":2},"a":1})")
        << "No differences.";
    QTest::newRow("int and float of one value")
        << QByteArray(R"({"n":1})") << QByteArray(R"({"n":1.0})") << "No differences.";
    QTest::newRow("nested change")
        << QByteArray(R"({"a":{"b":{"c":"x","d":1}}})")
        << QByteArray(R"({"a":{"b":{"c":"y","d":1}}})") << R"(changed     /a/b/c  "x" -> "y")";
    QTest::newRow("member added and removed")
        << QByteArray(R"({"a":1,"gone":true})") << QByteArray(R"({"a":1,"new":[1]})")
        << "removed     /gone  true\nadded       /new  [1]";
    QTest::newRow("array insertion")
        << QByteArray("[1,2,3]") << QByteArray("[1,9,2,3]") << "added       /1  9";
    QTest::newRow("array removal")
        << QByteArray("[1,2,3,4]") << QByteArray("[1,3,4]") << "removed     /1  2";
    QTest::newRow("array append") << QByteArray(R"({"s":["a"]})")
                                  << QByteArray(R"({"s":["a","b","c"]})")
                                  << "added       /s/1  \"b\"\nadded       /s/2  \"c\"";
    QTest::newRow("move to front")
        << QByteArray("[1,2,3,4]") << QByteArray("[4,1,2,3]") << "moved       /3 -> /0";
    QTest::newRow("move of an object")
        << QByteArray(R"([{"a":1},{"b":2},{"c":3}])") << QByteArray(R"([{"b":2},{"c":3},{"a":1}])")
        << "moved       /0 -> /2";
    QTest::newRow("item changed in place")
        << QByteArray(R"([{"a":1},{"b":2},{"c":3}])") << QByteArray(R"([{"a":1},{"b":5},{"c":3}])")
        << "changed     /1/b  2 -> 5";
    QTest::newRow("type change") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":"1"})")
                                 << R"(typeChanged /a  1 -> "1"  (number -> string))";
    QTest::newRow("object becomes array")
        << QByteArray(R"({"a":{"x":1}})") << QByteArray(R"({"a":[1]})")
        << R"(typeChanged /a  {"x":1} -> [1]  (object -> array))";
    QTest::newRow("null becomes value")
        << QByteArray(R"({"a":null})") << QByteArray(R"({"a":false})")
        << "typeChanged /a  null -> false  (null -> boolean)";
    QTest::newRow("escaped keys") << QByteArray(R"({"a/b":{"~c":1}})")
                                  << QByteArray(R"({"a/b":{"~c":2}})")
                                  << "changed     /a~1b/~0c  1 -> 2";
    QTest::newRow("control character in a key")
        << QByteArray(R"({"a\nb":1})") << QByteArray(R"({"a\nb":2})")
        << "changed     /a\\u000ab  1 -> 2";
    QTest::newRow("empty objects") << QByteArray("{}") << QByteArray("{}") << "No differences.";
    QTest::newRow("empty to filled array")
        << QByteArray("[]") << QByteArray("[true]") << "added       /0  true";
    QTest::newRow("empty object to empty array")
        << QByteArray("{}") << QByteArray("[]")
        << "typeChanged (root)  {} -> []  (object -> array)";
    QTest::newRow("scalar root") << QByteArray("1") << QByteArray("2")
                                 << "changed     (root)  1 -> 2";
    QTest::newRow("string root to null") << QByteArray(R"("a")") << QByteArray("null")
                                         << R"(typeChanged (root)  "a" -> null  (string -> null))";
    QTest::newRow("long value abbreviated")
        << QByteArray(
               R"({"a":"0123456789012345678901234567890123456789012345678901234567890123456789012345"})")
        << QByteArray(R"({})")
        << QString::fromUtf8(
               "removed     /a  \"0123456789012345678901234567890123456789012345678901"
               "234567890123456789\xE2\x80\xA6");
}

void TestJsonDiff::reportsChanges()
{
    QFETCH(QByteArray, left);
    QFETCH(QByteArray, right);
    QFETCH(QString, expected);
    const Json l = parse(left.constData());
    const Json r = parse(right.constData());
    const DiffResult result = diff(l, r);
    QCOMPARE(changeLines(result), expected);

    const Result<Json> patched = applyPatch(l, toJsonPatch(result));
    QVERIFY2(patched, qPrintable(patched ? QString() : patched.error().message()));
    QVERIFY2(equalValues(*patched, r), patched->dump().c_str());
}

void TestJsonDiff::keyedItems_data()
{
    QTest::addColumn<QByteArray>("left");
    QTest::addColumn<QByteArray>("right");
    QTest::addColumn<QString>("expected");

    QTest::newRow("change inside a shifted item")
        << QByteArray(R"([{"_id":"a","v":1},{"_id":"b","v":1}])")
        << QByteArray(R"([{"_id":"new","v":0},{"_id":"a","v":1},{"_id":"b","v":2}])")
        << "added       /0  {\"_id\":\"new\",\"v\":0}\n"
           "changed     /1/v (right /2/v)  1 -> 2";
    QTest::newRow("moved and changed")
        << QByteArray(R"([{"_id":"a","v":1},{"_id":"b","v":1},{"_id":"c","v":1}])")
        << QByteArray(R"([{"_id":"b","v":1},{"_id":"c","v":1},{"_id":"a","v":7}])")
        << "moved       /0 -> /2\nchanged     /0/v (right /2/v)  1 -> 7";
    QTest::newRow("different keys are not paired")
        << QByteArray(R"([{"_id":"a","v":1}])") << QByteArray(R"([{"_id":"b","v":1}])")
        << "removed     /0  {\"_id\":\"a\",\"v\":1}\nadded       /0  {\"_id\":\"b\",\"v\":1}";
}

void TestJsonDiff::keyedItems()
{
    QFETCH(QByteArray, left);
    QFETCH(QByteArray, right);
    QFETCH(QString, expected);
    DiffOptions options;
    QVERIFY(options.addKey(QStringLiteral("/"), QStringLiteral("_id")));
    const Json l = parse(left.constData());
    const Json r = parse(right.constData());
    const DiffResult result = diff(l, r, options);
    QCOMPARE(changeLines(result), expected);

    const Result<Json> patched = applyPatch(l, toJsonPatch(result));
    QVERIFY(patched);
    QVERIFY2(equalValues(*patched, r), patched->dump().c_str());
}

void TestJsonDiff::identityListsAreSets()
{
    const Json left = parse(R"({"identityMap":{"Email":[{"id":"a@x.com","primary":true},
                                                        {"id":"b@x.com"}]}})");
    const Json reordered = parse(R"({"identityMap":{"Email":[{"id":"b@x.com"},
                                                             {"primary":true,"id":"a@x.com"}]}})");
    const Json changed = parse(R"({"identityMap":{"Email":[{"id":"b@x.com","primary":true},
                                                           {"id":"a@x.com"}]}})");
    DiffOptions options;
    options.addIdentityMapRule();

    QVERIFY(diff(left, reordered, options).isEqual());
    // Without the rule, order counts.
    QVERIFY(!diff(left, reordered).isEqual());

    const DiffResult result = diff(left, changed, options);
    QCOMPARE(changeLines(result), QStringLiteral("removed     /identityMap/Email/0/primary  true\n"
                                                 "added       /identityMap/Email/0/primary  true"));
    const Result<Json> patched = applyPatch(left, toJsonPatch(result));
    QVERIFY(patched);
    QVERIFY(diff(*patched, changed, options).isEqual());
}

void TestJsonDiff::carriesBothPointers()
{
    const Json left = parse(R"({"list":["x",{"a":1},{"b":2}]})");
    const Json right = parse(R"({"list":["new","x",{"a":1},{"b":3}]})");
    const DiffResult result = diff(left, right);
    QVERIFY(result.root);

    const Change *changed = findChange(*result.root, "/list/2/b");
    QVERIFY(changed);
    QCOMPARE(changed->kind, Change::Kind::Changed);
    QCOMPARE(changed->rightPointer, std::string("/list/3/b"));
    QVERIFY(changed->oldValue == Json(2));
    QVERIFY(changed->newValue == Json(3));

    // An added item names on the left the index before which it goes.
    const Change *added = findChange(*result.root, "/list/0");
    QVERIFY(added);
    QCOMPARE(added->kind, Change::Kind::Added);
    QCOMPARE(added->rightPointer, std::string("/list/0"));
    QVERIFY(added->newValue == Json("new"));
}

void TestJsonDiff::countsChanges()
{
    const Json left = parse(R"({"a":1,"b":"x","c":[1,2,3],"d":{"e":null}})");
    const Json right = parse(R"({"a":2,"b":5,"c":[3,1,2,4],"f":true})");
    const DiffResult result = diff(left, right);
    QCOMPARE(result.counts.changed, size_t(1));
    QCOMPARE(result.counts.typeChanged, size_t(1));
    QCOMPARE(result.counts.moved, size_t(1));
    QCOMPARE(result.counts.added, size_t(2));
    QCOMPARE(result.counts.removed, size_t(1));
    QCOMPARE(result.counts.total(), size_t(6));
    QVERIFY(toText(result).endsWith(
        QStringLiteral("6 changes: 2 added, 1 removed, 1 changed, 1 moved, 1 type changed\n")));
}

void TestJsonDiff::containersHaveChildren()
{
    const DiffResult result = diff(parse(R"({"a":{"b":[1]}})"), parse(R"({"a":{"b":[2]}})"));
    QVERIFY(result.root);
    const Change &root = *result.root;
    QVERIFY(root.isContainer);
    QCOMPARE(root.leftPointer, std::string());
    QCOMPARE(root.children.size(), size_t(1));
    const Change &a = root.children[0];
    QCOMPARE(a.leftPointer, std::string("/a"));
    QVERIFY(a.isContainer && !a.isArray);
    const Change &b = a.children[0];
    QVERIFY(b.isContainer && b.isArray);
    QCOMPARE(b.leftLength, size_t(1));
    QCOMPARE(b.children[0].leftPointer, std::string("/a/b/0"));
    QCOMPARE(b.children[0].kind, Change::Kind::Changed);

    const Json tree = toJson(result);
    QVERIFY(tree["equal"] == Json(false));
    QVERIFY(tree["changes"][0]["children"][0]["children"][0]["children"][0]["newValue"] == Json(2));
}

void TestJsonDiff::ignoresPointers_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("expected");

    const QString both = QStringLiteral("changed     /a/t  1 -> 2\nchanged     /b/c/t  1 -> 2");
    QTest::newRow("exact pointer") << "/a/t"
                                   << "changed     /b/c/t  1 -> 2";
    QTest::newRow("one token wildcard") << "/*/t"
                                        << "changed     /b/c/t  1 -> 2";
    QTest::newRow("any depth") << "/**/t"
                               << "No differences.";
    QTest::newRow("subtree") << "/b"
                             << "changed     /a/t  1 -> 2";
    QTest::newRow("no match") << "/c/t" << both;
    QTest::newRow("whole document") << ""
                                    << "No differences.";
}

void TestJsonDiff::ignoresPointers()
{
    QFETCH(QString, pattern);
    QFETCH(QString, expected);
    DiffOptions options;
    QVERIFY(options.addIgnore(pattern));
    const DiffResult result = diff(parse(R"({"a":{"t":1},"b":{"c":{"t":1}}})"),
                                   parse(R"({"a":{"t":2},"b":{"c":{"t":2}}})"), options);
    QCOMPARE(changeLines(result), expected);
}

void TestJsonDiff::ignoresVolatileHeaderFields()
{
    const Json first = parse(R"([{"header":{"msgType":"xdmEntityCreate","msgId":"1","xactionId":"a",
        "createdAt":1,"datasetId":"d"},"body":{"xdmEntity":{"x":1}}},
        {"header":{"msgId":"2","createdAt":1},"body":{}}])");
    const Json second =
        parse(R"([{"header":{"msgType":"xdmEntityCreate","msgId":"9","xactionId":"b",
        "createdAt":2,"datasetId":"d"},"body":{"xdmEntity":{"x":1}}},
        {"header":{"msgId":"8","createdAt":3},"body":{}}])");
    DiffOptions options;
    options.addVolatileIgnores();
    QVERIFY(diff(first, second, options).isEqual());
    QVERIFY(!diff(first, second).isEqual());

    Json third = second;
    third[0]["body"]["xdmEntity"]["x"] = 2;
    QCOMPARE(changeLines(diff(first, third, options)),
             QStringLiteral("changed     /0/body/xdmEntity/x  1 -> 2"));
}

void TestJsonDiff::rejectsBadPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("no leading slash") << "header/msgId";
    QTest::newRow("too long") << QStringLiteral("/a").repeated(64);
}

void TestJsonDiff::rejectsBadPatterns()
{
    QFETCH(QString, pattern);
    DiffOptions options;
    const Result<void> added = options.addIgnore(pattern);
    QVERIFY(!added);
    QVERIFY(added.error().message().contains(pattern.left(20)));
}

void TestJsonDiff::equalityIgnoresMemberOrder()
{
    QVERIFY(equalValues(parse(R"({"a":[1,{"b":2,"c":3}]})"), parse(R"({"a":[1,{"c":3,"b":2}]})")));
    QVERIFY(!equalValues(parse("[1,2]"), parse("[2,1]")));
    QVERIFY(!equalValues(parse(R"({"a":1})"), parse(R"({"a":1,"b":1})")));
    QCOMPARE(hashValue(parse(R"({"b":2,"c":3})")), hashValue(parse(R"({"c":3,"b":2})")));
    QCOMPARE(hashValue(parse("1")), hashValue(parse("1.0")));
    QVERIFY(hashValue(parse("[1,2]")) != hashValue(parse("[2,1]")));
}

void TestJsonDiff::largeArraysStayLinear()
{
    // Every item unique and every third one changed: alignment by anchors, not by N*M.
    Json left = Json::array();
    Json right = Json::array();
    for (int i = 0; i < 20000; ++i) {
        left.push_back(Json{{"_id", i}, {"v", i}});
        if (i % 50 != 0) {
            right.push_back(Json{{"_id", i}, {"v", i % 3 == 0 ? -i : i}});
        }
    }
    DiffOptions options;
    QVERIFY(options.addKey(QStringLiteral("/"), QStringLiteral("_id")));
    const DiffResult result = diff(left, right, options);
    QCOMPARE(result.counts.removed, size_t(400));
    QCOMPARE(result.counts.changed, size_t(6533));
    const Result<Json> patched = applyPatch(left, toJsonPatch(result));
    QVERIFY(patched);
    QVERIFY(equalValues(*patched, right));
}

void TestJsonDiff::reversedArray()
{
    // Every item but one moves: the patch must still replay the order exactly.
    Json left = Json::array();
    for (int i = 0; i < 3000; ++i) {
        left.push_back("item" + std::to_string(i));
    }
    Json right = Json::array();
    for (auto it = left.rbegin(); it != left.rend(); ++it) {
        right.push_back(*it);
    }
    const DiffResult result = diff(left, right);
    QCOMPARE(result.counts.moved, size_t(2999));
    QCOMPARE(result.counts.total(), size_t(2999));
    const Result<Json> patched = applyPatch(left, toJsonPatch(result));
    QVERIFY(patched);
    QVERIFY(*patched == right);
}

void TestJsonDiff::deepNesting()
{
    // As deep as the parser allows: the walk must not run out of stack.
    Json left = 1;
    Json right = 2;
    for (int i = 0; i < 990; ++i) {
        left = i % 2 ? Json::array({std::move(left)}) : Json::object({{"k", std::move(left)}});
        right = i % 2 ? Json::array({std::move(right)}) : Json::object({{"k", std::move(right)}});
    }
    const DiffResult result = diff(left, right);
    QCOMPARE(result.counts.changed, size_t(1));
    const Result<Json> patched = applyPatch(left, toJsonPatch(result));
    QVERIFY(patched);
    QVERIFY(equalValues(*patched, right));
}

QTEST_GUILESS_MAIN(TestJsonDiff)
#include "tst_jsondiff.moc"
