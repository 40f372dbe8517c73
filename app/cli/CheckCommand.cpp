// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "CliCommand.h"
#include "PipelineSetup.h"

#include "core/json/JsonDocument.h"

#include <QFileInfo>

namespace cli {

namespace {

int runCheck(const QStringList &arguments);

const Command kCheck{"check",
                     "check [--payload F]... [F...] [--workspace DIR] [--mapping F] [--schema F] "
                     "[--format text|json|junit]",
                     "Prints only the problems of one or more payloads, for CI.", runCheck};
const CommandRegistration kRegistration(kCheck);

struct FileProblems
{
    QString file;
    core::Problems problems;
};

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString junitReport(const std::vector<FileProblems> &files)
{
    int failures = 0;
    for (const FileProblems &file : files) {
        failures += core::hasErrors(file.problems) ? 1 : 0;
    }
    QString xml =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<testsuite name=\"patchbay-check\" tests=\"%1\" failures=\"%2\">\n")
            .arg(files.size())
            .arg(failures);
    for (const FileProblems &file : files) {
        xml += QStringLiteral("  <testcase classname=\"payload\" name=\"%1\">\n")
                   .arg(xmlEscaped(file.file));
        for (const core::Problem &problem : file.problems) {
            if (!problem.isError()) {
                continue;
            }
            xml += QStringLiteral("    <failure type=\"%1\" message=\"%2\">%3</failure>\n")
                       .arg(xmlEscaped(problem.rule), xmlEscaped(problem.message),
                            xmlEscaped(core::problemToText(problem, file.file)));
        }
        xml += QStringLiteral("  </testcase>\n");
    }
    return xml + QStringLiteral("</testsuite>\n");
}

QString textReport(const std::vector<FileProblems> &files)
{
    QString text;
    for (const FileProblems &file : files) {
        for (const core::Problem &problem : file.problems) {
            const QString name = problem.origin == core::ProblemOrigin::Payload
                                     ? file.file
                                     : core::originName(problem.origin);
            text += core::problemToText(problem, name) + QLatin1Char('\n');
        }
    }
    return text;
}

core::Json jsonReport(const std::vector<FileProblems> &files)
{
    core::Json out = core::Json::array();
    for (const FileProblems &file : files) {
        out.push_back({{"file", core::toStdString(file.file)},
                       {"problems", core::problemsToJson(file.problems)}});
    }
    return out;
}

core::Result<core::Problems> checkFile(PipelineSetup &setup, const QString &path)
{
    core::Result<QByteArray> bytes = readInput(path);
    if (!bytes) {
        return bytes.error();
    }
    const std::string_view text(bytes->constData(), size_t(bytes->size()));
    core::Result<core::Json> quick = core::parseJson(text);
    core::Result<const core::Pipeline *> pipeline =
        setup.pipelineFor(quick ? quick.value() : core::Json::object());
    if (!pipeline) {
        return pipeline.error();
    }
    core::Problems problems = pipeline.value()->mappingProblems();
    core::PipelineResult result = pipeline.value()->run(text);
    problems.insert(problems.end(), result.problems.begin(), result.problems.end());
    return problems;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    addPipelineOptions(parser);
    parser.addOption(
        {QStringLiteral("payload"), QStringLiteral("Payload file."), QStringLiteral("F")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("text, json or junit."),
                      QStringLiteral("FORMAT"), QStringLiteral("text")});
    if (!parser.parse(QStringList{QStringLiteral("check")} + arguments)) {
        return usageError(kCheck, parser.errorText());
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json") &&
        format != QLatin1String("junit")) {
        return usageError(kCheck, QStringLiteral("--format is text, json or junit."));
    }
    const QStringList paths =
        parser.values(QStringLiteral("payload")) + parser.positionalArguments();
    if (paths.isEmpty()) {
        return usageError(kCheck, QStringLiteral("name at least one payload file."));
    }
    core::Result<PipelineSetup> setup = PipelineSetup::fromArguments(parser);
    if (!setup) {
        writeErr(QStringLiteral("patchbay-cli check: %1").arg(setup.error().message()));
        return ExitCannotRun;
    }

    std::vector<FileProblems> files;
    bool errors = false;
    for (const QString &path : paths) {
        core::Result<core::Problems> problems = checkFile(setup.value(), path);
        if (!problems) {
            writeErr(QStringLiteral("patchbay-cli check: %1").arg(problems.error().message()));
            return ExitCannotRun;
        }
        errors = errors || core::hasErrors(problems.value());
        files.push_back({path, std::move(problems).value()});
    }
    if (format == QLatin1String("json")) {
        writeOut(core::dumpJson(jsonReport(files), 2) + "\n");
    } else if (format == QLatin1String("junit")) {
        writeOut(junitReport(files));
    } else {
        writeOut(textReport(files));
    }
    return errors ? ExitInputErrors : ExitOk;
}

} // namespace

} // namespace cli
