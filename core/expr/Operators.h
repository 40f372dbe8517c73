// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/expr/Ast.h"
#include "core/expr/Value.h"

#include <optional>

namespace core::expr {

class Runtime;

/// JEXL truthiness: false, null, 0, "", "false" and empty arrays and maps are false.
bool isTruthy(const Value &value);

/// JEXL ==: numbers by value across types, numeric strings against numbers, deep on arrays
/// and maps, dates by instant.
bool looseEquals(const Value &a, const Value &b);

/// Java's Object.equals, for .equals() and decode(): types must agree (Integer 1 is not Long 1
/// is not "1"); arrays and maps compare member by member.
bool javaEquals(const Value &a, const Value &b);

/// Natural ordering (Comparable): numbers by value, strings by UTF-16 code units, dates by
/// instant, booleans false < true. nullopt when the two cannot be compared.
std::optional<int> compareValues(const Value &a, const Value &b);

/// A number from a value for arithmetic: numbers as they are, numeric strings parsed. nullopt
/// for anything else.
std::optional<Value> toNumber(const Value &value);

/// Evaluates a binary operator on two evaluated operands (not && || which short-circuit).
Value binaryOperator(detail::Op op, const Value &a, const Value &b, Runtime &runtime);

/// Evaluates a unary operator.
Value unaryOperator(detail::Op op, const Value &operand, Runtime &runtime);

/// The string form used by concatenation: Java toString, with null as "" (with a warning).
QString concatString(const Value &value, Runtime &runtime);

} // namespace core::expr
