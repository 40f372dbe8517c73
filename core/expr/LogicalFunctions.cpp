// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// Logical operators (decode, iif) and aggregation (min, max).
#include "core/expr/Behaviour.h"
#include "core/expr/FunctionSupport.h"
#include "core/expr/Operators.h"

namespace core::expr {

namespace {

// Java equals, except that integral numbers compare by value: Jackson reads 1 as Integer or
// Long depending on its size, which a user cannot see.
bool decodeMatches(const Value &key, const Value &candidate)
{
    if (key.isIntegral() && candidate.isIntegral()) {
        return key.asInt128() == candidate.asInt128();
    }
    return javaEquals(key, candidate);
}

Value decode(Runtime &, Args args)
{
    const Value &key = args[0];
    size_t i = 1;
    for (; i + 1 < args.size(); i += 2) {
        if (decodeMatches(key, args[i])) {
            return args[i + 1];
        }
    }
    return i < args.size() ? args[i] : Value();
}

Value iif(Runtime &, Args args)
{
    return isTruthy(args[0]) ? args[1] : args[2];
}

Value extreme(Runtime &runtime, Args args, int wanted)
{
    const Args items = args.size() == 1 && args[0].isList() ? Args(args[0].asList()) : args;
    const Value *best = nullptr;
    static_assert(behaviour::kMinMaxSkipNulls);
    for (const Value &item : items) {
        if (item.isNull()) {
            continue;
        }
        if (best == nullptr) {
            best = &item;
            continue;
        }
        const std::optional<int> order = compareValues(item, *best);
        if (!order) {
            return runtime.fail(
                QStringLiteral("cannot compare %1 with %2").arg(item.typeName(), best->typeName()));
        }
        if (*order * wanted > 0) {
            best = &item;
        }
    }
    return best != nullptr ? *best : Value();
}

Value minFn(Runtime &runtime, Args args)
{
    return extreme(runtime, args, -1);
}

Value maxFn(Runtime &runtime, Args args)
{
    return extreme(runtime, args, 1);
}

} // namespace

void registerLogicalFunctions(FunctionRegistry &registry)
{
    registry.add(
        {.name = "decode",
         .category = "Logical operators",
         .syntax = "decode(KEY, K1, V1, K2, V2, ..., KN, VN, DEFAULT)",
         .description = "The value paired with the first key equal to KEY; the optional "
                        "last argument is the default, otherwise null.",
         .returns = "java.lang.Object",
         .example = "decode(stateCode, \"ca\", \"California\", \"pa\", \"Pennsylvania\", \"N/A\")",
         .result = "\"California\"",
         .params = {{"KEY", "java.lang.Object", "The value to look up."},
                    {"K", "java.lang.Object", "A key to compare with."},
                    {"V", "java.lang.Object", "The value for that key."},
                    {"DEFAULT", "java.lang.Object", "The value when nothing matches; optional."}},
         .minArgs = 1,
         .maxArgs = -1,
         .run = &decode});
    registry.add({.name = "iif",
                  .category = "Logical operators",
                  .syntax = "iif(EXPRESSION, TRUE_VALUE, FALSE_VALUE)",
                  .description = "TRUE_VALUE when the expression is true, else FALSE_VALUE. Both "
                                 "branches are evaluated; use c ? a : b to evaluate only one.",
                  .returns = "java.lang.Object",
                  .example = "iif(\"s\".equalsIgnoreCase(\"S\"), \"True\", \"False\")",
                  .result = "\"True\"",
                  .params = {{"EXPRESSION", "java.lang.Boolean", "The condition."},
                             {"TRUE_VALUE", "java.lang.Object", "The value when true."},
                             {"FALSE_VALUE", "java.lang.Object", "The value when false."}},
                  .minArgs = 3,
                  .maxArgs = 3,
                  .run = &iif});
    const std::vector<FunctionParam> params = {
        {"VALUES", "java.lang.Comparable", "The values (nulls are skipped)."}};
    registry.add({.name = "min",
                  .category = "Aggregation",
                  .syntax = "min(INPUT)",
                  .description = "The smallest argument by natural order.",
                  .returns = "java.lang.Object",
                  .example = "min(3, 1, 4)",
                  .result = "1",
                  .params = params,
                  .minArgs = 1,
                  .maxArgs = -1,
                  .run = &minFn});
    registry.add({.name = "max",
                  .category = "Aggregation",
                  .syntax = "max(INPUT)",
                  .description = "The largest argument by natural order.",
                  .returns = "java.lang.Object",
                  .example = "max(3, 1, 4)",
                  .result = "4",
                  .params = params,
                  .minArgs = 1,
                  .maxArgs = -1,
                  .run = &maxFn});
}

} // namespace core::expr
