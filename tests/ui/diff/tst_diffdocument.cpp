// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/diff/JsonDiff.h"
#include "ui/diff/DiffDocument.h"
#include "ui/diff/ListedChanges.h"

#include <nlohmann/json.hpp>

#include <QTest>

using core::Json;
using ui::diff::DiffDocument;
using ui::diff::LineKind;
using ui::diff::PrintedJson;
using ui::diff::Side;

namespace {

Json parse(const char *text)
{
    return Json::parse(text);
}

QChar kindMark(LineKind kind)
{
    switch (kind) {
    case LineKind::Unchanged:
        return QLatin1Char(' ');
    case LineKind::Added:
        return QLatin1Char('+');
    case LineKind::Removed:
        return QLatin1Char('-');
    case LineKind::Changed:
        return QLatin1Char('~');
    case LineKind::Moved:
        return QLatin1Char('>');
    case LineKind::Filler:
        return QLatin1Char('.');
    case LineKind::Fold:
        break;
    }
    return QLatin1Char('#');
}

// Each row as "<mark><left text>|<mark><right text>", the text without its indent.
QStringList renderRows(const DiffDocument &document)
{
    QStringList out;
    for (const ui::diff::DiffRow &row : document.rows()) {
        const auto side = [&](Side s) {
            const int line = row.line(s);
            const QString text =
                line < 0 ? QString() : core::toQString(document.line(s, line)).trimmed();
            return kindMark(row.kind(s)) + text;
        };
        out << side(Side::Left) + QLatin1Char('|') + side(Side::Right);
    }
    return out;
}

// Every line of each side is shown exactly once, in order.
bool coversEveryLine(const DiffDocument &document, Side side)
{
    int expected = 0;
    for (const ui::diff::DiffRow &row : document.rows()) {
        if (row.line(side) >= 0 && row.line(side) != expected++) {
            return false;
        }
        if (row.line(side) < 0 && row.kind(side) != LineKind::Filler) {
            return false;
        }
    }
    return expected == document.lineCount(side);
}

std::shared_ptr<DiffDocument> compute(const Json &left, const Json &right)
{
    return DiffDocument::compute(left, right, core::diff::DiffOptions());
}

} // namespace

class TestDiffDocument : public QObject
{
    Q_OBJECT

private slots:
    void printsWithTwoSpaceIndent();
    void findsPointerRanges_data();
    void findsPointerRanges();
    void alignsRows_data();
    void alignsRows();
    void spansOfChanges();
    void changedScalarColumns_data();
    void changedScalarColumns();
    void escapedKeys();
    void movedItemHasRowsOnEachSide();
    void reorderedMembersStayInOrder();
    void foldsLongUnchangedRuns();
    void foldBoundaries_data();
    void foldBoundaries();
    void equalDocumentsAreNotFolded();
    void changesFollowListedOrder();
};

void TestDiffDocument::printsWithTwoSpaceIndent()
{
    const PrintedJson printed = PrintedJson::print(
        parse(R"({"b": [1, 2.5, "x\"y\n"], "a": {}, "c": [], "d": {"e": null, "f": true}})"));
    const std::string expected = "{\n"
                                 "  \"b\": [\n"
                                 "    1,\n"
                                 "    2.5,\n"
                                 "    \"x\\\"y\\n\"\n"
                                 "  ],\n"
                                 "  \"a\": {},\n"
                                 "  \"c\": [],\n"
                                 "  \"d\": {\n"
                                 "    \"e\": null,\n"
                                 "    \"f\": true\n"
                                 "  }\n"
                                 "}\n";
    QCOMPARE(printed.text(), expected);
    QCOMPARE(printed.lineCount(), 13);
    QCOMPARE(printed.line(5), std::string_view("  ],"));
    QCOMPARE(printed.line(13), std::string_view());
    QCOMPARE(printed.text(), core::dumpJson(Json::parse(printed.text()), 2) + "\n");
}

