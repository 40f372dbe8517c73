// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// Hierarchies - Objects: building, reading and testing objects.
#include "core/expr/Behaviour.h"
#include "core/expr/FunctionSupport.h"

namespace core::expr {

namespace {

constexpr const char *kCategory = "Hierarchies - Objects";
constexpr const char *kObject = "java.lang.Object";
constexpr const char *kString = "java.lang.String";

bool keyOf(Runtime &runtime, const Value &key, size_t position, QString &out)
{
    if (key.isNull() || key.isList() || key.isMap() || key.isLambda()) {
        runtime.fail(QStringLiteral("argument %1 must be a key (a string), found %2")
                         .arg(position + 1)
                         .arg(key.typeName()));
        return false;
    }
    out = key.isString() ? key.asString() : key.toJavaString();
    return true;
}

void putFirst(ValueMap &map, const QString &key, const Value &value)
{
    for (const auto &entry : map) {
        if (entry.first == key) {
            return;
        }
    }
    map.emplace_back(key, value);
}

void putLast(ValueMap &map, const QString &key, const Value &value)
{
    for (auto &entry : map) {
        if (entry.first == key) {
            entry.second = value;
            return;
        }
    }
    map.emplace_back(key, value);
}

Value isEmpty(Runtime &, Args args)
{
    const Value &v = args[0];
    return Value(v.isNull() || (v.isString() && v.asString().isEmpty()) ||
                 (v.isList() && v.asList().empty()) || (v.isMap() && v.asMap().empty()));
}

Value arraysToObjects(Runtime &runtime, Args args)
{
    if (args.size() % 2 != 0) {
        return runtime.fail(
            QStringLiteral("needs KEY, ARRAY pairs; found %1 arguments").arg(args.size()));
    }
    size_t rows = 0;
    for (size_t i = 1; i < args.size(); i += 2) {
        if (!args[i].isNull() && !args[i].isList()) {
            return runtime.fail(QStringLiteral("argument %1 must be an array, found %2")
                                    .arg(i + 1)
                                    .arg(args[i].typeName()));
        }
        rows = std::max(rows, args[i].isList() ? args[i].asList().size() : 0);
    }
    ValueList objects;
    for (size_t row = 0; row < rows; ++row) {
        ValueMap object;
        for (size_t i = 0; i < args.size(); i += 2) {
            QString key;
            if (!keyOf(runtime, args[i], i, key)) {
                return Value();
            }
            // A shorter array leaves its key out of the later objects.
            if (args[i + 1].isList() && row < args[i + 1].asList().size()) {
                putLast(object, key, args[i + 1].asList()[row]);
            }
        }
        objects.emplace_back(std::move(object));
    }
    return Value(std::move(objects));
}

Value pairsToMap(Runtime &runtime, Args args, bool rejectMaps)
{
    if (args.size() % 2 != 0) {
        return runtime.fail(
            QStringLiteral("needs KEY, VALUE pairs; found %1 arguments").arg(args.size()));
    }
    ValueMap map;
    for (size_t i = 0; i < args.size(); i += 2) {
        QString key;
        if (!keyOf(runtime, args[i], i, key)) {
            return Value();
        }
        if (rejectMaps && args[i + 1].isMap()) {
            return runtime.fail(
                QStringLiteral("the value for \"%1\" is a map; object_to_map values "
                               "can be any type except maps")
                    .arg(key));
        }
        putLast(map, key, args[i + 1]);
    }
    return Value(std::move(map));
}

Value toObject(Runtime &runtime, Args args)
{
    return pairsToMap(runtime, args, false);
}

// "k<vd>v<fd>k<vd>v" into an ordered map; keys and values trimmed.
ValueMap parsePairs(const QString &text, const QString &valueDelimiter,
                    const QString &fieldDelimiter)
{
    ValueMap map;
    for (const QString &field : text.split(fieldDelimiter)) {
        const qsizetype at = field.indexOf(valueDelimiter);
        if (at < 0) {
            continue;
        }
        const QString key = field.left(at).trimmed();
        static_assert(behaviour::kStrToObjectSkipsEmptyKeys);
        if (key.isEmpty()) {
            continue;
        }
        putLast(map, key, Value(field.mid(at + valueDelimiter.size()).trimmed()));
    }
    return map;
}

bool delimiter(Runtime &runtime, Args args, size_t i, const char *name, const char *fallback,
               QString &out)
{
    out = QLatin1String(fallback);
    if (isNullArg(args, i)) {
        return true;
    }
    if (!stringArg(runtime, args, i, name, out)) {
        return false;
    }
    if (out.isEmpty()) {
        out = QLatin1String(fallback);
    }
    return true;
}

Value strToObject(Runtime &runtime, Args args)
{
    if (isNullArg(args, 0)) {
        return Value();
    }
    QString text;
    QString valueDelimiter;
    QString fieldDelimiter;
    if (!stringArg(runtime, args, 0, "STRING", text) ||
        !delimiter(runtime, args, 1, "VALUE_DELIMITER", ":", valueDelimiter) ||
        !delimiter(runtime, args, 2, "FIELD_DELIMITER", ",", fieldDelimiter)) {
        return Value();
    }
    return Value(parsePairs(text, valueDelimiter, fieldDelimiter));
}

// A dotted path with \. escapes and numeric steps into arrays.
bool pathExists(const Json &record, const QString &path)
{
    const Json *current = &record;
    QString step;
    const auto descend = [&current](const QString &name) {
        if (current->is_object()) {
            const auto it = current->find(toStdString(name));
            if (it == current->end()) {
                return false;
            }
            current = &*it;
            return true;
        }
        bool numeric = false;
        const int index = name.toInt(&numeric);
        if (current->is_array() && numeric && index >= 0 && size_t(index) < current->size()) {
            current = &(*current)[size_t(index)];
            return true;
        }
        return false;
    };
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path[i] == QLatin1Char('\\') && i + 1 < path.size()) {
            step += path[++i];
        } else if (path[i] == QLatin1Char('.')) {
            if (!descend(step)) {
                return false;
            }
            step.clear();
        } else {
            step += path[i];
        }
    }
    return descend(step);
}

