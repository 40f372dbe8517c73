// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// Payload parsing and the whole pipeline on arbitrary bytes: parse with positions, check the
// envelope, map with a small mapping set, validate and generate. Nothing may crash or hang.

#include "core/json/JsonDocument.h"
#include "core/mapping/MappingSet.h"
#include "core/upsert/Pipeline.h"

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
        auto made = core::Pipeline::create(std::make_shared<core::MappingSet>(set.value()), nullptr,
                                           flow, nullptr, core::PipelineOptions());
        return std::move(made).value();
    }();
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    core::PipelineResult result = pipeline().run(text);
    if (!result.messages.empty()) {
        (void)core::dumpJson(result.toJson());
    }
    return 0;
}
