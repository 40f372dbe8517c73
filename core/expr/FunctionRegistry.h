// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/expr/Value.h"
#include "core/json/Json.h"

#include <QHash>
#include <QString>

#include <deque>
#include <span>
#include <vector>

namespace core::expr {

class Runtime;
using Args = std::span<const Value>;
using NativeFunction = Value (*)(Runtime &runtime, Args args);

/// One parameter as AEP's functions listing describes it.
struct FunctionParam
{
    const char *name;
    const char *type; ///< the Java type, e.g. "java.lang.String"
    const char *description;
};

/// A function of the Data Prep library: how to call it, what the catalogue says about it, and
/// the native code that evaluates it. The same entry serves the compiler (arity), the evaluator
/// and GET /languages/el/functions.
struct FunctionSpec
{
    const char *name = "";
    const char *category = ""; ///< the API's category label, e.g. "String"
    const char *syntax = "";
    const char *description = "";
    const char *returns = ""; ///< the Java return type
    const char *example = "";
    const char *result = "";
    std::vector<FunctionParam> params;
    int minArgs = 0;
    int maxArgs = 0; ///< -1: variadic
    NativeFunction run = nullptr;
    const char *aliasOf = nullptr; ///< set on aliases (lcase is lower)
    bool hidden = false;           ///< not published by Adobe; callable, left out of the catalogue
    bool beta = false;
    int lambdaArgument = -1; ///< the argument that must be a lambda, if any
    /// object_to_map(ARRAY, type): a bare field name in argument 1 is the key attribute's name.
    bool keyAttributeByName = false;
};

/// Every function, built once on first use and then only read (safe across threads).
class FunctionRegistry
{
public:
    static const FunctionRegistry &instance();

    const FunctionSpec *find(const QString &name) const;
    /// The known name nearest to name by edit distance, or an empty string when none is close.
    QString nearest(const QString &name) const;
    /// In registration order, aliases included.
    const std::deque<FunctionSpec> &all() const { return m_functions; }

    /// Registers spec, and an alias entry for each name in aliases.
    void add(FunctionSpec spec, std::initializer_list<const char *> aliases = {});

private:
    FunctionRegistry();

    std::deque<FunctionSpec> m_functions;
    QHash<QString, const FunctionSpec *> m_byName;
};

/// Levenshtein distance, used for "did you mean" suggestions.
int editDistance(const QString &a, const QString &b);

// Each function group registers itself through one of these.
void registerStringFunctions(FunctionRegistry &registry);
void registerRegexFunctions(FunctionRegistry &registry);
void registerHashFunctions(FunctionRegistry &registry);
void registerUrlFunctions(FunctionRegistry &registry);
void registerDateFunctions(FunctionRegistry &registry);
void registerObjectFunctions(FunctionRegistry &registry);
void registerMapFunctions(FunctionRegistry &registry);
void registerArrayFunctions(FunctionRegistry &registry);
void registerLogicalFunctions(FunctionRegistry &registry);
void registerConversionFunctions(FunctionRegistry &registry);
void registerSpecialFunctions(FunctionRegistry &registry);
void registerUserAgentFunctions(FunctionRegistry &registry);
void registerAnalyticsFunctions(FunctionRegistry &registry);

} // namespace core::expr
