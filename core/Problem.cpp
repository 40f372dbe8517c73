// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "Problem.h"

#include <algorithm>

namespace core {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("error");
}

QString originName(ProblemOrigin origin)
{
    switch (origin) {
    case ProblemOrigin::Payload:
        return QStringLiteral("payload");
    case ProblemOrigin::Mapping:
        return QStringLiteral("mapping");
    case ProblemOrigin::Schema:
        return QStringLiteral("schema");
    case ProblemOrigin::Workspace:
        return QStringLiteral("workspace");
    case ProblemOrigin::Expression:
        return QStringLiteral("expression");
    }
    return QStringLiteral("payload");
}

bool hasErrors(const Problems &problems)
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const Problem &problem) { return problem.isError(); });
}

Json problemToJson(const Problem &problem)
{
    Json out = Json::object();
    out["rule"] = toStdString(problem.rule);
    out["severity"] = toStdString(severityName(problem.severity));
    out["message"] = toStdString(problem.message);
    out["origin"] = toStdString(originName(problem.origin));
    out["pointer"] = problem.pointer;
    if (problem.line > 0) {
        out["line"] = problem.line;
        out["column"] = problem.column;
    }
    if (problem.mappingIndex >= 0) {
        out["mapping"] = problem.mappingIndex;
    }
    if (problem.inputLine > 0) {
        out["inputLine"] = problem.inputLine;
    }
    return out;
}

Json problemsToJson(const Problems &problems)
{
    Json out = Json::array();
    for (const Problem &problem : problems) {
        out.push_back(problemToJson(problem));
    }
    return out;
}

QString problemToText(const Problem &problem, const QString &fileName)
{
    QString place = fileName.isEmpty() ? originName(problem.origin) : fileName;
    if (problem.inputLine > 0) {
        place += QStringLiteral(":%1").arg(problem.inputLine);
    } else if (problem.line > 0) {
        place += QStringLiteral(":%1:%2").arg(problem.line).arg(problem.column);
    }
    QString text = QStringLiteral("%1: %2 %3: %4")
                       .arg(place, severityName(problem.severity), problem.rule, problem.message);
    if (!problem.pointer.empty()) {
        text += QStringLiteral(" [%1]").arg(toQString(problem.pointer));
    }
    return text;
}

} // namespace core
