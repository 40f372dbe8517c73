// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

/// Starts patchbay-cli serve on the sample workspace on a free port, for the tests that talk to
/// the local inlet; returns the port it listens on, or 0 when it did not start.
inline quint16 startInlet(QProcess &server, const QString &storeFolder,
                          const QStringList &extra = {})
{
    server.start(QStringLiteral(PATCHBAY_CLI),
                 QStringList{QStringLiteral("serve"), QStringLiteral("--workspace"),
                             QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/sample-workspace"),
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
