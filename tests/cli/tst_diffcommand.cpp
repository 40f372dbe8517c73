// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/diff/JsonEquality.h"
#include "core/diff/JsonPatch.h"
#include "core/json/JsonDocument.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

using core::Json;

namespace {

const QString kData = QStringLiteral(PATCHBAY_TEST_DATA "/diff/");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runDiff(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PATCHBAY_CLI), QStringList{QStringLiteral("diff")} + arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Json readJson(const QString &path)
{
    auto document = core::JsonDocument::fromFile(path);
    return document ? document->takeRoot() : Json();
}

} // namespace

class TestDiffCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitStatus_data();
    void exitStatus();
    void writesTextReport();
    void writesPatchThatApplies();
    void writesChangeTree();
    void ignoresPointers();
    void matchesItemsByKey();
    void reportsMalformedFileWithPlace();
    void rejectsBadArguments_data();
    void rejectsBadArguments();
};

void TestDiffCommand::exitStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    const QString before = kData + QStringLiteral("profile-before.json");
    const QString after = kData + QStringLiteral("profile-after.json");
    const QString run1 = kData + QStringLiteral("messages-run1.json");
    const QString run2 = kData + QStringLiteral("messages-run2.json");
    QTest::newRow("same file") << QStringList{before, before} << 0;
    QTest::newRow("different") << QStringList{before, after} << 1;
    QTest::newRow("volatile fields only") << QStringList{run1, run2} << 1;
    QTest::newRow("volatile fields ignored")
        << QStringList{run1, run2, QStringLiteral("--ignore-volatile")} << 0;
    QTest::newRow("missing file") << QStringList{before, kData + QStringLiteral("nope.json")} << 2;
}

void TestDiffCommand::exitStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run run = runDiff(arguments);
    QCOMPARE(run.exitCode, exitCode);
}

void TestDiffCommand::writesTextReport()
{
    const Run run = runDiff({kData + QStringLiteral("profile-before.json"),
                             kData + QStringLiteral("profile-after.json")});
    QCOMPARE(run.exitCode, 1);
    const QByteArray expected =
        "changed     /homeAddress/state  \"GA\" -> \"NY\"\n"
        "moved       /segments/0 -> /segments/1\n"
        "added       /segments/2  \"s3\"\n"
        "typeChanged /a~1b/~0c  1 -> \"1\"  (number -> string)\n"
        "added       /workEmail  {\"address\":\"sampleWorkEmail@gmail.com\"}\n"
        "5 changes: 2 added, 1 changed, 1 moved, 1 type changed\n";
    QCOMPARE(run.out, expected);
    QVERIFY(run.err.isEmpty());
}

void TestDiffCommand::writesPatchThatApplies()
{
    const QString before = kData + QStringLiteral("profile-before.json");
    const QString after = kData + QStringLiteral("profile-after.json");
    const Run run = runDiff({before, after, QStringLiteral("--format"), QStringLiteral("patch")});
    QCOMPARE(run.exitCode, 1);
    const Json patch = Json::parse(run.out.constData(), nullptr, false);
    QVERIFY(patch.is_array());

    // identityMap lists are sets by default, so the patch need not reorder them.
    const core::Result<Json> patched = core::diff::applyPatch(readJson(before), patch);
    QVERIFY(patched);
    Json expected = readJson(after);
    expected["identityMap"] = readJson(before)["identityMap"];
    QVERIFY2(core::diff::equalValues(*patched, expected), patched->dump().c_str());
}

void TestDiffCommand::writesChangeTree()
{
    const Run run =
        runDiff({kData + QStringLiteral("profile-before.json"),
                 kData + QStringLiteral("profile-after.json"), QStringLiteral("--format=json")});
    QCOMPARE(run.exitCode, 1);
    const Json tree = Json::parse(run.out.constData(), nullptr, false);
    QVERIFY(tree.is_object());
    QVERIFY(tree["equal"] == false);
    QVERIFY(tree["counts"]["moved"] == 1);
    const Json &root = tree["changes"][0];
    QVERIFY(root["leftPointer"] == "");
    QVERIFY(root["children"][0]["children"][0]["leftPointer"] == "/homeAddress/state");
    QVERIFY(root["children"][0]["children"][0]["oldValue"] == "GA");
}

