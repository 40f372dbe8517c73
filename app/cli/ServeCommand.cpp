// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// patchbay-cli serve: the local inlet. It answers like AEP's collection endpoint and applies
// what AEP would apply to the emulated profile store and identity graph.

#include "CliCommand.h"
#include "PipelineSetup.h"

#include "core/Logging.h"
#include "core/emulation/InletEmulator.h"
#include "core/json/JsonDocument.h"
#include "core/json/JsonWriter.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace cli {

namespace {

int runServe(const QStringList &arguments);

const Command kServe{
    "serve",
    "serve --workspace DIR [--store DIR] [--port N] [--listen ADDRESS] [--require-token] "
    "[--fixed-clock] [--fixed-ids]",
    "Starts the local inlet on 127.0.0.1: POST /collection/{inletId} and /collection/batch/"
    "{inletId} as AEP answers them, applied to the emulated profile store.",
    runServe};
const CommandRegistration kRegistration(kServe);

constexpr quint16 kDefaultPort = 8765;

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGINT and SIGTERM end the event loop from the loop itself, so the store closes cleanly.
void quitOnSignals()
{
    if (::pipe(g_signalPipe) != 0) {
        return;
    }
    auto *notifier =
        new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(),
                     &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

QHttpServerResponse jsonResponse(int status, const core::Json &body)
{
    std::string text;
    core::writeCompactJson(body, text);
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QByteArray(text.data(), qsizetype(text.size())),
                               static_cast<QHttpServerResponse::StatusCode>(status));
}

core::emulation::InletRequest toInletRequest(const QHttpServerRequest &request)
{
    core::emulation::InletRequest out;
    switch (request.method()) {
    case QHttpServerRequest::Method::Post:
        out.method = "POST";
        break;
    case QHttpServerRequest::Method::Get:
        out.method = "GET";
        break;
    default:
        out.method = "OTHER";
        break;
    }
    out.path = request.url().path();
    out.query = request.query();
    out.contentType = request.value("Content-Type");
    out.flowIdHeader = request.value("x-adobe-flow-id");
    out.body = request.body();
    out.hasBearerToken = request.value("Authorization").startsWith("Bearer ");
    return out;
}

struct ServeSettings
{
    QString storeFolder;
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = kDefaultPort;
};

core::Result<ServeSettings> readSettings(const QCommandLineParser &parser)
{
    ServeSettings settings;
    settings.storeFolder = parser.isSet(QStringLiteral("store"))
                               ? parser.value(QStringLiteral("store"))
                               : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                     QStringLiteral("/profile-store");
    if (parser.isSet(QStringLiteral("listen")) &&
        !settings.address.setAddress(parser.value(QStringLiteral("listen")))) {
        return core::Error(core::ErrorCode::InvalidArgument,
                           QStringLiteral("--listen takes an IP address such as 127.0.0.1, not "
                                          "\"%1\".")
                               .arg(parser.value(QStringLiteral("listen"))));
    }
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port > 65535) {
            return core::Error(core::ErrorCode::InvalidArgument,
                               QStringLiteral("--port takes a number from 0 to 65535."));
        }
        settings.port = quint16(port);
    }
    return settings;
}

void addRoutes(QHttpServer &server, core::emulation::InletEmulator &inlet,
               core::emulation::ProfileStore &store)
{
    const auto collect = [&inlet](const QString &, const QHttpServerRequest &request) {
        const core::emulation::InletResponse response = inlet.handle(toInletRequest(request));
        return jsonResponse(response.status, response.body);
    };
    server.route(QStringLiteral("/collection/batch/<arg>"), collect);
    server.route(QStringLiteral("/collection/<arg>"), collect);
    server.route(
        QStringLiteral("/patchbay/profile"), QHttpServerRequest::Method::Get,
        [&store](const QHttpServerRequest &request) {
            const auto key = core::emulation::IdentityKey::parse(
                request.query().queryItemValue(QStringLiteral("identity")));
            if (!key) {
                return jsonResponse(400, {{"message", core::toStdString(key.error().message())}});
            }
            core::Result<core::Json> profile = store.profile(*key);
            if (!profile) {
                return jsonResponse(500,
                                    {{"message", core::toStdString(profile.error().message())}});
            }
            return jsonResponse(profile->is_null() ? 404 : 200,
                                {{"emulated", true}, {"profile", *profile}});
        });
    server.route(QStringLiteral("/patchbay/status"), QHttpServerRequest::Method::Get, [&inlet]() {
        return jsonResponse(200, {{"emulated", true},
                                  {"requests", inlet.requestCount()},
                                  {"applied", inlet.appliedCount()}});
    });
}

int runServe(const QStringList &arguments)
{
    QCommandLineParser parser;
    addPipelineOptions(parser);
    parser.addOptions({
        {QStringLiteral("store"),
         QStringLiteral("Folder of the emulated profile store (default: the user's data folder)."),
         QStringLiteral("DIR")},
        {QStringLiteral("port"), QStringLiteral("Port to listen on (default 8765, 0: any free)."),
         QStringLiteral("N")},
        {QStringLiteral("listen"),
         QStringLiteral("Address to listen on (default 127.0.0.1, this machine only)."),
         QStringLiteral("ADDRESS")},
        {QStringLiteral("require-token"),
         QStringLiteral("Answer 401 to requests without a bearer token, as an authenticated "
                        "inlet does.")},
    });
    if (!parser.parse(QStringList{QStringLiteral("serve")} + arguments)) {
        return usageError(kServe, parser.errorText());
    }
    if (!parser.isSet(QStringLiteral("workspace"))) {
        return usageError(kServe, QStringLiteral("--workspace is required: its flows say what "
                                                 "each message maps to."));
    }
    core::Result<ServeSettings> settings = readSettings(parser);
    if (!settings) {
        return usageError(kServe, settings.error().message());
    }
    core::Result<PipelineSetup> setup = PipelineSetup::fromArguments(parser);
    auto store = setup
                     ? core::emulation::ProfileStore::open(settings->storeFolder)
                     : core::Result<std::unique_ptr<core::emulation::ProfileStore>>(setup.error());
    if (!store) {
        writeErr(QStringLiteral("patchbay-cli serve: %1").arg(store.error().message()));
        return ExitCannotRun;
    }
    core::emulation::InletEmulator inlet(setup->workspace(), setup->options(), store->get());
    inlet.setRequireToken(parser.isSet(QStringLiteral("require-token")));
    QHttpServer server;
    addRoutes(server, inlet, **store);
    const quint16 port = server.listen(settings->address, settings->port);
    if (port == 0) {
        writeErr(QStringLiteral("patchbay-cli serve: cannot listen on %1:%2 (is the port in "
                                "use?).")
                     .arg(settings->address.toString())
                     .arg(settings->port));
        return ExitCannotRun;
    }
    quitOnSignals();
    writeOut(QStringLiteral("Patchbay inlet (emulated) listening on http://%1:%2/collection/"
                            "{inletId}\nProfile store: %3\n")
                 .arg(settings->address.toString())
                 .arg(port)
                 .arg((*store)->fileName()));
    std::fflush(stdout);
    QCoreApplication::exec();
    writeErr(QStringLiteral("patchbay-cli serve: stopped after %1 requests, %2 applied.")
                 .arg(inlet.requestCount())
                 .arg(inlet.appliedCount()));
    return ExitOk;
}

} // namespace

} // namespace cli
