// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// The emulated profile store and identity graph on the command line: apply a payload to it,
// and read a profile back.

#include "CliCommand.h"
#include "PipelineSetup.h"

#include "core/emulation/ProfileStore.h"
#include "core/json/JsonDocument.h"

namespace cli {

namespace {

int runApply(const QStringList &arguments);
int runProfile(const QStringList &arguments);

const Command kApply{
    "apply",
    "apply --store DIR --payload F [--workspace DIR] [--mapping F] [--schema F] [--dry-run]",
    "Runs one payload and applies its messages to the emulated profile store and identity "
    "graph; prints the profile before and after.",
    runApply};
const Command kProfile{"profile", "profile --store DIR NAMESPACE:ID",
                       "Prints the emulated profile of an identity, merged over its identity "
                       "graph, and the identities linked with it.",
                       runProfile};
const CommandRegistration kApplyRegistration(kApply);
const CommandRegistration kProfileRegistration(kProfile);

QCommandLineOption storeOption()
{
    return {QStringLiteral("store"),
            QStringLiteral("Folder of the emulated profile store (created when missing)."),
            QStringLiteral("DIR")};
}

int indentOf(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("compact")) ? -1 : 2;
}

int runApply(const QStringList &arguments)
{
    QCommandLineParser parser;
    addPipelineOptions(parser);
    parser.addOption(storeOption());
    parser.addOption({QStringLiteral("payload"), QStringLiteral("Payload file, - for stdin."),
                      QStringLiteral("F")});
    parser.addOption({QStringLiteral("dry-run"),
                      QStringLiteral("Show what would change, and leave the store as it is.")});
    parser.addOption({QStringLiteral("compact"), QStringLiteral("Print on one line.")});
    if (!parser.parse(QStringList{QStringLiteral("apply")} + arguments)) {
        return usageError(kApply, parser.errorText());
    }
    for (const char *required : {"store", "payload"}) {
        if (!parser.isSet(QLatin1String(required))) {
            return usageError(kApply,
                              QStringLiteral("--%1 is required.").arg(QLatin1String(required)));
        }
    }
    core::Result<PipelineSetup> setup = PipelineSetup::fromArguments(parser);
    core::Result<QByteArray> bytes =
        setup ? readInput(parser.value(QStringLiteral("payload"))) : setup.error();
    core::Result<core::PipelineResult> result =
        bytes ? setup->runText(bytes.value()) : bytes.error();
    if (!result) {
        writeErr(QStringLiteral("patchbay-cli apply: %1").arg(result.error().message()));
        return ExitCannotRun;
    }
    auto store = core::emulation::ProfileStore::open(parser.value(QStringLiteral("store")));
    core::Result<core::emulation::Outcome> outcome =
        store ? (*store)->apply(result.value(), parser.isSet(QStringLiteral("dry-run")))
              : store.error();
    if (!outcome) {
        writeErr(QStringLiteral("patchbay-cli apply: %1").arg(outcome.error().message()));
        return ExitCannotRun;
    }
    const core::Problems problems = outcome->withPipelineProblems(result->problems);
    core::Json report = outcome->toJson();
    report["problems"] = core::problemsToJson(problems);
    writeOut(core::dumpJson(report, indentOf(parser)) + "\n");
    return core::hasErrors(problems) ? ExitInputErrors : ExitOk;
}

int runProfile(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(storeOption());
    parser.addOption({QStringLiteral("compact"), QStringLiteral("Print on one line.")});
    parser.addPositionalArgument(QStringLiteral("identity"), QStringLiteral("NAMESPACE:ID"));
    if (!parser.parse(QStringList{QStringLiteral("profile")} + arguments)) {
        return usageError(kProfile, parser.errorText());
    }
    if (!parser.isSet(QStringLiteral("store")) || parser.positionalArguments().size() != 1) {
        return usageError(kProfile, QStringLiteral("give --store and one NAMESPACE:ID."));
    }
    core::Result<core::emulation::IdentityKey> key =
        core::emulation::IdentityKey::parse(parser.positionalArguments().first());
    if (!key) {
        return usageError(kProfile, key.error().message());
    }
    auto store = core::emulation::ProfileStore::open(parser.value(QStringLiteral("store")));
    core::Result<core::Json> profile = store ? (*store)->profile(*key) : store.error();
    auto graph = store ? (*store)->graphOf(*key)
                       : core::Result<std::vector<core::emulation::IdentityKey>>(store.error());
    if (!profile || !graph) {
        const core::Error &error = !profile ? profile.error() : graph.error();
        writeErr(QStringLiteral("patchbay-cli profile: %1").arg(error.message()));
        return ExitCannotRun;
    }
    core::Json linked = core::Json::array();
    for (const core::emulation::IdentityKey &member : *graph) {
        linked.push_back(member.toJson());
    }
    const core::Json report = {
        {"emulated", true}, {"identity", key->toJson()}, {"graph", linked}, {"profile", *profile}};
    writeOut(core::dumpJson(report, indentOf(parser)) + "\n");
    if (profile->is_null()) {
        writeErr(QStringLiteral("patchbay-cli profile: the store holds no profile for %1.")
                     .arg(parser.positionalArguments().first()));
    }
    return ExitOk;
}

} // namespace

} // namespace cli