void TestDiffCommand::ignoresPointers()
{
    const Run run =
        runDiff({kData + QStringLiteral("profile-before.json"),
                 kData + QStringLiteral("profile-after.json"), QStringLiteral("--ignore"),
                 QStringLiteral("/segments"), QStringLiteral("--ignore=/**/~0c"),
                 QStringLiteral("--ignore"), QStringLiteral("/workEmail")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QByteArray("changed     /homeAddress/state  \"GA\" -> \"NY\"\n"
                                 "1 change: 1 changed\n"));
}

void TestDiffCommand::matchesItemsByKey()
{
    const QString dir = QDir::tempPath();
    QTemporaryFile left(dir + QStringLiteral("/diff-left-XXXXXX.json"));
    QTemporaryFile right(dir + QStringLiteral("/diff-right-XXXXXX.json"));
    QVERIFY(left.open() && right.open());
    left.write(R"([{"_id":"a","v":1},{"_id":"b","v":1}])");
    right.write(R"([{"_id":"b","v":1},{"_id":"a","v":2}])");
    left.close();
    right.close();

    const Run byValue = runDiff({left.fileName(), right.fileName()});
    QCOMPARE(byValue.out.count('\n'), 3);
    const Run byKey = runDiff(
        {left.fileName(), right.fileName(), QStringLiteral("--key"), QStringLiteral("/=_id")});
    QCOMPARE(byKey.exitCode, 1);
    QCOMPARE(byKey.out, QByteArray("moved       /0 -> /1\n"
                                   "changed     /0/v (right /1/v)  1 -> 2\n"
                                   "2 changes: 1 changed, 1 moved\n"));
    const Run asSet = runDiff(
        {left.fileName(), right.fileName(), QStringLiteral("--set-key"), QStringLiteral("/=_id")});
    QCOMPARE(asSet.out, QByteArray("changed     /0/v (right /1/v)  1 -> 2\n1 change: 1 changed\n"));
}

void TestDiffCommand::reportsMalformedFileWithPlace()
{
    const QString malformed = kData + QStringLiteral("malformed.json");
    const Run run = runDiff({kData + QStringLiteral("profile-before.json"), malformed});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith((malformed + QStringLiteral(":3:14: ")).toUtf8()), run.err);
}

void TestDiffCommand::rejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fragment");

    const QString file = kData + QStringLiteral("profile-before.json");
    QTest::newRow("one file") << QStringList{file} << "needs exactly two files";
    QTest::newRow("three files") << QStringList{file, file, file} << "needs exactly two files";
    QTest::newRow("unknown format")
        << QStringList{file, file, QStringLiteral("--format"), QStringLiteral("yaml")}
        << "unknown format 'yaml'";
    QTest::newRow("format without value")
        << QStringList{file, file, QStringLiteral("--format")} << "--format needs a value";
    QTest::newRow("bad ignore pattern")
        << QStringList{file, file, QStringLiteral("--ignore"), QStringLiteral("header")}
        << "must start with '/'";
    QTest::newRow("key without field")
        << QStringList{file, file, QStringLiteral("--key"), QStringLiteral("/items")}
        << "is not PATH=FIELD";
    QTest::newRow("unknown option")
        << QStringList{file, file, QStringLiteral("--fast")} << "unknown option '--fast'";
}

void TestDiffCommand::rejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, fragment);
    const Run run = runDiff(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(fragment.toUtf8()), run.err);
    QVERIFY(run.err.contains("usage: patchbay-cli diff"));
}

QTEST_GUILESS_MAIN(TestDiffCommand)
#include "tst_diffcommand.moc"
