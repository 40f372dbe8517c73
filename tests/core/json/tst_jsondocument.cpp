// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/json/JsonDocument.h"
#include "core/json/JsonPointer.h"

#include <QTest>

using namespace core;

class TestJsonDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValues_data();
    void parsesValues();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void recordsPositions();
    void missingPointerFallsBackToParent();
    void hintsAtGluedObjects();
    void boundsDepth();
    void rejectsInvalidUtf8();
    void recordsDuplicateKeys();
    void duplicatesKeepTheirFirstPlace_data();
    void duplicatesKeepTheirFirstPlace();
    void stringsAtEveryOffset();
    void pointerEscaping();
};

void TestJsonDocument::parsesValues_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("dumped");
    QTest::newRow("object order kept")
        << QByteArray(R"({"b":1,"a":2})") << QByteArray(R"({"b":1,"a":2})");
    QTest::newRow("nested") << QByteArray(R"( {"a":[1,{"b":null}],"c":true} )")
                            << QByteArray(R"({"a":[1,{"b":null}],"c":true})");
    QTest::newRow("escapes") << QByteArray(R"("a\"\\\/\b\n\u00e9\ud83d\ude00")")
                             << QByteArray("\"a\\\"\\\\/\\b\\n\xc3\xa9\xf0\x9f\x98\x80\"");
    QTest::newRow("numbers")
        << QByteArray("[0,-1,1.5,2e3,18446744073709551615,-9223372036854775808]")
        << QByteArray("[0,-1,1.5,2000.0,18446744073709551615,-9223372036854775808]");
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{}") << QByteArray("{}");
}

void TestJsonDocument::parsesValues()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, dumped);
    auto doc = JsonDocument::parse(std::string_view(text.constData(), size_t(text.size())));
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().message()));
    QCOMPARE(QByteArray::fromStdString(doc->root().dump()), dumped);
}

void TestJsonDocument::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty") << QByteArray("") << 1 << 1 << "empty";
    QTest::newRow("blank") << QByteArray("  \n ") << 2 << 2 << "empty";
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 1 << 6 << "':'";
    QTest::newRow("trailing comma") << QByteArray("{\"a\":1,\n}") << 2 << 1 << "Trailing comma";
    QTest::newRow("single quotes") << QByteArray("{'a':1}") << 1 << 2 << "member name";
    QTest::newRow("unclosed string") << QByteArray("\"abc") << 1 << 5 << "not closed";
    QTest::newRow("leading zero") << QByteArray("01") << 1 << 1 << "leading zeros";
    QTest::newRow("two values") << QByteArray("{} {}") << 1 << 4 << "exactly one value";
    QTest::newRow("bad literal") << QByteArray("[tru]") << 1 << 2 << "Expected a value";
    QTest::newRow("lone surrogate") << QByteArray("\"\\udc00\"") << 1 << 8 << "low surrogate";
    QTest::newRow("raw newline in string") << QByteArray("\"a\nb\"") << 1 << 3 << "line break";
    QTest::newRow("columns count characters")
        << QByteArray("{\"\xc3\xa9\xc3\xa9\": x}") << 1 << 8 << "Expected a value";
}

void TestJsonDocument::rejectsMalformed()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);
    auto doc = JsonDocument::parse(std::string_view(text.constData(), size_t(text.size())));
    QVERIFY(!doc);
    QVERIFY2(doc.error().message().contains(fragment), qPrintable(doc.error().message()));
    QCOMPARE(doc.error().line(), line);
    QCOMPARE(doc.error().column(), column);
}

void TestJsonDocument::recordsPositions()
{
    const std::string text = "{\n  \"header\": {\n    \"operations\": {\"data\": \"merge\"}\n  },\n"
                             "  \"body\": [10, 20]\n}";
    auto doc = JsonDocument::parse(text);
    QVERIFY(doc);
    QCOMPARE(doc->positionOf("/header/operations/data").line, 3);
    QCOMPARE(doc->positionOf("/header/operations/data").column, 28);
    QCOMPARE(doc->keyPositionOf("/header/operations/data").column, 20);
    QCOMPARE(doc->positionOf("/body/1").line, 5);
    QCOMPARE(doc->positionOf("/body/1").column, 16);
    QCOMPARE(doc->positionOf("").line, 1);
}

void TestJsonDocument::missingPointerFallsBackToParent()
{
    auto doc = JsonDocument::parse("{\"header\":\n {\"a\": 1}}");
    QVERIFY(doc);
    const TextPosition where = doc->positionOf("/header/operations/data");
    QCOMPARE(where.line, 2);
    QCOMPARE(where.column, 2);
}

void TestJsonDocument::hintsAtGluedObjects()
{
    auto doc = JsonDocument::parse("{\"header\": {\"flowId\": \"x\"}},\n{\"body\": {}}");
    QVERIFY(!doc);
    QVERIFY(doc.error().message().contains(QLatin1String("two JSON objects")));
    QVERIFY(doc.error().message().contains(QLatin1String("{\"header\": {...}, \"body\": {...}}")));
    QCOMPARE(doc.error().line(), 1);
    QCOMPARE(doc.error().column(), 28);
}

