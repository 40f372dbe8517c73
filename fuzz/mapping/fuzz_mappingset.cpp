// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// Mapping-set loading and compiling on arbitrary bytes, then one mapping run over a fixed
// record: rows with any paths, source types and expressions.

#include "core/json/JsonDocument.h"
#include "core/mapping/Mapper.h"
#include "core/mapping/MappingSet.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto doc = core::JsonDocument::parse(text);
    if (!doc) {
        return 0;
    }
    core::Problems problems;
    auto set = core::MappingSet::fromJson(doc->root(), &problems, &doc.value());
    if (!set) {
        return 0;
    }
    const core::Mapper mapper = core::Mapper::compile(set.value(), nullptr, &problems);
    static const core::Json record = core::Json::parse(
        R"({"a": {"b": [{"c": 1}, {"c": "two"}]}, "s": "text", "n": 3, "list": [1, 2, 3]})");
    const core::MappedRecord mapped = mapper.map(record, core::expr::EvalContext());
    (void)core::dumpJson(mapped.entity);
    (void)set->toJson();
    return 0;
}
