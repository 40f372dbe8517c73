// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// Hierarchies - Map: functions that build and read XDM map values.
#include "core/expr/Behaviour.h"
#include "core/expr/FunctionSupport.h"

namespace core::expr {

namespace {

constexpr const char *kObjects = "Hierarchies - Objects";
constexpr const char *kMaps = "Hierarchies - Map";
constexpr const char *kMap = "java.util.Map";

QStringList requestedKeys(const Value &key)
{
    QStringList keys;
    if (key.isList()) {
        for (const Value &item : key.asList()) {
            if (!item.isNull()) {
                keys.append(item.isString() ? item.asString() : item.toJavaString());
            }
        }
    } else if (!key.isNull()) {
        keys.append(key.isString() ? key.asString() : key.toJavaString());
    }
    return keys;
}

Value mapGetValues(Runtime &runtime, Args args)
{
    if (isNullArg(args, 0)) {
        return Value();
    }
    const ValueMap *map = nullptr;
    if (!mapArg(runtime, args, 0, "MAP", map)) {
        return Value();
    }
    ValueMap found;
    const Value source = args[0];
    for (const QString &key : requestedKeys(args[1])) {
        if (const Value *value = source.find(key)) {
            putFirstEntry(found, key, *value);
        }
    }
    return Value(std::move(found));
}

Value mapHasKeys(Runtime &runtime, Args args)
{
    if (isNullArg(args, 0)) {
        return Value(false);
    }
    const ValueMap *map = nullptr;
    if (!mapArg(runtime, args, 0, "MAP", map)) {
        return Value();
    }
    for (const QString &key : requestedKeys(args[1])) {
        if (args[0].find(key) != nullptr) {
            return Value(true);
        }
    }
    return Value(false);
}

Value addToMap(Runtime &runtime, Args args)
{
    ValueMap merged;
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i].isNull()) {
            continue;
        }
        const ValueMap *map = nullptr;
        if (!mapArg(runtime, args, i, i == 0 ? "MAP1" : "MAP", map)) {
            return Value();
        }
        for (const auto &[key, value] : *map) {
            putFirstEntry(merged, key, value);
        }
    }
    return Value(std::move(merged));
}

Value keyedByAttribute(Runtime &runtime, Args args)
{
    if (isNullArg(args, 0)) {
        return Value();
    }
    const ValueList *list = nullptr;
    QString attribute;
    if (!listArg(runtime, args, 0, "INPUTS", list) ||
        !stringArg(runtime, args, 1, "KEY", attribute)) {
        return Value();
    }
    ValueMap map;
    static_assert(behaviour::kMapFirstKeyWins);
    for (const Value &element : *list) {
        const Value *key = element.find(attribute);
        if (key == nullptr || key->isNull()) {
            continue;
        }
        putFirstEntry(map, key->isString() ? key->asString() : key->toJavaString(), element);
    }
    return Value(std::move(map));
}

Value objectToMap(Runtime &runtime, Args args)
{
    if (args.size() == 1) {
        if (args[0].isNull()) {
            return Value();
        }
        const ValueMap *map = nullptr;
        return mapArg(runtime, args, 0, "OBJECT_INPUT", map) ? args[0] : Value();
    }
    if (args.size() == 2 && (args[0].isList() || args[0].isNull())) {
        return keyedByAttribute(runtime, args);
    }
    return objectsFromPairs(runtime, args, true);
}

Value toMap(Runtime &runtime, Args args)
{
    return objectsFromPairs(runtime, args, false);
}

} // namespace

