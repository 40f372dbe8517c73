// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestEvalCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void evaluates_data();
    void evaluates();
    void readsInputRecord();
    void expressionErrorShowsPlace();
    void runtimeErrorExitsOne();
    void badArguments_data();
    void badArguments();
    void listsFunctions();

private:
    struct Run
    {
        int status = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments);

    QTemporaryDir m_dir;
};

TestEvalCommand::Run TestEvalCommand::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PATCHBAY_CLI), arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        return result;
    }
    result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestEvalCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile record(m_dir.filePath(QStringLiteral("record.json")));
    QVERIFY(record.open(QIODevice::WriteOnly));
    record.write(R"({"firstName": "John", "lastName": "Smith", "loyaltyPoints": "62000"})");
    record.close();
    QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"firstName": )");
}

void TestEvalCommand::evaluates_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("output");
    QTest::newRow("number") << QStringList{QStringLiteral("1 + 2")} << QByteArray("3\n");
    QTest::newRow("string") << QStringList{QStringLiteral("upper('abc')")}
                            << QByteArray("\"ABC\"\n");
    QTest::newRow("fixed clock") << QStringList{QStringLiteral("now()"), QStringLiteral("--now"),
                                                QStringLiteral("2024-01-01T00:00:00Z")}
                                 << QByteArray("\"2024-01-01T00:00:00Z\"\n");
    QTest::newRow("fixed ids") << QStringList{QStringLiteral("uuid()"),
                                              QStringLiteral("--fixed-ids")}
                               << QByteArray("\"00000000-0000-4000-8000-000000000001\"\n");
    QTest::newRow("null without record")
        << QStringList{QStringLiteral("firstName")} << QByteArray("null\n");
}

void TestEvalCommand::evaluates()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, output);
    const Run result = run(QStringList{QStringLiteral("eval")} + arguments);
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, output);
}

void TestEvalCommand::readsInputRecord()
{
    const Run result =
        run({QStringLiteral("eval"),
             QStringLiteral(
                 "iif(to_integer(loyaltyPoints) > 50000, concat(firstName, ' ', lastName), 'x')"),
             QStringLiteral("--input"), m_dir.filePath(QStringLiteral("record.json"))});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, QByteArray("\"John Smith\"\n"));
}

void TestEvalCommand::expressionErrorShowsPlace()
{
    const Run result =
        run({QStringLiteral("eval"), QStringLiteral("concat(firstName,\n  uper(lastName))")});
    QCOMPARE(result.status, 1);
    QVERIFY(result.out.isEmpty());
    const QList<QByteArray> lines = result.err.split('\n');
    QVERIFY2(lines.size() >= 3, result.err.constData());
    QVERIFY2(lines[0].contains("2:3: unknown function 'uper'; did you mean 'upper'? (M02)"),
             lines[0].constData());
    QCOMPARE(lines[1], QByteArray("    uper(lastName))"));
    QCOMPARE(lines[2], QByteArray("    ^^^^"));
}

void TestEvalCommand::runtimeErrorExitsOne()
{
    const Run result = run({QStringLiteral("eval"), QStringLiteral("to_integer('abc')")});
    QCOMPARE(result.status, 1);
    QCOMPARE(result.out, QByteArray("null\n"));
    QVERIFY2(result.err.contains("\"abc\" is not an integer"), result.err.constData());
}

void TestEvalCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no expression") << QStringList{} << QByteArray("no expression given");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("1"), QStringLiteral("--bogus")}
                                    << QByteArray("unknown option");
    QTest::newRow("bad clock") << QStringList{QStringLiteral("1"), QStringLiteral("--now"),
                                              QStringLiteral("yesterday")}
                               << QByteArray("--now needs an ISO-8601");
    QTest::newRow("missing file") << QStringList{QStringLiteral("1"), QStringLiteral("--input"),
                                                 QStringLiteral("/nonexistent/record.json")}
                                  << QByteArray("record.json");
    QTest::newRow("broken file") << QStringList{QStringLiteral("1"), QStringLiteral("--input"),
                                                m_dir.filePath(QStringLiteral("broken.json"))}
                                 << QByteArray("broken.json");
}

void TestEvalCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run result = run(QStringList{QStringLiteral("eval")} + arguments);
    QCOMPARE(result.status, 2);
    QVERIFY2(result.err.contains(message), result.err.constData());
}

void TestEvalCommand::listsFunctions()
{
    const Run json = run({QStringLiteral("functions")});
    QCOMPARE(json.status, 0);
    const QJsonArray catalogue = QJsonDocument::fromJson(json.out).array();
    QVERIFY(catalogue.size() >= 100);
    QCOMPARE(catalogue.first().toObject().value(QStringLiteral("function")).toString(),
             QStringLiteral("concat"));
    const Run text =
        run({QStringLiteral("functions"), QStringLiteral("--format"), QStringLiteral("text")});
    QCOMPARE(text.status, 0);
    QVERIFY(text.out.contains("  lpad(INPUT, COUNT, PADDING)"));
    QCOMPARE(run({QStringLiteral("functions"), QStringLiteral("--format"), QStringLiteral("xml")})
                 .status,
             2);
}

QTEST_GUILESS_MAIN(TestEvalCommand)
#include "tst_evalcommand.moc"
