// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "CliCommand.h"
#include "LineReader.h"
#include "PipelineSetup.h"

#include "core/json/JsonDocument.h"

#include <cstdio>
#include <string>

namespace cli {

namespace {

int runMap(const QStringList &arguments);

const Command kMap{"map",
                   "map --mapping F --schema F [--workspace DIR] [--min-severity LEVEL] "
                   "[IN.jsonl]",
                   "Maps a JSON Lines stream: one message a line on stdout, problems on stderr "
                   "with their input line.",
                   runMap};
const CommandRegistration kRegistration(kMap);

core::Severity minimumSeverity(const QString &name, bool *ok)
{
    *ok = true;
    if (name == QLatin1String("error")) {
        return core::Severity::Error;
    }
    if (name == QLatin1String("warning")) {
        return core::Severity::Warning;
    }
    *ok = name == QLatin1String("info");
    return core::Severity::Info;
}

void reportProblem(const core::Problem &problem, int line, const QString &inputName)
{
    core::Problem located = problem;
    located.inputLine = line;
    writeErr(core::problemToText(located, inputName));
}

struct StreamState
{
    core::Severity minimum = core::Severity::Warning;
    QString inputName;
    bool errors = false;
    std::string out;
};

void mapLine(PipelineSetup &setup, const std::string &line, int lineNumber, StreamState &state)
{
    core::Result<core::Json> payload = core::parseJson(line);
    if (!payload) {
        core::Problem problem;
        problem.rule = QStringLiteral("U01");
        problem.message = QStringLiteral("column %1: %2")
                              .arg(payload.error().column())
                              .arg(payload.error().message());
        reportProblem(problem, lineNumber, state.inputName);
        state.errors = true;
        return;
    }
    core::Result<const core::Pipeline *> pipeline = setup.pipelineFor(payload.value());
    if (!pipeline) {
        core::Problem problem;
        problem.rule = QStringLiteral("U03");
        problem.message = pipeline.error().message();
        reportProblem(problem, lineNumber, state.inputName);
        state.errors = true;
        return;
    }
    const core::PipelineResult result =
        pipeline.value()->runToLines(payload.value(), lineNumber, state.out);
    for (const core::Problem &problem : result.problems) {
        state.errors = state.errors || problem.isError();
        if (int(problem.severity) <= int(state.minimum)) {
            reportProblem(problem, lineNumber, state.inputName);
        }
    }
    if (state.out.size() > (1 << 16)) {
        writeOut(state.out);
        state.out.clear();
    }
}

int runMap(const QStringList &arguments)
{
    QCommandLineParser parser;
    addPipelineOptions(parser);
    parser.addOption({QStringLiteral("min-severity"),
                      QStringLiteral("Least severe problem printed: error, warning or info."),
                      QStringLiteral("LEVEL"), QStringLiteral("warning")});
    if (!parser.parse(QStringList{QStringLiteral("map")} + arguments)) {
        return usageError(kMap, parser.errorText());
    }
    if (!parser.isSet(QStringLiteral("workspace")) && !parser.isSet(QStringLiteral("mapping"))) {
        return usageError(kMap, QStringLiteral("give --mapping (and --schema) or --workspace."));
    }
    StreamState state;
    bool ok = false;
    state.minimum = minimumSeverity(parser.value(QStringLiteral("min-severity")), &ok);
    if (!ok) {
        return usageError(kMap, QStringLiteral("--min-severity is error, warning or info."));
    }
    core::Result<PipelineSetup> setup = PipelineSetup::fromArguments(parser);
    if (!setup) {
        writeErr(QStringLiteral("patchbay-cli map: %1").arg(setup.error().message()));
        return ExitCannotRun;
    }
    setup->setStreaming(state.minimum);
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() > 1) {
        return usageError(kMap, QStringLiteral("give at most one input file."));
    }
    state.inputName = inputs.isEmpty() ? QStringLiteral("stdin") : inputs.first();
    std::FILE *file = inputs.isEmpty() ? stdin : std::fopen(inputs.first().toLocal8Bit(), "rb");
    if (!file) {
        writeErr(QStringLiteral("patchbay-cli map: cannot read %1.").arg(state.inputName));
        return ExitCannotRun;
    }
    // Mapping problems are the same for every line: report them once.
    core::Result<const core::Pipeline *> first = setup->pipelineFor(core::Json::object());
    if (!first) {
        writeErr(QStringLiteral("patchbay-cli map: %1").arg(first.error().message()));
        return ExitCannotRun;
    }
    for (const core::Problem &problem : first.value()->mappingProblems()) {
        writeErr(core::problemToText(problem, QStringLiteral("mapping")));
        state.errors = state.errors || problem.isError();
    }

    auto reader = std::make_unique<LineReader>(file);
    std::string line;
    bool tooLong = false;
    for (int lineNumber = 1; reader->next(line, &tooLong); ++lineNumber) {
        if (tooLong) {
            core::Problem problem;
            problem.rule = QStringLiteral("U27");
            problem.message = QStringLiteral("The line is longer than 16 MB and was skipped.");
            reportProblem(problem, lineNumber, state.inputName);
            state.errors = true;
            continue;
        }
        if (line.find_first_not_of(" \t\r") == std::string::npos) {
            continue;
        }
        mapLine(setup.value(), line, lineNumber, state);
    }
    writeOut(state.out);
    if (file != stdin) {
        std::fclose(file);
    }
    return state.errors ? ExitInputErrors : ExitOk;
}

} // namespace

} // namespace cli
