// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/json/Json.h"

#include <QString>

#include <vector>

namespace core {

/// How bad a problem is: Error means AEP would reject or drop the data, Warning that it is
/// accepted but risky or not what was meant, Info that it is worth knowing.
enum class Severity
{
    Error,
    Warning,
    Info
};

/// Which text a problem points into, so the window can take the user to it.
enum class ProblemOrigin
{
    Payload,
    Mapping,
    Schema,
    Workspace,
    Expression
};

/// One broken rule at its place: a rule id of the specification (U05, M02, X03, ...), a
/// message for the user and, where known, a JSON pointer with line and column.
struct Problem
{
    QString rule;
    Severity severity = Severity::Error;
    QString message;
    ProblemOrigin origin = ProblemOrigin::Payload;
    std::string pointer;   ///< RFC 6901 pointer into the origin's document; empty = the root
    int line = 0;          ///< 1-based, 0 when unknown
    int column = 0;        ///< 1-based, in characters, 0 when unknown
    int mappingIndex = -1; ///< the mapping row a mapping problem belongs to, -1 otherwise
    int inputLine = 0;     ///< the line of a JSON Lines stream the payload came from

    bool isError() const { return severity == Severity::Error; }
};

using Problems = std::vector<Problem>;

QString severityName(Severity severity);
QString originName(ProblemOrigin origin);
bool hasErrors(const Problems &problems);

/// The report form: {"rule", "severity", "message", "origin", "pointer", "line", "column"}.
Json problemToJson(const Problem &problem);
Json problemsToJson(const Problems &problems);

/// One line for a terminal: "payload:3:14: error U06: ...".
QString problemToText(const Problem &problem, const QString &fileName = QString());

} // namespace core
