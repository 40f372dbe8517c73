// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "CliCommand.h"

#include "core/diff/DiffReport.h"
#include "core/workspace/SavedCase.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace cli {

namespace {

int runTest(const QStringList &arguments);
int runSaveCase(const QStringList &arguments);

const Command kTest{"test", "test [--workspace DIR] [--format text|json|junit]",
                    "Runs the workspace's saved cases and shows, for each failure, the "
                    "structural diff against what was expected.",
                    runTest};
const Command kSaveCase{"save-case", "save-case --payload F [--name NAME] [--workspace DIR]",
                        "Saves what the pipeline makes of a payload now as a case to keep.",
                        runSaveCase};
const CommandRegistration kTestRegistration(kTest);
const CommandRegistration kSaveCaseRegistration(kSaveCase);

core::Result<std::shared_ptr<const core::Workspace>> openWorkspace(const QString &directory)
{
    core::Result<core::Workspace> workspace = core::Workspace::open(directory);
    if (!workspace) {
        return workspace.error();
    }
    return std::make_shared<const core::Workspace>(std::move(workspace).value());
}

QString textReport(const std::vector<core::CaseOutcome> &outcomes, int failures)
{
    QString text;
    for (const core::CaseOutcome &outcome : outcomes) {
        if (outcome.passed) {
            text += QStringLiteral("PASS  %1\n").arg(outcome.name);
            continue;
        }
        text += QStringLiteral("FAIL  %1 (%2)\n").arg(outcome.name, outcome.file);
        if (!outcome.error.isEmpty()) {
            text += QStringLiteral("      %1\n").arg(outcome.error);
            continue;
        }
        text += QStringLiteral("      expected -> actual:\n");
        const QStringList lines = core::diff::toText(outcome.changes).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (!line.isEmpty()) {
                text += QStringLiteral("      %1\n").arg(line);
            }
        }
    }
    text +=
        QStringLiteral("%1 passed, %2 failed\n").arg(int(outcomes.size()) - failures).arg(failures);
    return text;
}

QString junitReport(const std::vector<core::CaseOutcome> &outcomes, int failures)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite "
                                 "name=\"patchbay-cases\" tests=\"%1\" failures=\"%2\">\n")
                      .arg(outcomes.size())
                      .arg(failures);
    for (const core::CaseOutcome &outcome : outcomes) {
        xml += QStringLiteral("  <testcase classname=\"case\" name=\"%1\"")
                   .arg(outcome.name.toHtmlEscaped());
        if (outcome.passed) {
            xml += QStringLiteral("/>\n");
            continue;
        }
        const QString detail =
            outcome.error.isEmpty() ? core::diff::toText(outcome.changes) : outcome.error;
        xml += QStringLiteral(">\n    <failure message=\"the result differs from the expected "
                              "one\">%1</failure>\n  </testcase>\n")
                   .arg(detail.toHtmlEscaped());
    }
    return xml + QStringLiteral("</testsuite>\n");
}

core::Json jsonReport(const std::vector<core::CaseOutcome> &outcomes)
{
    core::Json out = core::Json::array();
    for (const core::CaseOutcome &outcome : outcomes) {
        core::Json item = {{"name", core::toStdString(outcome.name)},
                           {"file", core::toStdString(outcome.file)},
                           {"passed", outcome.passed}};
        if (!outcome.error.isEmpty()) {
            item["error"] = core::toStdString(outcome.error);
        } else if (!outcome.passed) {
            item["changes"] = core::diff::toJson(outcome.changes);
        }
        out.push_back(std::move(item));
    }
    return out;
}

int runTest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("workspace"), QStringLiteral("Workspace folder."),
                        QStringLiteral("DIR"), QStringLiteral(".")},
                       {QStringLiteral("format"), QStringLiteral("text, json or junit."),
                        QStringLiteral("FORMAT"), QStringLiteral("text")}});
    if (!parser.parse(QStringList{QStringLiteral("test")} + arguments)) {
        return usageError(kTest, parser.errorText());
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json") &&
        format != QLatin1String("junit")) {
        return usageError(kTest, QStringLiteral("--format is text, json or junit."));
    }
    auto workspace = openWorkspace(parser.value(QStringLiteral("workspace")));
    if (!workspace) {
        writeErr(QStringLiteral("patchbay-cli test: %1").arg(workspace.error().message()));
        return ExitCannotRun;
    }
    const std::vector<core::CaseOutcome> outcomes = core::runCases(workspace.value());
    int failures = 0;
    for (const core::CaseOutcome &outcome : outcomes) {
        failures += outcome.passed ? 0 : 1;
    }
    if (format == QLatin1String("json")) {
        writeOut(core::dumpJson(jsonReport(outcomes), 2) + "\n");
    } else if (format == QLatin1String("junit")) {
        writeOut(junitReport(outcomes, failures));
    } else {
        writeOut(textReport(outcomes, failures));
    }
    return failures > 0 ? ExitInputErrors : ExitOk;
}

int runSaveCase(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("workspace"), QStringLiteral("Workspace folder."), QStringLiteral("DIR"),
          QStringLiteral(".")},
         {QStringLiteral("payload"), QStringLiteral("Payload file in the workspace."),
          QStringLiteral("F")},
         {QStringLiteral("name"), QStringLiteral("Name of the case."), QStringLiteral("NAME")}});
    if (!parser.parse(QStringList{QStringLiteral("save-case")} + arguments)) {
        return usageError(kSaveCase, parser.errorText());
    }
    if (!parser.isSet(QStringLiteral("payload"))) {
        return usageError(kSaveCase, QStringLiteral("--payload is required."));
    }
    auto workspace = openWorkspace(parser.value(QStringLiteral("workspace")));
    if (!workspace) {
        writeErr(QStringLiteral("patchbay-cli save-case: %1").arg(workspace.error().message()));
        return ExitCannotRun;
    }
    const QString payload = QFileInfo(parser.value(QStringLiteral("payload"))).absoluteFilePath();
    const QString relative = QDir(workspace.value()->directory()).relativeFilePath(payload);
    const QString name = parser.isSet(QStringLiteral("name"))
                             ? parser.value(QStringLiteral("name"))
                             : QFileInfo(payload).completeBaseName();
    // Run it once through the same path the test command takes, then keep what came out.
    core::SavedCase draft = core::SavedCase::fromResult(
        name, std::string(), core::toStdString(relative), core::PipelineResult());
    core::CaseOutcome outcome = draft.run(workspace.value());
    if (!outcome.error.isEmpty()) {
        writeErr(QStringLiteral("patchbay-cli save-case: %1").arg(outcome.error));
        return ExitCannotRun;
    }
    core::SavedCase saved = core::SavedCase::fromComparable(
        name, std::string(), core::toStdString(relative), outcome.actual);
    const QString target = workspace.value()->path(QStringLiteral("cases/%1.json").arg(name));
    QDir().mkpath(QFileInfo(target).absolutePath());
    core::Result<void> written = saved.save(target);
    if (!written) {
        writeErr(QStringLiteral("patchbay-cli save-case: %1").arg(written.error().message()));
        return ExitCannotRun;
    }
    writeOut(QStringLiteral("saved %1\n").arg(target));
    return ExitOk;
}

} // namespace

} // namespace cli
