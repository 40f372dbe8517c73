// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/expr/Expression.h"
#include "core/expr/Value.h"

#include <memory>
#include <string>
#include <vector>

namespace core::expr {
struct FunctionSpec;
}

namespace core::expr::detail {

enum class NodeKind
{
    Literal,     ///< a constant, folded at compile time
    Field,       ///< a path into the record: a.b[0].c, ${First Name}
    Local,       ///< a lambda parameter
    ArrayLit,    ///< [a, b]
    MapLit,      ///< {k: v}; children alternate key, value
    Unary,       ///< op child
    Binary,      ///< child op child
    And,         ///< short-circuit &&
    Or,          ///< short-circuit ||
    Conditional, ///< c ? a : b
    Elvis,       ///< a ?: b
    Coalesce,    ///< a ?? b
    Call,        ///< a registered function
    Method,      ///< receiver.equals(x), .equalsIgnoreCase(x), .get(x)
    Member,      ///< value.name or value?.name on a computed value
    Index,       ///< value[expr]
    Lambda,      ///< x -> body, (x, y) -> body
};

enum class Op
{
    None,
    // unary
    Negate,
    Plus,
    BitNot,
    Not,
    Empty,
    Size,
    // binary
    Multiply,
    Divide,
    Modulo,
    Add,
    Subtract,
    ShiftLeft,
    ShiftRight,
    ShiftRightUnsigned,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Matches,
    NotMatches,
    StartsWith,
    NotStartsWith,
    EndsWith,
    NotEndsWith,
    Equal,
    NotEqual,
    StrictEqual,
    StrictNotEqual,
    BitAnd,
    BitXor,
    BitOr,
};

enum class MethodKind
{
    Equals,
    EqualsIgnoreCase,
    Get
};

/// One step of a field path: a member name or an array index.
struct PathSegment
{
    QString name;
    std::string key; ///< UTF-8 name, for the JSON lookup
    int index = -1;  ///< >= 0 when the step is [n]
};

struct Node
{
    NodeKind kind = NodeKind::Literal;
    int offset = 0; ///< where the node starts in the text (characters)
    int length = 1;
    Op op = Op::None;
    Value literal;
    std::vector<PathSegment> path; ///< Field
    QString name;                  ///< Member / Call name as written
    MethodKind method = MethodKind::Equals;
    const FunctionSpec *function = nullptr;
    int slot = 0;        ///< Local: the parameter's slot; Lambda: the first parameter's slot
    int parameters = 0;  ///< Lambda: how many parameters
    bool safe = false;   ///< Member / Index reached through ?.
    bool quoted = false; ///< Field written as ${...}
    std::vector<std::unique_ptr<Node>> children;
};

/// A compiled expression: the text, its tree and what it reads.
struct Program
{
    std::string text;
    std::unique_ptr<Node> root;
    std::vector<std::string> fields;
    int localSlots = 0;
    ArrayIntent intent = ArrayIntent::None;
};

} // namespace core::expr::detail
