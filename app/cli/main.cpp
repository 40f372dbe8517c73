// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "CliCommand.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>

namespace cli {

namespace {

std::vector<Command> &registry()
{
    static std::vector<Command> all;
    return all;
}

void printHelp(bool toStandardError)
{
    QString text = QStringLiteral("Usage: patchbay-cli COMMAND [OPTIONS]\n\n"
                                  "Patchbay shows what Adobe Experience Platform makes of a "
                                  "streaming upsert payload.\n\nCommands:\n");
    for (const Command &command : commands()) {
        text += QStringLiteral("  %1\n      %2\n")
                    .arg(QLatin1String(command.synopsis), QLatin1String(command.summary));
    }
    text +=
        QStringLiteral("\nExit status: 0 no errors, 1 the input has errors, 2 could not run.\n");
    if (toStandardError) {
        writeErr(text);
    } else {
        writeOut(text);
    }
}

} // namespace

const std::vector<Command> &commands()
{
    std::vector<Command> &all = registry();
    std::sort(all.begin(), all.end(), [](const Command &a, const Command &b) {
        return std::string_view(a.name) < std::string_view(b.name);
    });
    return all;
}

CommandRegistration::CommandRegistration(const Command &command)
{
    registry().push_back(command);
}

void writeOut(std::string_view text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
}

void writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    writeOut(std::string_view(bytes.constData(), size_t(bytes.size())));
}

void writeErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

int usageError(const Command &command, const QString &message)
{
    writeErr(QStringLiteral("patchbay-cli %1: %2").arg(QLatin1String(command.name), message));
    writeErr(QStringLiteral("usage: patchbay-cli %1").arg(QLatin1String(command.synopsis)));
    return ExitCannotRun;
}

} // namespace cli

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("patchbay"));
    QCoreApplication::setOrganizationName(QStringLiteral("Patchbay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PATCHBAY_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h") || arguments.first() == QLatin1String("help")) {
        cli::printHelp(arguments.isEmpty());
        return arguments.isEmpty() ? cli::ExitCannotRun : cli::ExitOk;
    }
    if (arguments.first() == QLatin1String("--version")) {
        cli::writeOut(
            QStringLiteral("patchbay-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return cli::ExitOk;
    }

    const QString name = arguments.takeFirst();
    for (const cli::Command &command : cli::commands()) {
        if (name == QLatin1String(command.name)) {
            const int status = command.run(arguments);
            std::fflush(stdout);
            return status;
        }
    }
    cli::writeErr(
        QStringLiteral("patchbay-cli: unknown command '%1'; see patchbay-cli --help").arg(name));
    return cli::ExitCannotRun;
}
