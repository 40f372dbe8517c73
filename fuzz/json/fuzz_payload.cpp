// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// Payload parsing and the whole pipeline on arbitrary bytes: parse with positions, check the
// envelope, map with a small mapping set, validate and generate. Nothing may crash or hang,
// and the fast forms must agree with the full ones: parsing without positions gives the same
// value, and the streamed lines and problems are those of the message trees.

#include "core/json/JsonDocument.h"
#include "core/json/JsonWriter.h"
#include "core/mapping/MappingSet.h"
#include "core/upsert/Pipeline.h"

#include <QTimeZone>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

const core::Pipeline &pipeline()
{
    static const core::Pipeline instance = [] {
        const char *mapping = R"({"mappings": [
            {"sourceType": "ATTRIBUTE", "source": "_id", "destination": "_id"},
            {"sourceType": "ATTRIBUTE", "source": "identityMap", "destination": "identityMap"},
            {"sourceType": "ATTRIBUTE", "source": "a.b[*].c", "destination": "x[*].y"},
            {"sourceType": "STATIC", "source": "k", "destination": "z.k"}]})";
        auto set = core::MappingSet::fromJson(core::Json::parse(mapping));
        core::FlowConfig flow;
        flow.id = "flow";
        flow.datasetId = "profile";
        // Fixed ids and clock, so that two runs of one payload can be compared.
        core::PipelineOptions options;
        options.fixedIds = true;
        options.now = QDateTime::fromMSecsSinceEpoch(1704067200000, QTimeZone::utc());
        auto made = core::Pipeline::create(std::make_shared<core::MappingSet>(set.value()), nullptr,
                                           flow, nullptr, options);
        return std::move(made).value();
    }();
    return instance;
}

void checkStreamAgrees(const core::Json &payload)
{
    const core::PipelineResult trees = pipeline().run(payload, 3);
    std::string expected;
    for (const core::GeneratedMessage &message : trees.messages) {
        if (!message.rejected) {
            core::writeCompactJson(message.message, expected);
            expected += '\n';
        }
    }
    std::string lines;
    const core::PipelineResult streamed = pipeline().runToLines(payload, 3, lines);
    if (lines != expected || streamed.problems.size() != trees.problems.size()) {
        __builtin_trap();
    }
    for (size_t i = 0; i < trees.problems.size(); ++i) {
        const core::Problem &a = trees.problems[i];
        const core::Problem &b = streamed.problems[i];
        if (a.rule != b.rule || a.pointer != b.pointer || a.mappingIndex != b.mappingIndex ||
            a.message != b.message) {
            __builtin_trap();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    core::PipelineResult result = pipeline().run(text);
    if (!result.messages.empty()) {
        (void)core::dumpJson(result.toJson());
    }
    const core::Result<core::Json> plain = core::parseJson(text);
    const core::Result<core::JsonDocument> located = core::JsonDocument::parse(text);
    if (bool(plain) != bool(located) || (plain && *plain != located->root())) {
        __builtin_trap();
    }
    if (plain) {
        checkStreamAgrees(*plain);
    }
    return 0;
}
