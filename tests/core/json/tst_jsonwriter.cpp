// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/json/JsonDocument.h"
#include "core/json/JsonWriter.h"

#include <QDirIterator>
#include <QTest>

using namespace core;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesLikeDump_data();
    void writesLikeDump();
    void writesEverySampleLikeDump();
    void escapesAtEveryOffset();
};

void TestJsonWriter::writesLikeDump_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("scalars") << QByteArray(
        R"([null,true,false,0,-1,18446744073709551615,1.5,2e3])");
    QTest::newRow("nested") << QByteArray(R"({"b":{"c":[1,{"d":[]}]},"a":{}})");
    QTest::newRow("escapes") << QByteArray(R"(["q\"b\\s\/\b\f\n\r\t\u0001\u001f\u007f"])");
    QTest::newRow("unicode") << QByteArray("[\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"]");
    QTest::newRow("keys need escaping") << QByteArray(R"({"a\"b":1,"c\nd":2})");
    QTest::newRow("empty string") << QByteArray(R"({"":""})");
}

void TestJsonWriter::writesLikeDump()
{
    QFETCH(QByteArray, text);
    auto value = parseJson(std::string_view(text.constData(), size_t(text.size())));
    QVERIFY(value);
    std::string written;
    writeCompactJson(*value, written);
    QCOMPARE(QByteArray::fromStdString(written), QByteArray::fromStdString(value->dump()));
}

void TestJsonWriter::writesEverySampleLikeDump()
{
    QDirIterator it(QStringLiteral(PATCHBAY_SHARED_DIR "/samples"), {QStringLiteral("*.json")},
                    QDir::Files, QDirIterator::Subdirectories);
    int checked = 0;
    while (it.hasNext()) {
        auto doc = JsonDocument::fromFile(it.next());
        if (!doc) {
            continue;
        }
        std::string written;
        writeCompactJson(doc->root(), written);
        QCOMPARE(QString::fromStdString(written), QString::fromStdString(doc->root().dump()));
        ++checked;
    }
    if (checked == 0) {
        QSKIP("no samples in the shared folder");
    }
    QVERIFY(checked > 50);
}

// Strings are scanned eight bytes at a time: put each character that needs escaping, and some
// that do not, at every offset of strings of every length around a few words.
void TestJsonWriter::escapesAtEveryOffset()
{
    const std::string specials{'"', '\\', '\n', '\x01', '\x1f', ' ', '\x7f', '/'};
    int checked = 0;
    for (size_t length = 1; length <= 25; ++length) {
        for (size_t at = 0; at < length; ++at) {
            for (const char special : specials) {
                std::string text(length, 'a');
                text[at] = special;
                std::string written;
                writeJsonString(text, written);
                QCOMPARE(QString::fromStdString(written),
                         QString::fromStdString(Json(text).dump()));
                ++checked;
            }
        }
    }
    const std::string utf8 = "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 and \"quoted\" text";
    std::string written;
    writeJsonString(utf8, written);
    QCOMPARE(QString::fromStdString(written), QString::fromStdString(Json(utf8).dump()));
    QCOMPARE(checked, 25 * 26 / 2 * int(specials.size()));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
