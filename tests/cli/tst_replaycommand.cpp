// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// patchbay-cli replay against the local inlet: every line sent once, refused lines reported,
// and a replay stopped or killed half-way resumed without sending again what was answered.

#include "CliTestSupport.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <memory>

namespace {

constexpr int kLines = 30;

} // namespace

class TestReplayCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sendsEveryLineOnce();
    void stoppedReplayResumes();
    void killedReplayResumes();
    void tornProgressEntryIsNotTrusted();
    void badArguments_data();
    void badArguments();

private:
    QStringList replayArguments(const QString &rate) const;
    CliRun replay(const QStringList &arguments);
    int requestsServed();
    bool waitForProgress(int lines) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_server;
    quint16 m_port = 0;
    QString m_stream;
};

void TestReplayCommand::init()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<QProcess>();
    m_port = startInlet(*m_server, m_dir.filePath(QStringLiteral("store")));
    QVERIFY(m_port != 0);

    QDir().mkpath(m_dir.filePath(QStringLiteral("environments")));
    QFile environment(m_dir.filePath(QStringLiteral("environments/local.json")));
    QVERIFY(environment.open(QIODevice::WriteOnly));
    environment.write(QStringLiteral("{\"endpoint\": \"http://127.0.0.1:%1\", \"inletId\": \"r\"}")
                          .arg(m_port)
                          .toUtf8());
    environment.close();

    // kLines people, then one line that is not JSON.
    QFile payload(sample(QStringLiteral("payloads/guide-merge-identity-create.json")));
    QVERIFY(payload.open(QIODevice::ReadOnly));
    const QByteArray compact =
        QJsonDocument::fromJson(payload.readAll()).toJson(QJsonDocument::Compact);
    m_stream = m_dir.filePath(QStringLiteral("stream.jsonl"));
    QFile stream(m_stream);
    QVERIFY(stream.open(QIODevice::WriteOnly));
    for (int i = 0; i < kLines; ++i) {
        QByteArray line = compact;
        line.replace("sampleEmail@gmail.com", QByteArray("person") + QByteArray::number(i) + "@x");
        stream.write(line + '\n');
    }
    stream.write("{not json\n");
}

void TestReplayCommand::cleanup()
{
    m_server->terminate();
    QVERIFY(m_server->waitForFinished(20000));
    QFile::remove(m_stream + QStringLiteral(".local.progress"));
}

QStringList TestReplayCommand::replayArguments(const QString &rate) const
{
    return {QStringLiteral("replay"),
            QStringLiteral("--env"),
            QStringLiteral("local"),
            QStringLiteral("--rate"),
            rate,
            QStringLiteral("--concurrency"),
            QStringLiteral("3"),
            m_stream};
}

CliRun TestReplayCommand::replay(const QStringList &arguments)
{
    return runCli(arguments, m_dir.path());
}

int TestReplayCommand::requestsServed()
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(
        QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/patchbay/status").arg(m_port))));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject status = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return status.value(QLatin1String("requests")).toInt(-1);
}

// Waits until a running replay has recorded this many answers, so that it is stopped half-way
// however slow the machine is.
bool TestReplayCommand::waitForProgress(int lines) const
{
    for (int tries = 0; tries < 400; ++tries) {
        QFile progress(m_stream + QStringLiteral(".local.progress"));
        if (progress.open(QIODevice::ReadOnly) && progress.readAll().count('\n') >= lines) {
            return true;
        }
        QTest::qWait(25);
    }
    return false;
}

void TestReplayCommand::sendsEveryLineOnce()
{
    const CliRun first = replay(replayArguments(QStringLiteral("0")));
    QCOMPARE(first.status, 1); // the line that is not JSON is refused
    QVERIFY2(first.err.contains("30 accepted, 1 refused, 0 not answered"), first.err.constData());
    QVERIFY(first.err.contains("line 31: HTTP 400"));
    QCOMPARE(requestsServed(), kLines + 1);

    const CliRun again = replay(replayArguments(QStringLiteral("0")));
    QCOMPARE(again.status, 0);
    QVERIFY(again.err.contains("31 answered before"));
    QCOMPARE(requestsServed(), kLines + 1);
}

