// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// patchbay-cli preview, check and map as a user runs them: output, exit status, and what
// happens with every kind of bad input.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &arguments, const QByteArray &input = QByteArray())
{
    QProcess process;
    process.start(QStringLiteral(PATCHBAY_CLI), arguments);
    if (!process.waitForStarted()) {
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QString sample(const QString &relative = QString())
{
    return QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/sample-workspace/") + relative;
}

QStringList fixed()
{
    return {QStringLiteral("--fixed-clock"), QStringLiteral("--fixed-ids")};
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void previewMatchesGolden();
    void previewReportsErrors();
    void checkFormats_data();
    void checkFormats();
    void mapStreamsWithLineNumbers();
    void badInput_data();
    void badInput();
    void cannotRun_data();
    void cannotRun();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliCommands::previewMatchesGolden()
{
    const Run run = runCli(QStringList{QStringLiteral("preview"), QStringLiteral("--workspace"),
                                       sample(), QStringLiteral("--payload"),
                                       sample(QStringLiteral("payloads/guide-merge-identity-"
                                                             "create.json"))} +
                           fixed());
    QCOMPARE(run.status, 0);
    QFile golden(
        QStringLiteral(PATCHBAY_TEST_DATA "/cli/guide-merge-identity-create.preview.json"));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(run.out), QString::fromUtf8(golden.readAll()));
}

void TestCliCommands::previewReportsErrors()
{
    const Run run = runCli({QStringLiteral("preview"), QStringLiteral("--workspace"), sample(),
                            QStringLiteral("--payload"),
                            sample(QStringLiteral("payloads/broken-unknown-operation.json"))});
    QCOMPARE(run.status, 1);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QVERIFY(QString::fromUtf8(run.out).contains(QLatin1String("\"rule\": \"U06\"")));
    QVERIFY(report.contains(QLatin1String("messages")));
}

void TestCliCommands::checkFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("text") << "text"
                          << "error U09";
    QTest::newRow("json") << "json"
                          << "\"rule\": \"U09\"";
    QTest::newRow("junit") << "junit"
                           << "<failure type=\"U09\"";
}

void TestCliCommands::checkFormats()
{
    QFETCH(QString, format);
    QFETCH(QString, fragment);
    const Run run = runCli(
        {QStringLiteral("check"), QStringLiteral("--workspace"), sample(),
         QStringLiteral("--format"), format, sample(QStringLiteral("payloads/guide-create.json")),
         sample(QStringLiteral("payloads/broken-identity-without-dataset.json"))});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.out.contains(fragment.toUtf8()), run.out.constData());

    const Run clean = runCli({QStringLiteral("check"), QStringLiteral("--workspace"), sample(),
                              QStringLiteral("--format"), format,
                              sample(QStringLiteral("payloads/guide-create.json"))});
    QCOMPARE(clean.status, 0);
}

void TestCliCommands::mapStreamsWithLineNumbers()
{
    QFile merge(sample(QStringLiteral("payloads/guide-merge-identity-create.json")));
    QVERIFY(merge.open(QIODevice::ReadOnly));
    const QByteArray line = QJsonDocument::fromJson(merge.readAll()).toJson(QJsonDocument::Compact);
    const QByteArray stream = line + "\n{\"header\": oops}\n\n" + line + "\n";
    const Run run = runCli(
        QStringList{QStringLiteral("map"), QStringLiteral("--workspace"), sample()} + fixed(),
        stream);
    QCOMPARE(run.status, 1);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // two payloads, a Profile and an Identity message each
    QVERIFY(lines[0].contains("\"msgType\":\"xdmEntityUpdate\""));
    QVERIFY(lines[1].contains("\"datasetId\":\"6254a93b851ecd194b64af9e\""));
    QVERIFY2(run.err.contains("stdin:2: error U01"), run.err.constData());
    QVERIFY(!run.err.contains("stdin:4: error"));
}

void TestCliCommands::badInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty file") << QByteArray() << "empty";
    QTest::newRow("binary") << QByteArray("\"\x89PNG\r\n\x1a\n\x00\x00\"", 12) << "UTF-8";
    QTest::newRow("nesting 100000 deep")
        << (QByteArray(100000, '[') + QByteArray(100000, ']')) << "deeper than";
    QTest::newRow("header of the wrong type")
        << QByteArray("{\"header\": [1], \"body\": {}}") << "header must be an object";
    QTest::newRow("body of the wrong type")
        << QByteArray("{\"header\": {\"flowId\": \"d5262d48-0f47-4949-be6d-795f06933527\"}, "
                      "\"body\": 5}")
        << "P02";
    QTest::newRow("50 MB payload") << (QByteArray("{\"body\": {\"big\": \"") +
                                       QByteArray(50 * 1024 * 1024, 'x') + QByteArray("\"}}"))
                                   << "over 1 MB";
    QTest::newRow("truncated") << QByteArray("{\"header\": {\"flowId\": ") << "Expected a value";
}

void TestCliCommands::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, fragment);
    const QString path = m_dir->filePath(QStringLiteral("payload.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const Run run = runCli({QStringLiteral("preview"), QStringLiteral("--workspace"), sample(),
                            QStringLiteral("--payload"), path, QStringLiteral("--compact")});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.out.contains(fragment.toUtf8()), run.out.left(2000).constData());
}

void TestCliCommands::cannotRun_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("preview"), QStringLiteral("--colour")};
    QTest::newRow("missing payload option") << QStringList{QStringLiteral("preview")};
    QTest::newRow("unreadable payload")
        << QStringList{QStringLiteral("preview"), QStringLiteral("--payload"),
                       QStringLiteral("/nonexistent/payload.json")};
    QTest::newRow("not a workspace")
        << QStringList{QStringLiteral("check"), QStringLiteral("--workspace"),
                       QStringLiteral("/tmp"), QStringLiteral("x.json")};
    QTest::newRow("bad clock") << QStringList{QStringLiteral("preview"),
                                              QStringLiteral("--payload"), QStringLiteral("-"),
                                              QStringLiteral("--fixed-clock=yesterday")};
    QTest::newRow("map without mapping") << QStringList{QStringLiteral("map")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("check"), QStringLiteral("--format"),
                                               QStringLiteral("xml"), QStringLiteral("x.json")};
}

void TestCliCommands::cannotRun()
{
    QFETCH(QStringList, arguments);
    const Run run = runCli(arguments);
    QCOMPARE(run.status, 2);
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