void registerMapFunctions(FunctionRegistry &registry)
{
    // One registration per function: a table, long by nature, read entry by entry.
    registry.add({.name = "map_get_values",
                  .category = kObjects,
                  .syntax = "map_get_values(MAP, KEY)",
                  .description = "The entries of a map for one key or an array of keys, as a map.",
                  .returns = kMap,
                  .example = "map_get_values(book_details, \"author\")",
                  .result = "{\"author\": \"George R. R. Martin\"}",
                  .params = {{"MAP", kMap, "The map."},
                             {"KEY", "java.lang.Object", "A key or an array of keys."}},
                  .minArgs = 2,
                  .maxArgs = 2,
                  .run = &mapGetValues});
    registry.add({.name = "map_has_keys",
                  .category = kObjects,
                  .syntax = "map_has_keys(MAP, KEY)",
                  .description = "Whether the map has the key, or any of an array of keys.",
                  .returns = "java.lang.Boolean",
                  .example = "map_has_keys(book_details, \"author\")",
                  .result = "true",
                  .params = {{"MAP", kMap, "The map."},
                             {"KEY", "java.lang.Object", "A key or an array of keys."}},
                  .minArgs = 2,
                  .maxArgs = 2,
                  .run = &mapHasKeys});
    registry.add({.name = "add_to_map",
                  .category = kObjects,
                  .syntax = "add_to_map(MAP1, MAP2, ...)",
                  .description = "Merges maps; for a repeated key the first occurrence wins.",
                  .returns = kMap,
                  .example = "add_to_map(book_details, book_details2)",
                  .result = "{\"author\": \"George R. R. Martin\", \"price\": 17.99, \"ISBN\": "
                            "\"ISBN-978-0553801477\", \"publisher\": \"William Morrow\"}",
                  .params = {{"MAP", kMap, "The maps, in priority order."}},
                  .minArgs = 2,
                  .maxArgs = -1,
                  .run = &addToMap});
    registry.add({.name = "object_to_map",
                  .category = kMaps,
                  .syntax = "object_to_map(KEY, ANY_TYPE, ...) | object_to_map(OBJECT) | "
                            "object_to_map(OBJECT_ARRAY, ATTRIBUTE_IN_OBJECT_TO_BE_USED_AS_A_KEY)",
                  .description = "A map from key/value pairs, from an object's fields, or from an "
                                 "array of objects keyed by one of their attributes.",
                  .returns = kMap,
                  .example = "object_to_map(\"firstName\", \"John\", \"lastName\", \"Doe\")",
                  .result = "{\"firstName\": \"John\", \"lastName\": \"Doe\"}",
                  .params = {{"INPUT", "java.lang.Object",
                              "Pairs, an object, or an array and a key attribute."}},
                  .minArgs = 1,
                  .maxArgs = -1,
                  .run = &objectToMap,
                  .keyAttributeByName = true});
    registry.add({.name = "array_to_map",
                  .category = kMaps,
                  .syntax = "array_to_map(OBJECT[] INPUTS, KEY)",
                  .description =
                      "A map from an array of objects, keyed by the KEY attribute of each; "
                      "null for a null array.",
                  .returns = kMap,
                  .example = "array_to_map(addresses, \"type\")",
                  .result = "{\"home\": {...}, \"work\": {...}}",
                  .params = {{"INPUTS", "java.lang.Object[]", "The objects."},
                             {"KEY", "java.lang.String", "The attribute whose value is the key."}},
                  .minArgs = 2,
                  .maxArgs = 2,
                  .run = &keyedByAttribute});
    registry.add({.name = "to_map",
                  .category = kMaps,
                  .syntax = "to_map(KEY1, VALUE1, KEY2, VALUE2, ...)",
                  .description = "A map from key/value pairs.",
                  .returns = kMap,
                  .example = "to_map(\"firstName\", \"John\", \"lastName\", \"Doe\")",
                  .result = "{\"firstName\": \"John\", \"lastName\": \"Doe\"}",
                  .params = {{"KEY", "java.lang.String", "A key."},
                             {"VALUE", "java.lang.Object", "Its value."}},
                  .minArgs = 2,
                  .maxArgs = -1,
                  .run = &toMap});
}

} // namespace core::expr
