// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "UpsertHeader.h"

namespace core {

namespace {

Problem headerProblem(const char *rule, Severity severity, const QString &message,
                      std::string pointer)
{
    Problem problem;
    problem.rule = QLatin1String(rule);
    problem.severity = severity;
    problem.message = message;
    problem.pointer = std::move(pointer);
    return problem;
}

// A string member, or a problem when it is there with another type.
std::string readString(const Json &object, const char *key, const std::string &pointer,
                       const char *rule, Problems &problems)
{
    const auto found = object.find(key);
    if (found == object.end()) {
        return {};
    }
    if (!found->is_string()) {
        problems.push_back(
            headerProblem(rule, Severity::Error,
                          QStringLiteral("%1 must be a string, not a %2.")
                              .arg(QLatin1String(key), QLatin1String(jsonTypeName(*found))),
                          pointer + "/" + key));
        return {};
    }
    return found->get<std::string>();
}

} // namespace

UpsertHeader UpsertHeader::read(const Json &payload, Problems &problems)
{
    UpsertHeader header;
    if (!payload.is_object() || !payload.contains("header")) {
        return header;
    }
    const Json &json = payload["header"];
    if (!json.is_object()) {
        problems.push_back(headerProblem("U02", Severity::Error,
                                         QStringLiteral("header must be an object, not a %1.")
                                             .arg(QLatin1String(jsonTypeName(json))),
                                         "/header"));
        return header;
    }
    header.present = true;
    header.flowId = readString(json, "flowId", "/header", "U03", problems);
    header.imsOrgId = readString(json, "imsOrgId", "/header", "U04", problems);
    header.datasetId = readString(json, "datasetId", "/header", "U05", problems);

    const auto operations = json.find("operations");
    if (operations == json.end()) {
        return header;
    }
    if (!operations->is_object()) {
        problems.push_back(headerProblem("U06", Severity::Error,
                                         QStringLiteral("operations must be an object, not a %1.")
                                             .arg(QLatin1String(jsonTypeName(*operations))),
                                         "/header/operations"));
        return header;
    }
    header.hasOperations = true;
    const std::string pointer = "/header/operations";
    if (operations->contains("data")) {
        header.dataGiven = true;
        header.data = readString(*operations, "data", pointer, "U06", problems);
    }
    header.identity = readString(*operations, "identity", pointer, "U08", problems);
    header.identityDatasetId =
        readString(*operations, "identityDatasetId", pointer, "U09", problems);
    return header;
}

} // namespace core