void TestJsonDocument::boundsDepth()
{
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    auto doc = JsonDocument::parse(deep);
    QVERIFY(!doc);
    QVERIFY(doc.error().message().contains(QLatin1String("deeper than 1000")));

    std::string nested;
    for (int i = 0; i < 900; ++i) {
        nested += "{\"a\":";
    }
    nested += "1" + std::string(900, '}');
    QVERIFY(JsonDocument::parse(nested));
}

void TestJsonDocument::rejectsInvalidUtf8()
{
    const std::string binary("\"\x89PNG\r\n\x1a\n\"", 10);
    auto doc = JsonDocument::parse(binary);
    QVERIFY(!doc);
    QVERIFY(doc.error().message().contains(QLatin1String("UTF-8")));

    auto overlong = JsonDocument::parse(std::string("\"\xc0\xaf\""));
    QVERIFY(!overlong);
}

void TestJsonDocument::recordsDuplicateKeys()
{
    auto doc = JsonDocument::parse(R"({"a": 1, "a": 2})");
    QVERIFY(doc);
    QCOMPARE(doc->root()["a"].get<int>(), 2);
    QCOMPARE(doc->duplicateKeys().size(), size_t(1));
    QCOMPARE(QString::fromStdString(doc->duplicateKeys().front()), QStringLiteral("/a"));
}

// Strings are scanned eight bytes at a time: escapes, multi-byte characters and errors at
// every offset of strings of every length around a few words must read as one by one.
void TestJsonDocument::stringsAtEveryOffset()
{
    const std::vector<std::string> pieces{
        "\\\"", "\\n", "\\u00e9", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\\/", "~"};
    for (size_t length = 0; length <= 20; ++length) {
        for (size_t at = 0; at <= length; ++at) {
            for (const std::string &piece : pieces) {
                std::string text =
                    "\"" + std::string(at, 'a') + piece + std::string(length - at, 'b') + "\"";
                auto parsed = parseJson(text);
                QVERIFY2(parsed, text.c_str());
                QCOMPARE(QString::fromStdString(parsed->get<std::string>()),
                         QString::fromStdString(Json::parse(text).get<std::string>()));
            }
            std::string control =
                "\"" + std::string(at, 'a') + "\t" + std::string(length, 'b') + "\"";
            auto rejected = parseJson(control);
            QVERIFY(!rejected);
            QCOMPARE(rejected.error().column(), int(at) + 2);
            std::string invalid =
                "\"" + std::string(at, 'a') + "\xff" + std::string(length, 'b') + "\"";
            QVERIFY(!parseJson(invalid));
        }
    }
}

void TestJsonDocument::duplicatesKeepTheirFirstPlace_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("compact");
    QTest::addColumn<QStringList>("duplicates");
    QTest::newRow("none across levels")
        << QByteArray(R"({"a": 1, "b": {"a": 2, "c": {"a": 3}}, "c": [{"a": 4}, {"a": 5}]})")
        << QByteArray(R"({"a":1,"b":{"a":2,"c":{"a":3}},"c":[{"a":4},{"a":5}]})") << QStringList();
    QTest::newRow("after a nested object")
        << QByteArray(R"({"a": 1, "b": {"c": 1, "c": 2}, "a": 3})")
        << QByteArray(R"({"a":3,"b":{"c":2}})") << QStringList{"/b/c", "/a"};
    QTest::newRow("three times") << QByteArray(R"({"x": 1, "y": 2, "x": 3, "x": {"z": 4}})")
                                 << QByteArray(R"({"x":{"z":4},"y":2})") << QStringList{"/x", "/x"};
}

void TestJsonDocument::duplicatesKeepTheirFirstPlace()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, compact);
    QFETCH(QStringList, duplicates);
    auto doc = JsonDocument::parse(text.toStdString());
    QVERIFY(doc);
    QCOMPARE(QByteArray::fromStdString(doc->root().dump()), compact);
    QStringList found;
    for (const std::string &pointer : doc->duplicateKeys()) {
        found << QString::fromStdString(pointer);
    }
    QCOMPARE(found, duplicates);
    auto plain = parseJson(text.toStdString());
    QVERIFY(plain);
    QCOMPARE(QByteArray::fromStdString(plain->dump()), compact);
}

void TestJsonDocument::pointerEscaping()
{
    QCOMPARE(QString::fromStdString(jsonpointer::join({"a/b", "m~n", ""})),
             QStringLiteral("/a~1b/m~0n/"));
    const auto tokens = jsonpointer::split("/a~1b/m~0n/");
    QCOMPARE(tokens.size(), size_t(3));
    QCOMPARE(QString::fromStdString(tokens[0]), QStringLiteral("a/b"));
    QCOMPARE(QString::fromStdString(tokens[1]), QStringLiteral("m~n"));
    QVERIFY(tokens[2].empty());
    QVERIFY(jsonpointer::split("").empty());
}

QTEST_GUILESS_MAIN(TestJsonDocument)
#include "tst_jsondocument.moc"