Value containsKey(Runtime &runtime, Args args)
{
    QString path;
    if (isNullArg(args, 0)) {
        return Value(false);
    }
    if (!stringArg(runtime, args, 0, "INPUT", path)) {
        return Value();
    }
    return Value(pathExists(runtime.record(), path));
}

Value nullify(Runtime &, Args)
{
    return Value();
}

Value getKeys(Runtime &runtime, Args args)
{
    if (isNullArg(args, 0)) {
        return Value();
    }
    const ValueMap *map = nullptr;
    if (!mapArg(runtime, args, 0, "OBJECT", map)) {
        return Value();
    }
    ValueList keys;
    for (const auto &entry : *map) {
        keys.emplace_back(entry.first);
    }
    return Value(std::move(keys));
}

Value getValues(Runtime &runtime, Args args)
{
    if (isNullArg(args, 0)) {
        return Value();
    }
    QString text;
    QString key;
    QString valueDelimiter;
    QString fieldDelimiter;
    if (!stringArg(runtime, args, 0, "STRING", text) || !stringArg(runtime, args, 1, "KEY", key) ||
        !delimiter(runtime, args, 2, "VALUE_DELIMITER", ":", valueDelimiter) ||
        !delimiter(runtime, args, 3, "FIELD_DELIMITER", ",", fieldDelimiter)) {
        return Value();
    }
    const Value pairs(parsePairs(text, valueDelimiter, fieldDelimiter));
    const Value *found = pairs.find(key.trimmed());
    return found != nullptr ? *found : Value();
}