void TestDiffDocument::findsPointerRanges_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("firstLine");
    QTest::addColumn<int>("lastLine");
    QTest::addColumn<int>("columnBegin");

    QTest::newRow("root") << "" << 0 << 12 << -1;
    QTest::newRow("array") << "/list" << 1 << 5 << -1;
    QTest::newRow("array item") << "/list/1" << 3 << 3 << 4;
    QTest::newRow("nested object") << "/obj/inner" << 7 << 9 << -1;
    QTest::newRow("nested scalar") << "/obj/inner/k" << 8 << 8 << 11;
    QTest::newRow("empty object") << "/empty" << 11 << 11 << 11;
    QTest::newRow("missing key") << "/nope" << -1 << -1 << -1;
    QTest::newRow("index past end") << "/list/3" << -1 << -1 << -1;
    QTest::newRow("leading zero index") << "/list/01" << -1 << -1 << -1;
    QTest::newRow("dash index") << "/list/-" << -1 << -1 << -1;
    QTest::newRow("into a scalar") << "/obj/inner/k/x" << -1 << -1 << -1;
    QTest::newRow("no leading slash") << "list" << -1 << -1 << -1;
}

void TestDiffDocument::findsPointerRanges()
{
    QFETCH(QString, pointer);
    QFETCH(int, firstLine);
    QFETCH(int, lastLine);
    QFETCH(int, columnBegin);

    const Json value = parse(R"({"list": [1, 22, 3], "obj": {"inner": {"k": "v"}}, "empty": {}})");
    const PrintedJson printed = PrintedJson::print(value);
    const ui::diff::ValueSpan span = printed.find(core::toStdString(pointer));
    QCOMPARE(span.firstLine, firstLine);
    QCOMPARE(span.lastLine, lastLine);
    QCOMPARE(span.columnBegin, columnBegin);
}

void TestDiffDocument::alignsRows_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QStringList>("rows");

    QTest::newRow("nested changed scalar")
        << R"({"a": {"b": 1, "c": 2}})"
        << R"({"a": {"b": 1, "c": 3}})"
        << QStringList{R"( {| {)",           R"( "a": {| "a": {)", R"( "b": 1,| "b": 1,)",
                       R"(~"c": 2|~"c": 3)", R"( }| })",           R"( }| })"};
    QTest::newRow("array insertion")
        << R"([1, 2])"
        << R"([1, 3, 2])"
        << QStringList{R"( [| [)", R"( 1,| 1,)", R"(.|+3,)", R"( 2| 2)", R"( ]| ])"};
    QTest::newRow("member removal")
        << R"({"a": 1, "b": {"x": 1}, "c": 3})"
        << R"({"a": 1, "c": 3})"
        << QStringList{R"( {| {)", R"( "a": 1,| "a": 1,)", R"(-"b": {|.)", R"(-"x": 1|.)",
                       R"(-},|.)", R"( "c": 3| "c": 3)",   R"( }| })"};
    QTest::newRow("member addition at the end")
        << R"({"a": 1})"
        << R"({"a": 1, "n": [true]})"
        << QStringList{R"( {| {)", R"( "a": 1| "a": 1,)", R"(.|+"n": [)", R"(.|+true)", R"(.|+])",
                       R"( }| })"};
    QTest::newRow("scalar becomes object")
        << R"({"a": 1, "z": 0})"
        << R"({"a": {"x": 1}, "z": 0})"
        << QStringList{R"( {| {)", R"(~"a": 1,|~"a": {)", R"(.|~"x": 1)",
                       R"(.|~},)", R"( "z": 0| "z": 0)",  R"( }| })"};
    QTest::newRow("removed and added in one array")
        << R"([1, 2, 3, 4])"
        << R"([1, 3, 4, 5])" << QStringList{R"( [| [)",  R"( 1,| 1,)", R"(-2,|.)", R"( 3,| 3,)",
                                            R"( 4| 4,)", R"(.|+5)",    R"( ]| ])"};
    QTest::newRow("changes at two depths")
        << R"({"p": {"q": {"r": "old"}}, "s": 1})"
        << R"({"p": {"q": {"r": "new"}}, "s": 2})"
        << QStringList{
               R"( {| {)", R"( "p": {| "p": {)", R"( "q": {| "q": {)", R"(~"r": "old"|~"r": "new")",
               R"( }| })", R"( },| },)",         R"(~"s": 1|~"s": 2)", R"( }| })"};
    QTest::newRow("root replaced")
        << R"("a")"
        << R"(["a"])" << QStringList{R"(~"a"|~[)", R"(.|~"a")", R"(.|~])"};
}

