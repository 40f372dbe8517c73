// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// patchbay-cli serve, the local inlet, spoken to over HTTP as a client of AEP's collection
// endpoint would.

#include "CliTestSupport.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

QByteArray samplePayload(const QString &name)
{
    QFile file(sample(QStringLiteral("payloads/") + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Answer
{
    int status = 0;
    QJsonObject body;
};

} // namespace

class TestServeCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void singleMessageIsApplied();
    void syncValidationRefusesErrors();
    void asyncAcceptsButDoesNotApply();
    void malformedJsonIsRefused();
    void batchAnswersEachMessage();
    void refusals_data();
    void refusals();
    void profileIsReadBack();
    void badServeArguments_data();
    void badServeArguments();

private:
    Answer post(const QString &path, const QByteArray &body,
                const QByteArray &contentType = "application/json");
    Answer get(const QString &path);
    Answer wait(QNetworkReply *reply);

    QTemporaryDir m_store;
    std::unique_ptr<QProcess> m_server;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
};

void TestServeCommand::initTestCase()
{
    m_server = std::make_unique<QProcess>();
    m_port = startInlet(*m_server, m_store.path(), {QStringLiteral("--fixed-ids")});
    QVERIFY(m_port != 0);
}

void TestServeCommand::cleanupTestCase()
{
    m_server->terminate();
    QVERIFY(m_server->waitForFinished(20000));
    QCOMPARE(m_server->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_server->exitCode(), 0);
    QVERIFY(m_server->readAllStandardError().contains("stopped after"));
}

Answer TestServeCommand::wait(QNetworkReply *reply)
{
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

Answer TestServeCommand::post(const QString &path, const QByteArray &body,
                              const QByteArray &contentType)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return wait(m_network.post(request, body));
}

Answer TestServeCommand::get(const QString &path)
{
    return wait(m_network.get(
        QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)))));
}

void TestServeCommand::singleMessageIsApplied()
{
    const Answer answer = post(QStringLiteral("/collection/abc123"),
                               samplePayload(QStringLiteral("guide-create.json")));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.value(QLatin1String("inletId")).toString(), QStringLiteral("abc123"));
    QVERIFY(
        answer.body.value(QLatin1String("xactionId")).toString().contains(QLatin1String(":0000:")));
    QCOMPARE(answer.body.value(QLatin1String("syncValidation"))
                 .toObject()
                 .value(QLatin1String("skipped"))
                 .toBool(),
             true);
    const QJsonObject patchbay = answer.body.value(QLatin1String("patchbay")).toObject();
    QCOMPARE(patchbay.value(QLatin1String("emulated")).toBool(), true);
    QCOMPARE(patchbay.value(QLatin1String("applied")).toBool(), true);
}

void TestServeCommand::syncValidationRefusesErrors()
{
    const Answer answer = post(QStringLiteral("/collection/abc123?syncValidation=true"),
                               samplePayload(QStringLiteral("broken-unknown-operation.json")));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.body.value(QLatin1String("title")).toString(),
             QStringLiteral("Invalid XDM Message Format"));
    const QJsonArray validation = answer.body.value(QLatin1String("report"))
                                      .toObject()
                                      .value(QLatin1String("cause"))
                                      .toObject()
                                      .value(QLatin1String("_streamingValidation"))
                                      .toArray();
    QCOMPARE(validation.size(), 1);
    const QJsonArray causes =
        validation.first().toObject().value(QLatin1String("causingExceptions")).toArray();
    QVERIFY(!causes.isEmpty());
    QCOMPARE(causes.first().toObject().value(QLatin1String("keyword")).toString(),
             QStringLiteral("U06"));
    QCOMPARE(causes.first().toObject().value(QLatin1String("pointerToViolation")).toString(),
             QStringLiteral("#/header/operations/data"));
}

void TestServeCommand::asyncAcceptsButDoesNotApply()
{
    const Answer answer = post(QStringLiteral("/collection/abc123"),
                               samplePayload(QStringLiteral("broken-unknown-operation.json")));
    QCOMPARE(answer.status, 200);
    const QJsonObject patchbay = answer.body.value(QLatin1String("patchbay")).toObject();
    QCOMPARE(patchbay.value(QLatin1String("applied")).toBool(), false);
    QVERIFY(!patchbay.value(QLatin1String("problems")).toArray().isEmpty());
}

