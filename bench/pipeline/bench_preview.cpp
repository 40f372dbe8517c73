// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// The work behind one live preview refresh: a 10 KB payload through a 50-row mapping set, with
// the mapping set compiled again as the window does on every edit, and without recompiling.

#include "core/mapping/MappingSet.h"
#include "core/upsert/Pipeline.h"
#include "core/xdm/Schema.h"

#include <benchmark/benchmark.h>

#include <memory>
#include <string>

namespace {

// 45 attribute rows over nested source fields, 5 expression rows, and a resolved schema with a
// field for each destination.
struct Fixture
{
    std::shared_ptr<const core::MappingSet> mapping;
    std::shared_ptr<const core::xdm::Schema> schema;
    std::string payload;
};

Fixture makeFixture()
{
    core::Json rows = core::Json::array();
    core::Json body = core::Json::object();
    core::Json properties = core::Json::object();
    for (int i = 0; i < 45; ++i) {
        const std::string group = "group" + std::to_string(i % 9);
        const std::string field = "field" + std::to_string(i);
        rows.push_back({{"sourceType", "ATTRIBUTE"},
                        {"source", group + "." + field},
                        {"destination", "_tenant." + group + "." + field}});
        body[group][field] = std::string(200, char('a' + i % 26));
        properties[group]["type"] = "object";
        properties[group]["properties"][field]["type"] = "string";
    }
    for (int i = 0; i < 5; ++i) {
        const std::string field = "calc" + std::to_string(i);
        rows.push_back({{"sourceType", "EXPRESSION"},
                        {"source", "concat(upper(group0.field0), \"-\", lower(group1.field1))"},
                        {"destination", "_tenant." + field}});
        properties[field]["type"] = "string";
    }
    rows.push_back(
        {{"sourceType", "ATTRIBUTE"}, {"source", "identityMap"}, {"destination", "identityMap"}});
    body["identityMap"]["Email"] =
        core::Json::array({{{"id", "a@example.com"}, {"primary", true}}});

    core::Json item = core::Json::object();
    item["type"] = "object";
    item["properties"]["id"]["type"] = "string";
    item["properties"]["primary"]["type"] = "boolean";
    core::Json schema = core::Json::object();
    schema["$id"] = "https://ns.adobe.com/bench/schemas/preview";
    schema["type"] = "object";
    schema["meta:immutableTags"] = core::Json::array({"union"});
    schema["properties"]["_tenant"]["type"] = "object";
    schema["properties"]["_tenant"]["properties"] = properties;
    core::Json &identityMap = schema["properties"]["identityMap"];
    identityMap["type"] = "object";
    identityMap["meta:xdmType"] = "map";
    identityMap["additionalProperties"]["type"] = "array";
    identityMap["additionalProperties"]["items"] = item;

    core::Json payload = core::Json::object();
    payload["header"]["flowId"] = "flow";
    payload["header"]["imsOrgId"] = "ORG@AdobeOrg";
    payload["header"]["datasetId"] = "profile";
    payload["header"]["operations"]["data"] = "merge";
    payload["header"]["operations"]["identity"] = "create";
    payload["header"]["operations"]["identityDatasetId"] = "identity";
    payload["body"] = body;

    Fixture f;
    f.mapping = std::make_shared<const core::MappingSet>(
        core::MappingSet::fromJson(core::Json{{"mappings", rows}}).value());
    f.schema = std::make_shared<const core::xdm::Schema>(
        core::xdm::Schema::fromJson(schema, core::xdm::SchemaLibrary::bundled()).value());
    f.payload = payload.dump(2);
    return f;
}

const Fixture &fixture()
{
    static const Fixture made = makeFixture();
    return made;
}

core::FlowConfig flow()
{
    core::FlowConfig config;
    config.id = "flow";
    config.datasetId = "profile";
    config.identityDatasetId = "identity";
    return config;
}

void compileAndRun(benchmark::State &state)
{
    const Fixture &f = fixture();
    for (auto _ : state) {
        auto pipeline =
            core::Pipeline::create(f.mapping, f.schema, flow(), nullptr, core::PipelineOptions());
        benchmark::DoNotOptimize(pipeline->run(std::string_view(f.payload)));
    }
    state.SetLabel(std::to_string(f.payload.size() / 1024) + " KB payload, " +
                   std::to_string(f.mapping->mappings().size()) + " rows");
}

void runCompiled(benchmark::State &state)
{
    const Fixture &f = fixture();
    auto pipeline =
        core::Pipeline::create(f.mapping, f.schema, flow(), nullptr, core::PipelineOptions());
    for (auto _ : state) {
        benchmark::DoNotOptimize(pipeline->run(std::string_view(f.payload)));
    }
}

BENCHMARK(compileAndRun)->Unit(benchmark::kMillisecond);
BENCHMARK(runCompiled)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
