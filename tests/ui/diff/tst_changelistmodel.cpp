// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/diff/JsonDiff.h"
#include "ui/diff/ChangeListModel.h"

#include <nlohmann/json.hpp>

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using core::Json;
using ui::diff::ChangeListModel;

namespace {

std::shared_ptr<const core::diff::DiffResult> diffOf(const char *left, const char *right)
{
    return std::make_shared<const core::diff::DiffResult>(
        core::diff::diff(Json::parse(left), Json::parse(right)));
}

} // namespace

class TestChangeListModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void listsLeavesInReportOrder();
    void rowsOfEachKind_data();
    void rowsOfEachKind();
    void rootChangeIsNamed();
    void equalResultHasNoRows();
    void invalidIndexesGiveNothing();
    void resetsOnNewResult();
};

void TestChangeListModel::passesTheModelTester()
{
    ChangeListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(diffOf(R"({"a": 1, "b": [1, 2], "c": {"d": true}})",
                           R"({"a": 2, "b": [2, 1, 3], "c": {}})"));
    QVERIFY(model.rowCount() > 0);
    model.setResult(diffOf(R"([1])", R"([2])"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestChangeListModel::listsLeavesInReportOrder()
{
    ChangeListModel model;
    model.setResult(
        diffOf(R"({"a": {"x": 1, "y": 2}, "b": 1})", R"({"a": {"x": 5}, "b": 1, "n": 0})"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data(ChangeListModel::LeftPointerRole).toString(),
             QStringLiteral("/a/x"));
    QCOMPARE(model.index(1).data(ChangeListModel::LeftPointerRole).toString(),
             QStringLiteral("/a/y"));
    QCOMPARE(model.index(2).data(ChangeListModel::RightPointerRole).toString(),
             QStringLiteral("/n"));
    QCOMPARE(model.change(1)->kind, core::diff::Change::Kind::Removed);
    QVERIFY(!model.change(3));
    QVERIFY(!model.change(-1));
}

void TestChangeListModel::rowsOfEachKind_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("kindName");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("oldValue");
    QTest::addColumn<QString>("newValue");

    QTest::newRow("changed") << R"({"city": "Oslo"})"
                             << R"({"city": "Bergen"})"
                             << "changed"
                             << QStringLiteral("changed  /city  \"Oslo\" \u2192 \"Bergen\"")
                             << R"("Oslo")"
                             << R"("Bergen")";
    QTest::newRow("added") << R"({})"
                           << R"({"n": [1]})"
                           << "added"
                           << "added  /n  [1]"
                           << ""
                           << "[1]";
    QTest::newRow("removed") << R"({"o": {"p": null}})"
                             << R"({})"
                             << "removed"
                             << R"(removed  /o  {"p":null})"
                             << R"({"p":null})"
                             << "";
    QTest::newRow("type changed") << R"({"v": 1})"
                                  << R"({"v": "1"})"
                                  << "typeChanged"
                                  << QStringLiteral("type changed  /v  1 \u2192 \"1\"") << "1"
                                  << R"("1")";
    QTest::newRow("moved") << R"(["a", "b", "c"])"
                           << R"(["b", "c", "a"])"
                           << "moved" << QStringLiteral("moved  /0 \u2192 /2") << ""
                           << "";
    QTest::newRow("escaped pointer")
        << R"({"a/b": 1})"
        << R"({"a/b": 2})"
        << "changed" << QStringLiteral("changed  /a~1b  1 \u2192 2") << "1"
        << "2";
}

void TestChangeListModel::rowsOfEachKind()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, kindName);
    QFETCH(QString, display);
    QFETCH(QString, oldValue);
    QFETCH(QString, newValue);

    ChangeListModel model;
    model.setResult(std::make_shared<const core::diff::DiffResult>(
        core::diff::diff(Json::parse(left.toStdString()), Json::parse(right.toStdString()))));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex index = model.index(0);
    QCOMPARE(index.data(ChangeListModel::KindNameRole).toString(), kindName);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), display);
    QCOMPARE(index.data(ChangeListModel::OldValueRole).toString(), oldValue);
    QCOMPARE(index.data(ChangeListModel::NewValueRole).toString(), newValue);
    QVERIFY(index.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Left: /")));
    QVERIFY(index.data(Qt::DecorationRole).value<QColor>().isValid());
    QCOMPARE(index.data(ChangeListModel::KindRole).toInt(), int(model.change(0)->kind));
}

void TestChangeListModel::rootChangeIsNamed()
{
    ChangeListModel model;
    model.setResult(diffOf(R"(1)", R"("x")"));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.index(0).data().toString().contains(QStringLiteral("(root)")));
}

void TestChangeListModel::equalResultHasNoRows()
{
    ChangeListModel model;
    model.setResult(diffOf(R"({"a": [1, {"b": 2}]})", R"({"a": [1, {"b": 2}]})"));
    QCOMPARE(model.rowCount(), 0);
    model.setResult(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestChangeListModel::invalidIndexesGiveNothing()
{
    ChangeListModel model;
    model.setResult(diffOf(R"([1])", R"([2])"));
    QVERIFY(!model.data(QModelIndex()).isValid());
    QVERIFY(!model.index(0).data(Qt::UserRole + 100).isValid());
    QCOMPARE(model.rowCount(model.index(0)), 0);
    QVERIFY(!model.index(5).isValid());
    QVERIFY(model.roleNames().contains(ChangeListModel::LeftPointerRole));
}

void TestChangeListModel::resetsOnNewResult()
{
    ChangeListModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setResult(diffOf(R"([1, 2])", R"([3, 4])"));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestChangeListModel)
#include "tst_changelistmodel.moc"