void registerReaders(FunctionRegistry &registry)
{
    registry.add({.name = "contains_key",
                  .category = kCategory,
                  .syntax = "contains_key(INPUT)",
                  .description = "Whether the path exists in the source record (a key holding null "
                                 "counts).",
                  .returns = "java.lang.Boolean",
                  .example = "contains_key(\"evars.evar.field1\")",
                  .result = "true",
                  .params = {{"INPUT", kString, "A dotted path; \\. is a literal dot."}},
                  .minArgs = 1,
                  .maxArgs = 1,
                  .run = &containsKey},
                 {"is_set"});
    registry.add({.name = "nullify",
                  .category = kCategory,
                  .syntax = "nullify()",
                  .description = "Returns null, so that the destination is not written.",
                  .returns = kObject,
                  .example = "nullify()",
                  .result = "null",
                  .minArgs = 0,
                  .maxArgs = 0,
                  .run = &nullify});
    registry.add({.name = "get_keys",
                  .category = kCategory,
                  .syntax = "get_keys(OBJECT)",
                  .description = "The keys of an object, in order.",
                  .returns = "java.lang.String[]",
                  .example = "get_keys({\"book1\": \"Pride and Prejudice\", \"book2\": \"1984\"})",
                  .result = "[\"book1\", \"book2\"]",
                  .params = {{"OBJECT", "java.util.Map", "The object."}},
                  .minArgs = 1,
                  .maxArgs = 1,
                  .run = &getKeys});
    registry.add(
        {.name = "get_values",
         .category = kCategory,
         .syntax = "get_values(STRING, KEY, VALUE_DELIMITER, FIELD_DELIMITER)",
         .description = "Reads a delimited key/value string and returns the value for KEY "
                        "(trimmed), or null.",
         .returns = kString,
         .example = "get_values(\"firstName - John , lastName - Cena , phone - 555 420 8692\", "
                    "\"firstName\", \"-\", \",\")",
         .result = "\"John\"",
         .params = {{"STRING", kString, "The key/value text."},
                    {"KEY", kString, "The key to look up."},
                    {"VALUE_DELIMITER", kString, "Between key and value; null or empty is \":\"."},
                    {"FIELD_DELIMITER", kString, "Between pairs; null or empty is \",\"."}},
         .minArgs = 2,
         .maxArgs = 4,
         .run = &getValues});
}

} // namespace

Value objectsFromPairs(Runtime &runtime, Args args, bool rejectMaps)
{
    return pairsToMap(runtime, args, rejectMaps);
}

void putFirstEntry(ValueMap &map, const QString &key, const Value &value)
{
    putFirst(map, key, value);
}

void registerObjectFunctions(FunctionRegistry &registry)
{
    registry.add(
        {.name = "is_empty",
         .category = kCategory,
         .syntax = "is_empty(INPUT)",
         .description = "Whether a string, array or object is empty (null counts as empty).",
         .returns = "java.lang.Boolean",
         .example = "is_empty([1, null, 2, 3])",
         .result = "false",
         .params = {{"INPUT", kObject, "The value to test."}},
         .minArgs = 1,
         .maxArgs = 1,
         .run = &isEmpty});
    registry.add(
        {.name = "arrays_to_objects",
         .category = kCategory,
         .syntax = "arrays_to_objects(KEY, ARRAY, KEY, ARRAY, ...)",
         .description = "Zips KEY, ARRAY pairs into an array of objects, one per position.",
         .returns = "java.lang.Object[]",
         .example =
             "arrays_to_objects('sku', explode(\"id1|id2\", '\\\\|'), 'price', [22.5,14.35])",
         .result = "[{\"sku\": \"id1\", \"price\": 22.5}, {\"sku\": \"id2\", \"price\": 14.35}]",
         .params = {{"KEY", kString, "The key for the next array's elements."},
                    {"ARRAY", "java.lang.Object[]", "The values."}},
         .minArgs = 2,
         .maxArgs = -1,
         .run = &arraysToObjects},
        {"arrays_to_object"});
    registry.add({.name = "to_object",
                  .category = kCategory,
                  .syntax = "to_object(KEY1, VALUE1, KEY2, VALUE2, ...)",
                  .description = "An object from flat key/value pairs.",
                  .returns = "java.util.Map",
                  .example = "to_object(\"firstName\", \"John\", \"lastName\", \"Doe\")",
                  .result = "{\"firstName\": \"John\", \"lastName\": \"Doe\"}",
                  .params = {{"KEY", kString, "A key."}, {"VALUE", kObject, "Its value."}},
                  .minArgs = 2,
                  .maxArgs = -1,
                  .run = &toObject});
    registry.add(
        {.name = "str_to_object",
         .category = kCategory,
         .syntax = "str_to_object(STRING, VALUE_DELIMITER, FIELD_DELIMITER)",
         .description = "An object from a delimited key/value string; keys and values are "
                        "trimmed, pairs without a key are skipped.",
         .returns = "java.util.Map",
         .example = "str_to_object(\"firstName - John ; lastName - Doe ; phone - 123 456 7890\", "
                    "\"-\", \";\")",
         .result = "{\"firstName\": \"John\", \"lastName\": \"Doe\", \"phone\": \"123 456 7890\"}",
         .params = {{"STRING", kString, "The key/value text."},
                    {"VALUE_DELIMITER", kString, "Between key and value; default \":\"."},
                    {"FIELD_DELIMITER", kString, "Between pairs; default \",\"."}},
         .minArgs = 1,
         .maxArgs = 3,
         .run = &strToObject});
    registerReaders(registry);
}

} // namespace core::expr