void TestDiffDocument::alignsRows()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QStringList, rows);

    const auto document =
        compute(Json::parse(left.toStdString()), Json::parse(right.toStdString()));
    QCOMPARE(renderRows(*document), rows);
    QVERIFY(coversEveryLine(*document, Side::Left));
    QVERIFY(coversEveryLine(*document, Side::Right));
}

void TestDiffDocument::spansOfChanges()
{
    const auto document = compute(parse(R"({"a": 1, "b": {"x": 1}, "c": [1, 2]})"),
                                  parse(R"({"a": 2, "c": [1, 2, 9]})"));
    const auto &changes = document->changes();
    QCOMPARE(changes.size(), size_t(3));

    // /a changed in place: one row, the same on both sides.
    QCOMPARE(changes[0].change->leftPointer, std::string("/a"));
    QCOMPARE(changes[0].leftFirstRow, 1);
    QCOMPARE(changes[0].rightFirstRow, 1);

    // /b removed: three rows on the left, the fillers opposite on the right.
    QCOMPARE(changes[1].change->kind, core::diff::Change::Kind::Removed);
    QCOMPARE(changes[1].leftFirstRow, 2);
    QCOMPARE(changes[1].leftLastRow, 4);
    QCOMPARE(changes[1].rightFirstRow, 2);
    QCOMPARE(changes[1].rightLastRow, 4);
    QCOMPARE(document->rows()[3].rightKind, LineKind::Filler);

    // /c/2 added: its row on the right, a filler on the left.
    QCOMPARE(changes[2].change->rightPointer, std::string("/c/2"));
    const int row = changes[2].rightFirstRow;
    QCOMPARE(changes[2].leftFirstRow, row);
    QCOMPARE(document->rows()[size_t(row)].leftKind, LineKind::Filler);
    QCOMPARE(document->rows()[size_t(row)].rightKind, LineKind::Added);
    QCOMPARE(document->line(Side::Right, document->rows()[size_t(row)].rightLine),
             std::string_view("    9"));
}

void TestDiffDocument::changedScalarColumns_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");

    QTest::newRow("string member") << R"({"city": "Oslo", "n": 1})"
                                   << R"({"city": "Bergen", "n": 1})"
                                   << R"("Oslo")"
                                   << R"("Bergen")";
    QTest::newRow("number in array") << R"([10, 20])"
                                     << R"([10, 2000])"
                                     << "20"
                                     << "2000";
    QTest::newRow("deep boolean") << R"({"a": {"b": {"on": true}}})"
                                  << R"({"a": {"b": {"on": false}}})"
                                  << "true"
                                  << "false";
    QTest::newRow("type change") << R"({"v": 1})"
                                 << R"({"v": "1"})"
                                 << "1"
                                 << R"("1")";
    QTest::newRow("non-ASCII key") << R"({"größe": "klein"})"
                                   << R"({"größe": "groß"})"
                                   << R"("klein")"
                                   << R"("groß")";
}

void TestDiffDocument::changedScalarColumns()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, oldText);
    QFETCH(QString, newText);

    const auto document =
        compute(Json::parse(left.toStdString()), Json::parse(right.toStdString()));
    QCOMPARE(document->changes().size(), size_t(1));
    const ui::diff::ChangeSpan &span = document->changes().front();
    QCOMPARE(span.leftFirstRow, span.rightFirstRow);
    QVERIFY(span.leftColumns.isValid());
    QVERIFY(span.rightColumns.isValid());

    const auto &row = document->rows()[size_t(span.leftFirstRow)];
    const std::string_view leftLine = document->line(Side::Left, row.leftLine);
    const std::string_view rightLine = document->line(Side::Right, row.rightLine);
    const auto cut = [](std::string_view line, const ui::diff::ColumnRange &columns) {
        return core::toQString(
            line.substr(size_t(columns.begin), size_t(columns.end - columns.begin)));
    };
    QCOMPARE(cut(leftLine, span.leftColumns), oldText);
    QCOMPARE(cut(rightLine, span.rightColumns), newText);
}

