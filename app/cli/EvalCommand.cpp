// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// patchbay-cli eval 'EXPR' [--input RECORD.json] [--now ISO] [--fixed-ids] [--merge]
#include "CliCommand.h"

#include "core/expr/Expression.h"
#include "core/json/JsonDocument.h"

#include <QDateTime>
#include <QTimeZone>

namespace cli {

namespace {

int runEval(const QStringList &arguments);

const Command kEval{
    "eval",
    "eval EXPR [--input RECORD.json] [--now 2024-01-01T00:00:00Z] [--fixed-ids] "
    "[--merge]",
    "evaluates one Data Prep expression against a record and prints the value as JSON", &runEval};
const CommandRegistration kRegistration(kEval);

struct EvalOptions
{
    QString expression;
    QString inputPath;
    core::expr::EvalContext context;
};

// Prints the problem, the line of the expression it is on, and a caret under its place.
void printExpressionError(const QString &text, const core::expr::ExpressionError &error)
{
    writeErr(QStringLiteral("patchbay-cli eval: %1:%2: %3 (%4)")
                 .arg(error.line)
                 .arg(error.column)
                 .arg(error.message, error.rule));
    const QStringList lines = text.split(QLatin1Char('\n'));
    const QString line = error.line - 1 < lines.size() ? lines[error.line - 1] : QString();
    writeErr(QStringLiteral("  ") + line);
    const int width = std::max(1, std::min(error.length, int(line.size()) - error.column + 2));
    writeErr(QStringLiteral("  ") + QString(error.column - 1, QLatin1Char(' ')) +
             QString(width, QLatin1Char('^')));
}

bool parseArguments(const QStringList &arguments, EvalOptions &options, QString *problem)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        const bool hasValue = i + 1 < arguments.size();
        if (argument == QLatin1String("--input") || argument == QLatin1String("--now")) {
            if (!hasValue) {
                *problem = QStringLiteral("%1 needs a value").arg(argument);
                return false;
            }
            const QString value = arguments[++i];
            if (argument == QLatin1String("--input")) {
                options.inputPath = value;
                continue;
            }
            options.context.now = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (options.context.now.timeSpec() == Qt::LocalTime) {
                // Like date(), a clock without a zone is UTC, not the machine's zone.
                options.context.now.setTimeZone(QTimeZone::utc());
            }
            if (!options.context.now.isValid()) {
                *problem = QStringLiteral("--now needs an ISO-8601 date-time such as "
                                          "2024-01-01T00:00:00Z, found '%1'")
                               .arg(value);
                return false;
            }
        } else if (argument == QLatin1String("--fixed-ids")) {
            options.context.fixedIds = true;
        } else if (argument == QLatin1String("--merge")) {
            options.context.isMerge = true;
        } else if (argument.startsWith(QLatin1String("--"))) {
            *problem = QStringLiteral("unknown option '%1'").arg(argument);
            return false;
        } else if (options.expression.isNull()) {
            options.expression = argument;
        } else {
            *problem = QStringLiteral("only one expression can be given; quote it as one argument");
            return false;
        }
    }
    if (options.expression.isNull()) {
        *problem = QStringLiteral("no expression given");
        return false;
    }
    return true;
}

int runEval(const QStringList &arguments)
{
    EvalOptions options;
    QString problem;
    if (!parseArguments(arguments, options, &problem)) {
        return usageError(kEval, problem);
    }

    core::Json record = core::Json::object();
    if (!options.inputPath.isEmpty()) {
        auto document = core::JsonDocument::fromFile(options.inputPath);
        if (!document) {
            writeErr(QStringLiteral("patchbay-cli eval: %1").arg(document.error().message()));
            return ExitCannotRun;
        }
        record = document->takeRoot();
    }

    const std::string text = core::toStdString(options.expression);
    core::expr::ExpressionError error;
    const auto expression = core::expr::Expression::compile(text, &error);
    if (!expression) {
        printExpressionError(options.expression, error);
        return ExitInputErrors;
    }

    const core::expr::Evaluation result = expression->evaluate(record, options.context);
    for (const QString &warning : result.warnings) {
        writeErr(QStringLiteral("patchbay-cli eval: warning: %1").arg(warning));
    }
    writeOut(core::dumpJson(result.value) + "\n");
    if (!result.ok()) {
        writeErr(QStringLiteral("patchbay-cli eval: evaluation failed, the attribute would be "
                                "null: %1")
                     .arg(result.error));
        return ExitInputErrors;
    }
    return ExitOk;
}

} // namespace

} // namespace cli