void TestServeCommand::malformedJsonIsRefused()
{
    const Answer answer = post(QStringLiteral("/collection/abc123"), "{\"header\": ");
    QCOMPARE(answer.status, 400);
    const QString message = answer.body.value(QLatin1String("report"))
                                .toObject()
                                .value(QLatin1String("message"))
                                .toString();
    QVERIFY2(message.contains(QLatin1String("line 1, column")), qPrintable(message));
}

void TestServeCommand::batchAnswersEachMessage()
{
    const QJsonObject good =
        QJsonDocument::fromJson(samplePayload(QStringLiteral("guide-merge-identity-create.json")))
            .object();
    QJsonObject wrongOrg = good;
    QJsonObject header = wrongOrg.value(QLatin1String("header")).toObject();
    header.insert(QLatin1String("imsOrgId"), QStringLiteral("OTHER@AdobeOrg"));
    wrongOrg.insert(QLatin1String("header"), header);
    const QJsonObject batch{{QStringLiteral("messages"), QJsonArray{good, wrongOrg, good}}};
    const Answer answer =
        post(QStringLiteral("/collection/batch/abc123"), QJsonDocument(batch).toJson());
    QCOMPARE(answer.status, 207);
    const QString batchId = answer.body.value(QLatin1String("batchId")).toString();
    const QJsonArray responses = answer.body.value(QLatin1String("responses")).toArray();
    QCOMPARE(responses.size(), 3);
    QCOMPARE(responses[0].toObject().value(QLatin1String("xactionId")).toString(),
             batchId + QStringLiteral(":0"));
    QCOMPARE(responses[1].toObject().value(QLatin1String("statusCode")).toInt(), 400);
    QVERIFY(responses[1]
                .toObject()
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("absent or wrong ims org")));
    QCOMPARE(responses[2].toObject().value(QLatin1String("xactionId")).toString(),
             batchId + QStringLiteral(":2"));
}

void TestServeCommand::refusals_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    const QByteArray payload = samplePayload(QStringLiteral("guide-create.json"));
    QTest::newRow("over 1 MB") << "/collection/abc" << QByteArray(1024 * 1024 + 10, ' ')
                               << QByteArray("application/json") << 413;
    QTest::newRow("not JSON content")
        << "/collection/abc" << payload << QByteArray("text/plain") << 415;
    QTest::newRow("unknown flow") << "/collection/abc?x-adobe-flow-id=nope" << payload
                                  << QByteArray("application/json") << 400;
    QTest::newRow("batch without messages")
        << "/collection/batch/abc" << QByteArray("{}") << QByteArray("application/json") << 400;
}

void TestServeCommand::refusals()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    const Answer answer = post(path, body, contentType);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.body.value(QLatin1String("status")).toInt(), status);
}

void TestServeCommand::profileIsReadBack()
{
    post(QStringLiteral("/collection/abc123"), samplePayload(QStringLiteral("guide-create.json")));
    const Answer found =
        get(QStringLiteral("/patchbay/profile?identity=Email:sampleEmail@gmail.com"));
    QCOMPARE(found.status, 200);
    QCOMPARE(found.body.value(QLatin1String("profile"))
                 .toObject()
                 .value(QLatin1String("personID"))
                 .toString(),
             QStringLiteral("346576345"));
    QCOMPARE(get(QStringLiteral("/patchbay/profile?identity=Email:nobody")).status, 404);
    QCOMPARE(get(QStringLiteral("/patchbay/profile?identity=nonsense")).status, 400);
    QCOMPARE(get(QStringLiteral("/collection/abc123")).status, 405);
    const Answer status = get(QStringLiteral("/patchbay/status"));
    QVERIFY(status.body.value(QLatin1String("requests")).toInt() > 0);
}

void TestServeCommand::badServeArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no workspace") << QStringList{QStringLiteral("serve")}
                                  << QByteArray("--workspace is required");
    QTest::newRow("bad address") << QStringList{QStringLiteral("serve"),
                                                QStringLiteral("--workspace"), sample(),
                                                QStringLiteral("--listen"),
                                                QStringLiteral("localhost:x")}
                                 << QByteArray("--listen takes an IP address");
    QTest::newRow("bad port") << QStringList{QStringLiteral("serve"), QStringLiteral("--workspace"),
                                             sample(), QStringLiteral("--port"),
                                             QStringLiteral("70000")}
                              << QByteArray("--port takes a number");
}

void TestServeCommand::badServeArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    QProcess process;
    process.start(QStringLiteral(PATCHBAY_CLI), arguments);
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(process.readAllStandardError().contains(message), qPrintable(arguments.join(' ')));
}

QTEST_GUILESS_MAIN(TestServeCommand)
#include "tst_servecommand.moc"
