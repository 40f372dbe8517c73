// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// Hierarchies - Arrays, including the beta lambda functions and the upsert markers.
#include "core/expr/Behaviour.h"
#include "core/expr/FunctionSupport.h"
#include "core/expr/Operators.h"

namespace core::expr {

namespace {

constexpr const char *kCategory = "Hierarchies - Arrays";
constexpr const char *kArray = "java.lang.Object[]";
constexpr const char *kObject = "java.lang.Object";
constexpr int kMaxFlattenDepth = 1000;

// Varargs functions given one array argument work on its elements, as Java's T... does.
Args expanded(Args args)
{
    if (args.size() == 1 && args[0].isList()) {
        return Args(args[0].asList());
    }
    return args;
}

Value coalesce(Runtime &, Args args)
{
    for (const Value &value : expanded(args)) {
        if (!value.isNull()) {
            return value;
        }
    }
    return Value();
}

Value first(Runtime &, Args args)
{
    const Args items = expanded(args);
    return items.empty() ? Value() : items.front();
}

Value last(Runtime &, Args args)
{
    const Args items = expanded(args);
    return items.empty() ? Value() : items.back();
}

Value addToArray(Runtime &runtime, Args args)
{
    ValueList list;
    if (!args[0].isNull()) {
        const ValueList *source = nullptr;
        if (!listArg(runtime, args, 0, "ARRAY", source)) {
            return Value();
        }
        list = *source;
    }
    list.insert(list.end(), args.begin() + 1, args.end());
    return Value(std::move(list));
}

Value joinArrays(Runtime &, Args args)
{
    ValueList list;
    for (const Value &value : args) {
        if (value.isList()) {
            list.insert(list.end(), value.asList().begin(), value.asList().end());
        } else if (!value.isNull()) {
            list.push_back(value);
        }
    }
    return Value(std::move(list));
}

Value toArray(Runtime &runtime, Args args)
{
    bool includeNulls = false;
    if (!boolArg(runtime, args, 0, "INCLUDE_NULLS", includeNulls)) {
        return Value();
    }
    ValueList list;
    for (const Value &value : args.subspan(1)) {
        if (includeNulls || !value.isNull()) {
            list.push_back(value);
        }
    }
    return Value(std::move(list));
}

Value sizeOf(Runtime &runtime, Args args)
{
    const Value &value = args[0];
    // Like JEXL's size(): null has size 0.
    if (value.isNull()) {
        return Value::integer(0);
    }
    if (value.isList()) {
        return Value::integer(qint32(value.asList().size()));
    }
    if (value.isMap()) {
        return Value::integer(qint32(value.asMap().size()));
    }
    if (value.isString()) {
        return Value::integer(qint32(value.asString().size()));
    }
    return runtime.fail(QStringLiteral("expected an array, map or string for INPUT, found %1")
                            .arg(value.typeName()));
}

Value upsertArray(Runtime &runtime, Args args)
{
    if (args[0].isNull()) {
        return Value();
    }
    const ValueList *list = nullptr;
    return listArg(runtime, args, 0, "ARRAY", list) ? args[0] : Value();
}

bool flattenInto(Runtime &runtime, const Value &value, ValueList &out, int depth)
{
    if (depth > kMaxFlattenDepth) {
        runtime.fail(
            QStringLiteral("the array is nested more than %1 levels deep").arg(kMaxFlattenDepth));
        return false;
    }
    if (!value.isList()) {
        out.push_back(value);
        return true;
    }
    for (const Value &item : value.asList()) {
        if (!flattenInto(runtime, item, out, depth + 1)) {
            return false;
        }
    }
    return true;
}

Value flattenArray(Runtime &runtime, Args args)
{
    if (args[0].isNull()) {
        return Value();
    }
    const ValueList *list = nullptr;
    if (!listArg(runtime, args, 0, "ARRAY", list)) {
        return Value();
    }
    ValueList flat;
    return flattenInto(runtime, args[0], flat, 0) ? Value(std::move(flat)) : Value();
}

Value arrayToString(Runtime &runtime, Args args)
{
    QString separator;
    if (!stringArg(runtime, args, 0, "SEPARATOR", separator)) {
        return Value();
    }
    if (args[1].isNull()) {
        return Value();
    }
    ValueList flat;
    if (!flattenInto(runtime, args[1], flat, 0)) {
        return Value();
    }
    QStringList parts;
    for (const Value &item : flat) {
        parts.append(item.isNull() ? QString() : item.toJavaString());
    }
    return Value(parts.join(separator));
}

Value filterArray(Runtime &runtime, Args args)
{
    if (args[0].isNull()) {
        return Value();
    }
    const ValueList *list = nullptr;
    if (!listArg(runtime, args, 0, "ARRAY", list)) {
        return Value();
    }
    ValueList kept;
    for (const Value &item : *list) {
        const Value keep = runtime.invoke(args[1], Args(&item, 1));
        if (runtime.failed()) {
            return Value();
        }
        if (isTruthy(keep)) {
            kept.push_back(item);
        }
    }
    return Value(std::move(kept));
}

Value transformArray(Runtime &runtime, Args args)
{
    if (args[0].isNull()) {
        return Value();
    }
    const ValueList *list = nullptr;
    if (!listArg(runtime, args, 0, "ARRAY", list)) {
        return Value();
    }
    ValueList mapped;
    mapped.reserve(list->size());
    for (const Value &item : *list) {
        mapped.push_back(runtime.invoke(args[1], Args(&item, 1)));
        if (runtime.failed()) {
            return Value();
        }
    }
    return Value(std::move(mapped));
}

void registerBeta(FunctionRegistry &registry)
{
    registry.add({.name = "array_to_string",
                  .category = kCategory,
                  .syntax = "array_to_string(SEPARATOR, ARRAY)",
                  .description = "Flattens an array and joins the string forms of its elements.",
                  .returns = "java.lang.String",
                  .example = "array_to_string(\";\", [\"Hello\", \"world\"])",
                  .result = "\"Hello;world\"",
                  .params = {{"SEPARATOR", "java.lang.String", "Placed between elements."},
                             {"ARRAY", kArray, "The array."}},
                  .minArgs = 2,
                  .maxArgs = 2,
                  .run = &arrayToString,
                  .beta = true});
    registry.add(
        {.name = "filterArray",
         .category = kCategory,
         .syntax = "filterArray(ARRAY, PREDICATE)",
         .description = "The elements for which the lambda is true.",
         .returns = kArray,
         .example = "filterArray([5, -6, 0, 7], x -> x > 0)",
         .result = "[5, 7]",
         .params = {{"ARRAY", kArray, "The array."}, {"PREDICATE", "lambda", "x -> condition"}},
         .minArgs = 2,
         .maxArgs = 2,
         .run = &filterArray,
         .beta = true,
         .lambdaArgument = 1});
    registry.add(
        {.name = "transformArray",
         .category = kCategory,
         .syntax = "transformArray(ARRAY, PREDICATE)",
         .description = "Each element mapped through the lambda.",
         .returns = kArray,
         .example = "transformArray([5, 6, 7], x -> x + 1)",
         .result = "[6, 7, 8]",
         .params = {{"ARRAY", kArray, "The array."}, {"PREDICATE", "lambda", "x -> new value"}},
         .minArgs = 2,
         .maxArgs = 2,
         .run = &transformArray,
         .beta = true,
         .lambdaArgument = 1});
    registry.add({.name = "flattenArray",
                  .category = kCategory,
                  .syntax = "flattenArray(ARRAY)",
                  .description = "Flattens nested arrays completely.",
                  .returns = kArray,
                  .example = "flattenArray([[['a', 'b'], ['c', 'd']], [['e'], ['f']]])",
                  .result = "[\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"]",
                  .params = {{"ARRAY", kArray, "The array."}},
                  .minArgs = 1,
                  .maxArgs = 1,
                  .run = &flattenArray,
                  .beta = true});
}

} // namespace

