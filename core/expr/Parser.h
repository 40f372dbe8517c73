// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/expr/Ast.h"
#include "core/expr/Expression.h"
#include "core/expr/Lexer.h"

#include <memory>
#include <optional>
#include <vector>

namespace core::expr::detail {

/// Recursive-descent parser for the JEXL subset Data Prep uses, with JEXL's precedence:
/// ?: ?? and c?a:b, then || && | ^ &, equality, relational and the =~ =^ =$ family, shifts,
/// + -, * / %, unary operators, and postfix member, index and call. Nesting is bounded.
class Parser
{
public:
    explicit Parser(const QString &text);

    /// The tree, or nullptr with error() filled in.
    std::unique_ptr<Node> parse();
    const ExpressionError &error() const { return m_error; }
    int localSlots() const { return m_slots; }

private:
    using NodePtr = std::unique_ptr<Node>;

    NodePtr parseExpression();
    NodePtr parseConditional();
    NodePtr parseOr();
    NodePtr parseAnd();
    NodePtr parseBitOr();
    NodePtr parseBitXor();
    NodePtr parseBitAnd();
    NodePtr parseEquality();
    NodePtr parseRelational();
    NodePtr parseShift();
    NodePtr parseAdditive();
    NodePtr parseMultiplicative();
    NodePtr parseUnary();
    NodePtr parsePostfix();
    NodePtr parsePrimary();
    NodePtr parseIdentifier();
    NodePtr parseNumber();
    NodePtr parseArray();
    NodePtr parseMap();
    NodePtr parseQuotedField();
    NodePtr parseCall(const Token &name);
    NodePtr parseMethod(NodePtr receiver, const Token &name);
    NodePtr parseMember(NodePtr base, bool safe);
    NodePtr parseIndex(NodePtr base, bool safe);
    NodePtr parseLambda();
    bool parseArguments(Node &call, int lambdaArgument);
    bool lambdaAhead() const;

    using Level = NodePtr (Parser::*)();
    NodePtr parseBinaryLevel(Level next, std::initializer_list<std::pair<const char *, Op>> ops);
    std::optional<Op> matchOperator(std::initializer_list<std::pair<const char *, Op>> ops) const;

    const Token &peek(int ahead = 0) const;
    Token take();
    bool isPunct(const char *symbol, int ahead = 0) const;
    bool isWord(const char *word, int ahead = 0) const;
    bool accept(const char *symbol);
    bool expect(const char *symbol, const QString &what);
    bool operandEndsAt(int ahead) const;

    NodePtr fail(const Token &at, const QString &message, const QString &expected,
                 const QString &rule = QStringLiteral("M02"));
    NodePtr failAt(int offset, int length, const QString &message, const QString &expected,
                   const QString &found, const QString &rule = QStringLiteral("M02"));
    NodePtr makeNode(NodeKind kind, const Token &at) const;
    static QString describe(const Token &token);

    const QString &m_text;
    std::vector<Token> m_tokens;
    size_t m_at = 0;
    int m_depth = 0;
    int m_slots = 0;
    bool m_failed = false;
    ExpressionError m_error;
    std::vector<std::pair<QString, int>> m_scope; ///< lambda parameters in scope
};

/// Fills line and column of error from its offset into text.
void locate(ExpressionError &error, const QString &text);

/// JEXL's reserved words and Data Prep's additions, which need ${...} to be read as fields.
bool isReservedWord(const QString &word);

} // namespace core::expr::detail
