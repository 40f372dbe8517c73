// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// patchbay-cli diff: the structural diff of two JSON documents.
#include "CliCommand.h"

#include "core/Logging.h"
#include "core/diff/DiffReport.h"
#include "core/diff/JsonDiff.h"
#include "core/diff/JsonPatch.h"
#include "core/json/JsonDocument.h"

#include <QElapsedTimer>

#include <future>

namespace cli {

namespace {

int runDiff(const QStringList &arguments);

const Command kDiffCommand{
    "diff",
    "diff A.json B.json [--format text|json|patch] [--ignore POINTER]... [--ignore-volatile] "
    "[--key PATH=FIELD]... [--set-key PATH=FIELD]...",
    "structural diff of two JSON documents (exit 0 equal, 1 different, 2 could not run); "
    "identityMap lists compare as sets keyed by id; --key matches array items by a field, "
    "--set-key also ignores their order; '*' and '**' match one and any number of tokens",
    &runDiff};

const CommandRegistration kRegistration(kDiffCommand);

enum class Format
{
    Text,
    Json,
    Patch
};

struct DiffArguments
{
    QStringList files;
    Format format = Format::Text;
    core::diff::DiffOptions options;
};

// Reads "PATH=FIELD" into an array rule; the field is what follows the last '='.
std::optional<QString> addKeyRule(core::diff::DiffOptions &options, const QString &spec,
                                  core::diff::DiffOptions::Order order)
{
    const qsizetype equals = spec.lastIndexOf(QLatin1Char('='));
    if (equals < 0 || equals == spec.size() - 1) {
        return QStringLiteral("'%1' is not PATH=FIELD").arg(spec);
    }
    const core::Result<void> added = options.addKey(spec.left(equals), spec.mid(equals + 1), order);
    if (!added) {
        return added.error().message();
    }
    return std::nullopt;
}

std::optional<QString> readFormat(const QString &name, Format &format)
{
    if (name == QLatin1String("text")) {
        format = Format::Text;
    } else if (name == QLatin1String("json")) {
        format = Format::Json;
    } else if (name == QLatin1String("patch")) {
        format = Format::Patch;
    } else {
        return QStringLiteral("unknown format '%1' (text, json or patch)").arg(name);
    }
    return std::nullopt;
}

// Reads one option that takes a value; returns an error message or nothing.
std::optional<QString> readValueOption(const QString &option, const QString &value,
                                       DiffArguments &parsed)
{
    using Order = core::diff::DiffOptions::Order;
    if (option == QLatin1String("--format")) {
        return readFormat(value, parsed.format);
    }
    if (option == QLatin1String("--ignore")) {
        const core::Result<void> added = parsed.options.addIgnore(value);
        return added ? std::nullopt : std::optional<QString>(added.error().message());
    }
    if (option == QLatin1String("--key")) {
        return addKeyRule(parsed.options, value, Order::Ordered);
    }
    return addKeyRule(parsed.options, value, Order::Unordered);
}

std::optional<QString> parseArguments(const QStringList &arguments, DiffArguments &parsed)
{
    static const QStringList valueOptions{QStringLiteral("--format"), QStringLiteral("--ignore"),
                                          QStringLiteral("--key"), QStringLiteral("--set-key")};
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = arguments[i];
        QString value;
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        if (argument.startsWith(QLatin1String("--")) && equals > 0) {
            value = argument.mid(equals + 1);
            argument.truncate(equals);
        } else if (valueOptions.contains(argument)) {
            if (i + 1 >= arguments.size()) {
                return QStringLiteral("%1 needs a value").arg(argument);
            }
            value = arguments[++i];
        }

        if (valueOptions.contains(argument)) {
            if (std::optional<QString> bad = readValueOption(argument, value, parsed)) {
                return bad;
            }
        } else if (argument == QLatin1String("--ignore-volatile")) {
            parsed.options.addVolatileIgnores();
        } else if (argument.startsWith(QLatin1String("--"))) {
            return QStringLiteral("unknown option '%1'").arg(argument);
        } else {
            parsed.files << argument;
        }
    }
    if (parsed.files.size() != 2) {
        return QStringLiteral("needs exactly two files, got %1").arg(parsed.files.size());
    }
    // After the user's rules, so that a --key for identityMap takes precedence.
    parsed.options.addIdentityMapRule();
    return std::nullopt;
}

// Freeing two large trees costs about a third of a run, and the process ends right after
// printing, so the documents and the result are kept until exit on purpose. They stay
// reachable through this pointer, so leak checkers do not report them.
struct Comparison
{
    core::Json left;
    core::Json right;
    core::diff::DiffResult result;
};
Comparison *keptUntilExit = nullptr;

core::Result<core::Json> readDocument(const QString &path)
{
    core::JsonDocument::Options options;
    options.recordPositions = false;
    core::Result<core::JsonDocument> document = core::JsonDocument::fromFile(path, options);
    if (!document) {
        return document.error();
    }
    return document->takeRoot();
}

int report(const core::diff::DiffResult &result, Format format)
{
    qCDebug(lcCli) << "diff:" << result.counts.total() << "changes";
    switch (format) {
    case Format::Text:
        writeOut(core::diff::toText(result));
        break;
    case Format::Json:
        writeOut(core::dumpJson(core::diff::toJson(result), 2) + '\n');
        break;
    case Format::Patch:
        writeOut(core::dumpJson(core::diff::toJsonPatch(result), 2) + '\n');
        break;
    }
    return result.isEqual() ? ExitOk : ExitInputErrors;
}

int runDiff(const QStringList &arguments)
{
    DiffArguments parsed;
    if (std::optional<QString> bad = parseArguments(arguments, parsed)) {
        return usageError(kDiffCommand, *bad);
    }

    QElapsedTimer timer;
    timer.start();
    // The machine's second core reads the right file while this one reads the left: reading is
    // most of the run for large documents.
    std::future<core::Result<core::Json>> pendingRight =
        std::async(std::launch::async, readDocument, parsed.files[1]);
    core::Result<core::Json> left = readDocument(parsed.files[0]);
    core::Result<core::Json> right = pendingRight.get();
    if (!left) {
        writeErr(left.error().message());
        return ExitCannotRun;
    }
    if (!right) {
        writeErr(right.error().message());
        return ExitCannotRun;
    }
    auto *comparison = new Comparison{std::move(left).value(), std::move(right).value(), {}};
    keptUntilExit = comparison;
    qCDebug(lcCli) << "diff: read both files in" << timer.restart() << "ms";
    comparison->result = core::diff::diff(comparison->left, comparison->right, parsed.options);
    qCDebug(lcCli) << "diff: compared in" << timer.restart() << "ms";
    return report(comparison->result, parsed.format);
}

} // namespace

} // namespace cli
