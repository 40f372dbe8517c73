// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// patchbay-cli send: one payload to an environment's collection endpoint, AEP's or the local
// inlet; and patchbay-cli token, which keeps an environment's bearer token in the keychain.

#include "CliCommand.h"
#include "PipelineSetup.h"
#include "SecretStore.h"
#include "Sending.h"

#include "core/Logging.h"
#include "core/json/JsonDocument.h"
#include "core/workspace/Environment.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTextStream>

#include <cstdio>

namespace cli {

namespace {

int runSend(const QStringList &arguments);
int runToken(const QStringList &arguments);

const Command kSend{"send",
                    "send --env NAME --payload F [--workspace DIR] [--sync] [--timeout SECONDS]",
                    "Sends one payload to an environment (environments/NAME.json): AEP's "
                    "collection endpoint or the local inlet. Prints the answer.",
                    runSend};
const Command kToken{"token", "token set|delete --env NAME",
                     "Keeps the bearer token of an environment in the OS keychain; set reads it "
                     "from standard input.",
                     runToken};
const CommandRegistration kSendRegistration(kSend);
const CommandRegistration kTokenRegistration(kToken);

constexpr int kDefaultTimeoutSeconds = 30;

struct Answer
{
    int status = 0;
    QByteArray body;
    QString failure; ///< set when no HTTP answer came: refused, timed out, TLS
};

Answer post(const QNetworkRequest &request, const QByteArray &body)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    if (answer.status == 0) {
        answer.failure = reply->errorString();
    }
    reply->deleteLater();
    return answer;
}

void printAnswer(const Answer &answer, const QUrl &url)
{
    writeErr(QStringLiteral("HTTP %1 from %2").arg(answer.status).arg(url.toString()));
    core::Result<core::Json> json =
        core::parseJson(std::string_view(answer.body.constData(), size_t(answer.body.size())));
    if (json) {
        writeOut(core::dumpJson(*json, 2) + "\n");
    } else if (!answer.body.isEmpty()) {
        writeOut(std::string_view(answer.body.constData(), size_t(answer.body.size())));
        writeOut(std::string_view("\n"));
    }
}

int runSend(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("env"), QStringLiteral("Environment name (environments/NAME.json)."),
         QStringLiteral("NAME")},
        {QStringLiteral("payload"), QStringLiteral("Payload file, - for stdin."),
         QStringLiteral("F")},
        {QStringLiteral("workspace"), QStringLiteral("Workspace folder (default: here)."),
         QStringLiteral("DIR"), QStringLiteral(".")},
        {QStringLiteral("sync"), QStringLiteral("Ask for synchronous validation.")},
        {QStringLiteral("timeout"), QStringLiteral("Seconds to wait for the answer (30)."),
         QStringLiteral("SECONDS"), QString::number(kDefaultTimeoutSeconds)},
    });
    if (!parser.parse(QStringList{QStringLiteral("send")} + arguments)) {
        return usageError(kSend, parser.errorText());
    }
    if (!parser.isSet(QStringLiteral("env")) || !parser.isSet(QStringLiteral("payload"))) {
        return usageError(kSend, QStringLiteral("--env and --payload are required."));
    }
    bool ok = false;
    const int timeout = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeout <= 0) {
        return usageError(kSend, QStringLiteral("--timeout takes a positive number of seconds."));
    }
    core::Result<core::Environment> environment = core::Environment::load(
        parser.value(QStringLiteral("workspace")), parser.value(QStringLiteral("env")));
    core::Result<QByteArray> body =
        environment ? readInput(parser.value(QStringLiteral("payload"))) : environment.error();
    core::Result<QNetworkRequest> request =
        body ? collectionRequest(*environment, parser.isSet(QStringLiteral("sync")), timeout)
             : body.error();
    if (!request) {
        writeErr(QStringLiteral("patchbay-cli send: %1").arg(request.error().message()));
        return ExitCannotRun;
    }
    const Answer answer = post(*request, *body);
    if (!answer.failure.isEmpty()) {
        writeErr(QStringLiteral("patchbay-cli send: no answer from %1: %2")
                     .arg(request->url().toString(), answer.failure));
        return ExitCannotRun;
    }
    printAnswer(answer, request->url());
    if (answer.status >= 200 && answer.status < 300) {
        return ExitOk;
    }
    return answer.status >= 400 && answer.status < 500 ? ExitInputErrors : ExitCannotRun;
}

int runToken(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("env"), QStringLiteral("Environment name."), QStringLiteral("NAME")});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("set or delete"));
    if (!parser.parse(QStringList{QStringLiteral("token")} + arguments)) {
        return usageError(kToken, parser.errorText());
    }
    const QStringList actions = parser.positionalArguments();
    const QString action = actions.size() == 1 ? actions.first() : QString();
    if ((action != QLatin1String("set") && action != QLatin1String("delete")) ||
        !parser.isSet(QStringLiteral("env"))) {
        return usageError(kToken, QStringLiteral("give set or delete, and --env NAME."));
    }
    const QString name = parser.value(QStringLiteral("env"));
    if (action == QLatin1String("delete")) {
        core::Result<void> deleted = SecretStore::deleteToken(name);
        if (!deleted) {
            writeErr(QStringLiteral("patchbay-cli token: %1").arg(deleted.error().message()));
            return ExitCannotRun;
        }
        return ExitOk;
    }
    QTextStream input(stdin);
    const QString token = input.readLine().trimmed();
    if (token.isEmpty()) {
        return usageError(kToken, QStringLiteral("give the token on standard input."));
    }
    core::Result<void> written = SecretStore::writeToken(name, token);
    if (!written) {
        writeErr(QStringLiteral("patchbay-cli token: %1").arg(written.error().message()));
        return ExitCannotRun;
    }
    writeErr(QStringLiteral("Stored the token of environment %1 in the keychain.").arg(name));
    return ExitOk;
}

} // namespace

} // namespace cli