void TestDiffDocument::escapedKeys()
{
    const Json left = parse(R"({"a/b": 1, "m~n": {"x": "y"}, "~1": 0})");
    const Json right = parse(R"({"a/b": 2, "m~n": {"x": "z"}, "~1": 0})");
    const PrintedJson printed = PrintedJson::print(left);
    QCOMPARE(printed.find("/a~1b").firstLine, 1);
    QCOMPARE(printed.find("/m~0n/x").firstLine, 3);
    QCOMPARE(printed.find("/~01").firstLine, 5);
    QVERIFY(!printed.find("/a/b").isValid());
    QVERIFY(!printed.find("/m~1n").isValid());

    const auto document = compute(left, right);
    QCOMPARE(document->changes().size(), size_t(2));
    QCOMPARE(document->changes()[0].change->leftPointer, std::string("/a~1b"));
    QCOMPARE(document->changes()[0].leftFirstRow, 1);
    QCOMPARE(document->changes()[0].leftColumns.begin, 9);
    QCOMPARE(document->changes()[1].change->leftPointer, std::string("/m~0n/x"));
    QCOMPARE(document->changes()[1].leftFirstRow, 3);
    QCOMPARE(document->changes()[1].rightColumns.begin, 9);
}

void TestDiffDocument::movedItemHasRowsOnEachSide()
{
    const auto document =
        compute(parse(R"([{"id": 1}, "b", "c"])"), parse(R"(["b", "c", {"id": 1}])"));
    QCOMPARE(document->changes().size(), size_t(1));
    const ui::diff::ChangeSpan &span = document->changes().front();
    QCOMPARE(span.change->kind, core::diff::Change::Kind::Moved);
    QCOMPARE(document->rows()[size_t(span.leftFirstRow)].leftKind, LineKind::Moved);
    QCOMPARE(document->rows()[size_t(span.rightFirstRow)].rightKind, LineKind::Moved);
    QVERIFY(span.leftFirstRow < span.rightFirstRow);
    QCOMPARE(span.leftLastRow - span.leftFirstRow, 2);
    QVERIFY(coversEveryLine(*document, Side::Left));
    QVERIFY(coversEveryLine(*document, Side::Right));
}

void TestDiffDocument::reorderedMembersStayInOrder()
{
    // The sync points cross: the chain keeps one, the other change still has its marks.
    const auto document = compute(parse(R"({"a": 1, "b": 2, "c": {"d": 3}})"),
                                  parse(R"({"c": {"d": 4}, "b": 5, "a": 6})"));
    QCOMPARE(document->changes().size(), size_t(3));
    QVERIFY(coversEveryLine(*document, Side::Left));
    QVERIFY(coversEveryLine(*document, Side::Right));
    for (const ui::diff::ChangeSpan &span : document->changes()) {
        QCOMPARE(document->rows()[size_t(span.leftFirstRow)].leftKind, LineKind::Changed);
        QCOMPARE(document->rows()[size_t(span.rightFirstRow)].rightKind, LineKind::Changed);
    }
}

