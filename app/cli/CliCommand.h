// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <QString>
#include <QStringList>

#include <string_view>
#include <vector>

namespace cli {

/// Exit statuses shared by every command.
enum ExitStatus : int
{
    ExitOk = 0,          ///< nothing is an error
    ExitInputErrors = 1, ///< the input has errors (problems of severity error, failed cases)
    ExitCannotRun = 2,   ///< bad arguments, unreadable file: the command could not run
};

/// One subcommand of patchbay-cli. Each command lives in its own file and registers itself
/// with a static CommandRegistration, so main() needs no list to keep in step.
struct Command
{
    const char *name;
    const char *synopsis; ///< the usage line after "patchbay-cli "
    const char *summary;  ///< one sentence for the command list
    int (*run)(const QStringList &arguments);
};

const std::vector<Command> &commands();

struct CommandRegistration
{
    explicit CommandRegistration(const Command &command);
};

/// Writes UTF-8 bytes to standard output, unbuffered by Qt.
void writeOut(std::string_view text);
void writeOut(const QString &text);
/// Writes a line to standard error.
void writeErr(const QString &text);

/// Prints "patchbay-cli NAME: message" and the synopsis to standard error; returns ExitCannotRun.
int usageError(const Command &command, const QString &message);

} // namespace cli
