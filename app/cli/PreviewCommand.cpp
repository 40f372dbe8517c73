// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "CliCommand.h"
#include "PipelineSetup.h"

#include "core/json/JsonDocument.h"

namespace cli {

namespace {

int runPreview(const QStringList &arguments);

const Command kPreview{
    "preview",
    "preview --payload F [--mapping F] [--schema F] [--workspace DIR] [--fixed-clock] "
    "[--fixed-ids]",
    "Runs the pipeline on one payload and prints {\"messages\": [...], \"problems\": [...]}.",
    runPreview};
const CommandRegistration kRegistration(kPreview);

int runPreview(const QStringList &arguments)
{
    QCommandLineParser parser;
    addPipelineOptions(parser);
    parser.addOption({QStringLiteral("payload"), QStringLiteral("Payload file, - for stdin."),
                      QStringLiteral("F")});
    parser.addOption({QStringLiteral("compact"), QStringLiteral("Print on one line.")});
    if (!parser.parse(QStringList{QStringLiteral("preview")} + arguments)) {
        return usageError(kPreview, parser.errorText());
    }
    if (!parser.isSet(QStringLiteral("payload"))) {
        return usageError(kPreview, QStringLiteral("--payload is required."));
    }
    core::Result<PipelineSetup> setup = PipelineSetup::fromArguments(parser);
    if (!setup) {
        writeErr(QStringLiteral("patchbay-cli preview: %1").arg(setup.error().message()));
        return ExitCannotRun;
    }
    core::Result<QByteArray> bytes = readInput(parser.value(QStringLiteral("payload")));
    if (!bytes) {
        writeErr(QStringLiteral("patchbay-cli preview: %1").arg(bytes.error().message()));
        return ExitCannotRun;
    }
    core::Result<core::PipelineResult> result = setup->runText(bytes.value());
    if (!result) {
        writeErr(QStringLiteral("patchbay-cli preview: %1").arg(result.error().message()));
        return ExitCannotRun;
    }
    const int indent = parser.isSet(QStringLiteral("compact")) ? -1 : 2;
    writeOut(core::dumpJson(result->toJson(), indent) + "\n");
    return core::hasErrors(result->problems) ? ExitInputErrors : ExitOk;
}

} // namespace

} // namespace cli