void TestDiffDocument::foldsLongUnchangedRuns()
{
    Json left = Json::array();
    for (int i = 0; i < 20; ++i) {
        left.push_back(i);
    }
    Json right = left;
    right[10] = 100;

    const auto document = compute(left, right);
    // Rows: "[", items 0..19, "]"; the change is row 11.
    QCOMPARE(document->rows().size(), size_t(22));
    QCOMPARE(document->folds().size(), size_t(2));
    QCOMPARE(document->folds()[0].firstRow, 0);
    QCOMPARE(document->folds()[0].rowCount, 8);
    QCOMPARE(document->folds()[1].firstRow, 15);
    QCOMPARE(document->folds()[1].rowCount, 7);

    QCOMPARE(document->displayLines().size(), size_t(9));
    QCOMPARE(document->foldAtDisplayLine(0), 0);
    QCOMPARE(document->foldAtDisplayLine(1), -1);
    QCOMPARE(document->foldAtDisplayLine(8), 1);
    QCOMPARE(document->displayLineOfRow(11), 4);
    QCOMPARE(document->displayLineOfRow(3), 0);

    const QStringList leftLines =
        core::toQString(document->displayText(Side::Left)).split(QLatin1Char('\n'));
    QCOMPARE(leftLines.size(), 9);
    QCOMPARE(leftLines[0], QStringLiteral("\u2026 8 unchanged lines"));
    QCOMPARE(leftLines[4], QStringLiteral("  10,"));
    QCOMPARE(leftLines[8], QStringLiteral("\u2026 7 unchanged lines"));

    document->setFoldExpanded(0, true);
    QCOMPARE(document->displayLines().size(), size_t(16));
    QCOMPARE(document->displayLineOfRow(11), 11);
    QCOMPARE(document->displayLineOfRow(3), 3);
    document->expandAllFolds();
    QCOMPARE(document->displayLines().size(), size_t(22));
    QCOMPARE(document->foldAtDisplayLine(21), -1);

    document->setFoldExpanded(7, true); // no such fold: ignored
    QCOMPARE(document->displayLines().size(), size_t(22));
}

void TestDiffDocument::foldBoundaries_data()
{
    QTest::addColumn<int>("gap");
    QTest::addColumn<int>("foldedRows");

    // Unchanged rows between two changed items; 3 rows of context on each side.
    QTest::newRow("six rows stay") << 6 << 0;
    QTest::newRow("seven rows would hide one, so stay") << 7 << 0;
    QTest::newRow("eight rows hide two") << 8 << 2;
    QTest::newRow("fifty rows hide forty-four") << 50 << 44;
}

void TestDiffDocument::foldBoundaries()
{
    QFETCH(int, gap);
    QFETCH(int, foldedRows);

    Json left = Json::array();
    for (int i = 0; i < gap + 2; ++i) {
        left.push_back(i);
    }
    Json right = left;
    right[0] = -1;
    right[size_t(gap) + 1] = -2;

    DiffDocument::Settings settings;
    const auto document = DiffDocument::compute(left, right, core::diff::DiffOptions(), settings);
    int folded = 0;
    for (const ui::diff::Fold &fold : document->folds()) {
        QVERIFY(fold.firstRow > 1);
        folded += fold.rowCount;
    }
    QCOMPARE(folded, foldedRows);
}

void TestDiffDocument::equalDocumentsAreNotFolded()
{
    Json value = Json::object();
    for (int i = 0; i < 40; ++i) {
        value[std::to_string(i)] = i;
    }
    const auto document = compute(value, value);
    QVERIFY(document->result().isEqual());
    QVERIFY(document->folds().empty());
    QVERIFY(document->changes().empty());
    QCOMPARE(document->displayLines().size(), size_t(42));
}

void TestDiffDocument::changesFollowListedOrder()
{
    const auto document = compute(parse(R"({"x": [1, {"k": 1}, 3], "y": "a", "z": {"q": 1}})"),
                                  parse(R"({"x": [{"k": 2}, 3, 1], "y": "b", "w": true})"));
    const std::vector<const core::diff::Change *> listed =
        ui::diff::listedChanges(document->result());
    QCOMPARE(document->changes().size(), listed.size());
    for (size_t i = 0; i < listed.size(); ++i) {
        QCOMPARE(document->changes()[i].change, listed[i]);
    }
    QVERIFY(coversEveryLine(*document, Side::Left));
    QVERIFY(coversEveryLine(*document, Side::Right));
}

QTEST_MAIN(TestDiffDocument)
#include "tst_diffdocument.moc"
