// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStringList>

// What the CLI tests share: running a program to its end, and starting the local inlet.

/// How a program ended: its exit status (-1 when it crashed or did not finish) and its output.
struct CliRun
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs program in directory (the current one when empty) with input on standard input.
inline CliRun
runProgram(const QString &program, const QStringList &arguments,
           const QString &directory = QString(), const QByteArray &input = {},
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!directory.isEmpty()) {
        process.setWorkingDirectory(directory);
    }
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

/// Runs patchbay-cli.
inline CliRun runCli(const QStringList &arguments, const QString &directory = QString())
{
    return runProgram(QStringLiteral(PATCHBAY_CLI), arguments, directory);
}

/// A file of the sample workspace, or the workspace folder itself.
inline QString sample(const QString &relative = QString())
{
    return QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/sample-workspace/") + relative;
}

/// Starts patchbay-cli serve on the sample workspace on a free port, for the tests that talk to
/// the local inlet; returns the port it listens on, or 0 when it did not start.
inline quint16 startInlet(QProcess &server, const QString &storeFolder,
                          const QStringList &extra = {})
{
    server.start(QStringLiteral(PATCHBAY_CLI),
                 QStringList{QStringLiteral("serve"), QStringLiteral("--workspace"), sample(),
                             QStringLiteral("--store"), storeFolder, QStringLiteral("--port"),
                             QStringLiteral("0")} +
                     extra);
    if (!server.waitForStarted()) {
        return 0;
    }
    QByteArray banner;
    while (!banner.contains('\n') && server.waitForReadyRead(20000)) {
        banner += server.readAllStandardOutput();
    }
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)/"))
            .match(QString::fromUtf8(banner));
    return match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
}
