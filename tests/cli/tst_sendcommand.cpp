// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// patchbay-cli send and token, against the local inlet: environments, answers and exit
// status, refusals before anything is sent, and a bearer token kept in a real Secret Service
// (gnome-keyring in a private D-Bus session) that never shows in any output.

#include "CliTestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

bool writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

class TestSendCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sendsToTheLocalInlet();
    void syncValidationErrorsExitOne();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void unauthenticatedRequestsGet401();
    void tokenFromTheKeychainIsSentButNeverShown();

private:
    void writeEnvironment(const QString &name, const QByteArray &json);
    CliRun send(const QStringList &arguments);

    QTemporaryDir m_workspace;
    QTemporaryDir m_store;
    std::unique_ptr<QProcess> m_server;
    std::unique_ptr<QProcess> m_securedServer;
    quint16 m_port = 0;
    quint16 m_securedPort = 0;
};

void TestSendCommand::initTestCase()
{
    m_server = std::make_unique<QProcess>();
    m_port = startInlet(*m_server, m_store.path());
    QVERIFY(m_port != 0);
    m_securedServer = std::make_unique<QProcess>();
    m_securedPort =
        startInlet(*m_securedServer, m_store.path(), {QStringLiteral("--require-token")});
    QVERIFY(m_securedPort != 0);
    QVERIFY(QFile::copy(sample(QStringLiteral("payloads/guide-create.json")),
                        m_workspace.filePath(QStringLiteral("create.json"))));
    QVERIFY(QFile::copy(sample(QStringLiteral("payloads/broken-unknown-operation.json")),
                        m_workspace.filePath(QStringLiteral("broken.json"))));
    writeEnvironment(QStringLiteral("local"),
                     QStringLiteral("{\"endpoint\": \"http://127.0.0.1:%1\", \"inletId\": \"abc\", "
                                    "\"sandbox\": \"dev\"}")
                         .arg(m_port)
                         .toUtf8());
    writeEnvironment(QStringLiteral("secured"),
                     QStringLiteral("{\"endpoint\": \"http://127.0.0.1:%1\", \"inletId\": \"abc\", "
                                    "\"authentication\": \"bearer\"}")
                         .arg(m_securedPort)
                         .toUtf8());
    writeEnvironment(QStringLiteral("secured-without-token"),
                     QStringLiteral("{\"endpoint\": \"http://127.0.0.1:%1\", \"inletId\": \"abc\"}")
                         .arg(m_securedPort)
                         .toUtf8());
}

void TestSendCommand::cleanupTestCase()
{
    for (QProcess *server : {m_server.get(), m_securedServer.get()}) {
        server->terminate();
        QVERIFY(server->waitForFinished(20000));
    }
}

void TestSendCommand::writeEnvironment(const QString &name, const QByteArray &json)
{
    QVERIFY(writeFile(
        m_workspace.filePath(QStringLiteral("environments/") + name + QStringLiteral(".json")),
        json));
}

CliRun TestSendCommand::send(const QStringList &arguments)
{
    return runProgram(QStringLiteral(PATCHBAY_CLI), QStringList{QStringLiteral("send")} + arguments,
                      m_workspace.path());
}

void TestSendCommand::sendsToTheLocalInlet()
{
    const CliRun run = send({QStringLiteral("--env"), QStringLiteral("local"),
                             QStringLiteral("--payload"), QStringLiteral("create.json")});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.err.contains("HTTP 200"), run.err.constData());
    const QJsonObject answer = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(answer.value(QLatin1String("inletId")).toString(), QStringLiteral("abc"));
    QCOMPARE(answer.value(QLatin1String("patchbay")).toObject().value(QLatin1String("applied")),
             QJsonValue(true));
}

void TestSendCommand::syncValidationErrorsExitOne()
{
    const CliRun run =
        send({QStringLiteral("--env"), QStringLiteral("local"), QStringLiteral("--payload"),
              QStringLiteral("broken.json"), QStringLiteral("--sync")});
    QCOMPARE(run.status, 1);
    QVERIFY(run.err.contains("HTTP 400"));
    QVERIFY(run.out.contains("_streamingValidation"));
}

void TestSendCommand::refusedBeforeSending_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("token over plain http")
        << "remote" << QByteArray(R"({"endpoint": "http://dcs.example.com", "inletId": "x",
                          "authentication": "bearer"})")
        << QByteArray("must be https");
    QTest::newRow("not a URL") << "broken-endpoint"
                               << QByteArray(R"({"endpoint": "ftp://x", "inletId": "x"})")
                               << QByteArray("http or https URL");
    QTest::newRow("no inlet") << "no-inlet" << QByteArray(R"({"endpoint": "https://x.example"})")
                              << QByteArray("inletId");
    QTest::newRow("unknown authentication")
        << "odd-auth" << QByteArray(R"({"endpoint": "https://x.example", "inletId": "x",
                          "authentication": "basic"})")
        << QByteArray("\"none\" or \"bearer\"");
    QTest::newRow("nobody listening")
        << "down" << QByteArray(R"({"endpoint": "http://127.0.0.1:1", "inletId": "x"})")
        << QByteArray("no answer from");
    QTest::newRow("missing environment")
        << "never-written" << QByteArray() << QByteArray("environments/never-written.json");
}

void TestSendCommand::refusedBeforeSending()
{
    QFETCH(QString, environment);
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, message);
    if (!json.isEmpty()) {
        writeEnvironment(environment, json);
    }
    const CliRun run =
        send({QStringLiteral("--env"), environment, QStringLiteral("--payload"),
              QStringLiteral("create.json"), QStringLiteral("--timeout"), QStringLiteral("5")});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
}

void TestSendCommand::unauthenticatedRequestsGet401()
{
    const CliRun run = send({QStringLiteral("--env"), QStringLiteral("secured-without-token"),
                             QStringLiteral("--payload"), QStringLiteral("create.json")});
    QCOMPARE(run.status, 1);
    QVERIFY(run.err.contains("HTTP 401"));
    QVERIFY(run.out.contains("Ims service token is empty"));
}

// The keychain needs a Secret Service: a private D-Bus session with gnome-keyring, where both
// run.
void TestSendCommand::tokenFromTheKeychainIsSentButNeverShown()
{
    const QString session = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (session.isEmpty() || keyring.isEmpty()) {
        QSKIP("dbus-run-session or gnome-keyring-daemon is not installed");
    }
    const QByteArray token = "patchbay-test-token-5f1c";
    const QString script =
        QStringLiteral("echo -n unlock | gnome-keyring-daemon --unlock --components=secrets "
                       ">/dev/null 2>&1; sleep 0.3; "
                       "echo '%1' | '%2' token set --env secured || exit 10; "
                       "'%2' send --env secured --payload create.json || exit $?; "
                       "'%2' token delete --env secured || exit 11")
            .arg(QString::fromLatin1(token), QStringLiteral(PATCHBAY_CLI));
    // A home of its own, so that the keyring is new and unlocks with the password given here.
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    environment.remove(QStringLiteral("DISPLAY"));
    const CliRun run = runProgram(
        session, {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script},
        m_workspace.path(), QByteArray(), environment);
    QVERIFY2(run.status == 0, run.err.constData());
    QVERIFY(run.err.contains("HTTP 200"));
    QVERIFY(!run.out.contains(token));
    QVERIFY(!run.err.contains(token));
    // Nothing in the workspace holds it either.
    QDirIterator files(m_workspace.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(token), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestSendCommand)
#include "tst_sendcommand.moc"
