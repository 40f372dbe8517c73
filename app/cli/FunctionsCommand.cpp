// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// patchbay-cli functions [--format json|text]
#include "CliCommand.h"

#include "core/expr/Expression.h"

namespace cli {

namespace {

int runFunctions(const QStringList &arguments);

const Command kFunctions{"functions", "functions [--format json|text]",
                         "lists the Data Prep functions, in the shape of AEP's "
                         "GET /languages/el/functions",
                         &runFunctions};
const CommandRegistration kRegistration(kFunctions);

QString textOf(const core::Json &catalogue)
{
    QString text;
    QString category;
    for (const core::Json &entry : catalogue) {
        const QString entryCategory =
            core::toQString(entry.at("category").get_ref<const std::string &>());
        if (entryCategory != category) {
            category = entryCategory;
            text += QStringLiteral("\n%1\n").arg(category);
        }
        text += QStringLiteral("  %1\n      %2\n")
                    .arg(core::toQString(entry.at("syntax").get_ref<const std::string &>()),
                         core::toQString(entry.at("description").get_ref<const std::string &>()));
    }
    return text.mid(1);
}

int runFunctions(const QStringList &arguments)
{
    QString format = QStringLiteral("json");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--format") && i + 1 < arguments.size()) {
            format = arguments[++i];
        } else {
            return usageError(kFunctions,
                              QStringLiteral("unknown argument '%1'").arg(arguments[i]));
        }
    }
    if (format != QLatin1String("json") && format != QLatin1String("text")) {
        return usageError(kFunctions,
                          QStringLiteral("--format must be json or text, found '%1'").arg(format));
    }
    const core::Json catalogue = core::expr::functionCatalogue();
    if (format == QLatin1String("json")) {
        writeOut(core::dumpJson(catalogue, 2) + "\n");
    } else {
        writeOut(textOf(catalogue));
    }
    return ExitOk;
}

} // namespace

} // namespace cli