void registerArrayFunctions(FunctionRegistry &registry)
{
    // One registration per function: a table, long by nature, read entry by entry.
    const std::vector<FunctionParam> values = {{"VALUES", kObject, "The values, or one array."}};
    registry.add({.name = "coalesce",
                  .category = kCategory,
                  .syntax = "coalesce(INPUT1, INPUT2, ...)",
                  .description = "The first argument that is not null.",
                  .returns = kObject,
                  .example = "coalesce(null, null, null, \"first\", null, \"second\")",
                  .result = "\"first\"",
                  .params = values,
                  .minArgs = 1,
                  .maxArgs = -1,
                  .run = &coalesce});
    registry.add({.name = "first",
                  .category = kCategory,
                  .syntax = "first(INPUT)",
                  .description = "The first element; null for none.",
                  .returns = kObject,
                  .example = "first(\"1\", \"2\", \"3\")",
                  .result = "\"1\"",
                  .params = values,
                  .minArgs = 1,
                  .maxArgs = -1,
                  .run = &first});
    registry.add({.name = "last",
                  .category = kCategory,
                  .syntax = "last(INPUT)",
                  .description = "The last element; null for none.",
                  .returns = kObject,
                  .example = "last(\"1\", \"2\", \"3\")",
                  .result = "\"3\"",
                  .params = values,
                  .minArgs = 1,
                  .maxArgs = -1,
                  .run = &last});
    registry.add({.name = "add_to_array",
                  .category = kCategory,
                  .syntax = "add_to_array(ARRAY, VALUES)",
                  .description =
                      "The array with the values appended (an array value is added as one "
                      "element).",
                  .returns = kArray,
                  .example = "add_to_array(['a', 'b'], 'c', 'd')",
                  .result = "[\"a\", \"b\", \"c\", \"d\"]",
                  .params = {{"ARRAY", kArray, "The array; null starts a new one."},
                             {"VALUES", kObject, "What to append."}},
                  .minArgs = 1,
                  .maxArgs = -1,
                  .run = &addToArray});
    registry.add({.name = "join_arrays",
                  .category = kCategory,
                  .syntax = "join_arrays(ARRAY, VALUES)",
                  .description = "Concatenates arrays.",
                  .returns = kArray,
                  .example = "join_arrays(['a', 'b'], ['c'], ['d', 'e'])",
                  .result = "[\"a\", \"b\", \"c\", \"d\", \"e\"]",
                  .params = {{"ARRAY", kArray, "The arrays, in order."}},
                  .minArgs = 1,
                  .maxArgs = -1,
                  .run = &joinArrays});
    registry.add(
        {.name = "to_array",
         .category = kCategory,
         .syntax = "to_array(INCLUDE_NULLS, VALUES)",
         .description = "An array of the values; nulls are dropped unless INCLUDE_NULLS is true.",
         .returns = kArray,
         .example = "to_array(false, 1, null, 2, 3)",
         .result = "[1, 2, 3]",
         .params = {{"INCLUDE_NULLS", "java.lang.Boolean", "Keep null values."},
                    {"VALUES", kObject, "The elements."}},
         .minArgs = 1,
         .maxArgs = -1,
         .run = &toArray});
    registry.add({.name = "size_of",
                  .category = kCategory,
                  .syntax = "size_of(INPUT)",
                  .description = "The number of elements of an array (entries of a map, characters "
                                 "of a string); 0 for null.",
                  .returns = "java.lang.Integer",
                  .example = "size_of([1, 2, 3, 4])",
                  .result = "4",
                  .params = {{"INPUT", kObject, "The array."}},
                  .minArgs = 1,
                  .maxArgs = 1,
                  .run = &sizeOf});
    registry.add({.name = "upsert_array_append",
                  .category = kCategory,
                  .syntax = "upsert_array_append(ARRAY)",
                  .description =
                      "Marks the array to be appended to the profile's array in a merge; "
                      "a create writes it as it is.",
                  .returns = kArray,
                  .example = "upsert_array_append([123, 456])",
                  .result = "[123, 456]",
                  .params = {{"ARRAY", kArray, "The array."}},
                  .minArgs = 1,
                  .maxArgs = 1,
                  .run = &upsertArray});
    static_assert(behaviour::kUpsertArrayMaxArguments == 2);
    registry.add({.name = "upsert_array_replace",
                  .category = kCategory,
                  .syntax = "upsert_array_replace(ARRAY)",
                  .description = "Marks the array to replace the profile's array in a merge; a "
                                 "create writes it as it is.",
                  .returns = kArray,
                  .example = "upsert_array_replace([123, 456], 1)",
                  .result = "[123, 456]",
                  .params = {{"ARRAY", kArray, "The array."}},
                  .minArgs = 1,
                  .maxArgs = behaviour::kUpsertArrayMaxArguments,
                  .run = &upsertArray});
    registerBeta(registry);
}

} // namespace core::expr