void TestReplayCommand::stoppedReplayResumes()
{
    QProcess slow;
    slow.setWorkingDirectory(m_dir.path());
    slow.start(QStringLiteral(PATCHBAY_CLI), replayArguments(QStringLiteral("10")));
    QVERIFY(slow.waitForStarted());
    QVERIFY(waitForProgress(2));
    ::kill(pid_t(slow.processId()), SIGINT);
    QVERIFY(slow.waitForFinished(20000));
    QCOMPARE(slow.exitCode(), 2);
    QVERIFY(slow.readAllStandardError().contains("run the same command again"));
    const int sentBefore = requestsServed();
    QVERIFY(sentBefore > 0 && sentBefore < kLines + 1);

    const CliRun rest = replay(replayArguments(QStringLiteral("0")));
    QCOMPARE(rest.status, 1);
    // What was in flight at the stop was waited for: nothing is sent twice.
    QCOMPARE(requestsServed(), kLines + 1);
}

void TestReplayCommand::killedReplayResumes()
{
    QProcess slow;
    slow.setWorkingDirectory(m_dir.path());
    slow.start(QStringLiteral(PATCHBAY_CLI), replayArguments(QStringLiteral("10")));
    QVERIFY(slow.waitForStarted());
    QVERIFY(waitForProgress(2));
    slow.kill();
    QVERIFY(slow.waitForFinished(20000));

    const CliRun rest = replay(replayArguments(QStringLiteral("0")));
    QCOMPARE(rest.status, 1);
    // Killed, at most the lines in flight (3) may be sent again; none is left out.
    const int served = requestsServed();
    QVERIFY2(served >= kLines + 1 && served <= kLines + 1 + 3, qPrintable(QString::number(served)));
}

// A replay killed while it wrote its last entry leaves it cut short; that entry must not make
// a line count as answered.
void TestReplayCommand::tornProgressEntryIsNotTrusted()
{
    QFile progress(m_stream + QStringLiteral(".local.progress"));
    QVERIFY(progress.open(QIODevice::WriteOnly));
    progress.write("1 200\n2 200\n3");
    progress.close();
    const CliRun run = replay(replayArguments(QStringLiteral("0")));
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains("28 accepted, 1 refused, 0 not answered, 2 answered before"),
             run.err.constData());
    QCOMPARE(requestsServed(), kLines + 1 - 2);
    // The torn entry was ended, so the entries after it stand on their own: a third run sends
    // nothing.
    const CliRun again = replay(replayArguments(QStringLiteral("0")));
    QVERIFY2(again.err.contains("0 accepted, 0 refused, 0 not answered, 31 answered before"),
             again.err.constData());
    QCOMPARE(requestsServed(), kLines + 1 - 2);
}

void TestReplayCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no input") << QStringList{QStringLiteral("replay"), QStringLiteral("--env"),
                                             QStringLiteral("local")}
                              << QByteArray("one IN.jsonl");
    QTest::newRow("bad concurrency")
        << QStringList{QStringLiteral("replay"), QStringLiteral("--env"),
                       QStringLiteral("local"),  QStringLiteral("--concurrency"),
                       QStringLiteral("0"),      QStringLiteral("x")}
        << QByteArray("--concurrency 1 to 64");
    QTest::newRow("missing input")
        << QStringList{QStringLiteral("replay"), QStringLiteral("--env"), QStringLiteral("local"),
                       QStringLiteral("nowhere.jsonl")}
        << QByteArray("Cannot read nowhere.jsonl");
}

void TestReplayCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const CliRun run = replay(arguments);
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
}

QTEST_GUILESS_MAIN(TestReplayCommand)
#include "tst_replaycommand.moc"
