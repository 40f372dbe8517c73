// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

// Argument checks shared by the function groups. Each returns false after recording a clear
// runtime error ("expected a string for INPUT, found Integer"), so a function body reads:
//
//     QString input;
//     if (!stringArg(runtime, args, 0, "INPUT", input))
//         return Value();

#include "core/expr/FunctionRegistry.h"
#include "core/expr/Runtime.h"
#include "core/expr/Value.h"

#include <optional>

namespace core::expr {

/// True when argument i is missing or null.
inline bool isNullArg(Args args, size_t i)
{
    return i >= args.size() || args[i].isNull();
}

/// A string argument. Numbers and booleans are accepted in their Java string form, as Data
/// Prep's functions take Objects; arrays, maps and dates are an error.
bool stringArg(Runtime &runtime, Args args, size_t i, const char *name, QString &out);

/// An integral argument within 32 bits: integers, integral decimals and numeric strings.
bool intArg(Runtime &runtime, Args args, size_t i, const char *name, qint64 &out);

/// A boolean argument: booleans and the strings "true"/"false".
bool boolArg(Runtime &runtime, Args args, size_t i, const char *name, bool &out);

/// An array argument.
bool listArg(Runtime &runtime, Args args, size_t i, const char *name, const ValueList *&out);

/// A map argument.
bool mapArg(Runtime &runtime, Args args, size_t i, const char *name, const ValueMap *&out);

/// A date argument: a date, or text that the auto-detection reads.
bool dateArg(Runtime &runtime, Args args, size_t i, const char *name, DateTime &out);

/// Records "expected WHAT for NAME, found TYPE" and returns false.
bool wrongType(Runtime &runtime, const char *name, const char *what, const Value &found);

/// A map from KEY, VALUE argument pairs (keys as strings; later duplicates win). With
/// rejectMaps, a map value is an error (object_to_map's rule).
Value objectsFromPairs(Runtime &runtime, Args args, bool rejectMaps);

/// Adds key unless the map has it already (first occurrence wins).
void putFirstEntry(ValueMap &map, const QString &key, const Value &value);

/// A list of strings as a Value.
Value stringList(const QStringList &items);

} // namespace core::expr
