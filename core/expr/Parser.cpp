// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "Parser.h"

#include "core/expr/Behaviour.h"

namespace core::expr::detail {

namespace {

// Keeps the nesting depth in step on every exit path.
class DepthGuard
{
public:
    explicit DepthGuard(int &depth)
        : m_depth(depth)
    {
        ++m_depth;
    }
    ~DepthGuard() { --m_depth; }
    DepthGuard(const DepthGuard &) = delete;
    DepthGuard &operator=(const DepthGuard &) = delete;

private:
    int &m_depth;
};

} // namespace

void locate(ExpressionError &error, const QString &text)
{
    error.line = 1;
    error.column = 1;
    for (int i = 0; i < error.offset && i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\n')) {
            ++error.line;
            error.column = 1;
        } else {
            ++error.column;
        }
    }
}

bool isReservedWord(const QString &word)
{
    static const QStringList words = {
        QStringLiteral("new"),   QStringLiteral("mod"),      QStringLiteral("or"),
        QStringLiteral("break"), QStringLiteral("var"),      QStringLiteral("lt"),
        QStringLiteral("for"),   QStringLiteral("false"),    QStringLiteral("while"),
        QStringLiteral("eq"),    QStringLiteral("gt"),       QStringLiteral("div"),
        QStringLiteral("not"),   QStringLiteral("null"),     QStringLiteral("continue"),
        QStringLiteral("else"),  QStringLiteral("and"),      QStringLiteral("ne"),
        QStringLiteral("true"),  QStringLiteral("le"),       QStringLiteral("if"),
        QStringLiteral("ge"),    QStringLiteral("return"),   QStringLiteral("_errors"),
        QStringLiteral("do"),    QStringLiteral("function"), QStringLiteral("empty"),
        QStringLiteral("size")};
    return words.contains(word);
}

Parser::Parser(const QString &text)
    : m_text(text)
    , m_tokens(Lexer(text).tokens())
{}

std::unique_ptr<Node> Parser::parse()
{
    NodePtr root = parseExpression();
    if (!root) {
        return nullptr;
    }
    const Token &rest = peek();
    if (rest.kind == TokenKind::End) {
        return root;
    }
    if (isPunct(";")) {
        return fail(rest,
                    QStringLiteral("statements are not supported: a mapping source is one "
                                   "expression, so ';' cannot separate several"),
                    QStringLiteral("the end of the expression"));
    }
    if (isPunct("=") || isPunct("+=") || isPunct("-=") || isPunct("*=") || isPunct("/=") ||
        isPunct("%=") || isPunct("&=") || isPunct("|=") || isPunct("^=") || isPunct("<<=") ||
        isPunct(">>=") || isPunct(">>>=") || isPunct("++")) {
        return fail(rest,
                    QStringLiteral("assignments are not supported: a mapping source only "
                                   "computes a value (did you mean '=='?)"),
                    QStringLiteral("an operator or the end of the expression"));
    }
    return fail(rest,
                QStringLiteral("expected an operator or the end of the expression, found %1")
                    .arg(describe(rest)),
                QStringLiteral("an operator or the end of the expression"));
}

// --- tokens ---------------------------------------------------------------------------------

const Token &Parser::peek(int ahead) const
{
    const size_t at = std::min(m_at + size_t(ahead), m_tokens.size() - 1);
    return m_tokens[at];
}

Token Parser::take()
{
    Token token = peek();
    if (m_at < m_tokens.size() - 1) {
        ++m_at;
    }
    return token;
}

bool Parser::isPunct(const char *symbol, int ahead) const
{
    const Token &token = peek(ahead);
    return token.kind == TokenKind::Punct && token.text == QLatin1String(symbol);
}

bool Parser::isWord(const char *word, int ahead) const
{
    const Token &token = peek(ahead);
    return token.kind == TokenKind::Identifier && !token.escaped &&
           token.text == QLatin1String(word);
}

bool Parser::accept(const char *symbol)
{
    if (isPunct(symbol)) {
        take();
        return true;
    }
    return false;
}

bool Parser::expect(const char *symbol, const QString &what)
{
    if (accept(symbol)) {
        return true;
    }
    const Token &found = peek();
    fail(found, QStringLiteral("expected %1, found %2").arg(what, describe(found)), what);
    return false;
}

QString Parser::describe(const Token &token)
{
    switch (token.kind) {
    case TokenKind::End:
        return QStringLiteral("the end of the expression");
    case TokenKind::String:
        return QStringLiteral("the string \"%1\"").arg(token.text.left(40));
    case TokenKind::QuotedField:
        return QStringLiteral("the field ${%1}").arg(token.text.left(40));
    case TokenKind::Invalid:
        return QStringLiteral("an invalid token");
    default:
        return QStringLiteral("'%1'").arg(token.text.left(40));
    }
}

Parser::NodePtr Parser::fail(const Token &at, const QString &message, const QString &expected,
                             const QString &rule)
{
    // A token the lexer could not read explains itself better than "found an invalid token".
    const QString &reason = at.kind == TokenKind::Invalid ? at.text : message;
    return failAt(at.offset, std::max(1, at.length), reason, expected, describe(at), rule);
}

Parser::NodePtr Parser::failAt(int offset, int length, const QString &message,
                               const QString &expected, const QString &found, const QString &rule)
{
    if (!m_failed) {
        m_failed = true;
        m_error.rule = rule;
        m_error.message = message;
        m_error.expected = expected;
        m_error.found = found;
        m_error.offset = offset;
        m_error.length = length;
        locate(m_error, m_text);
    }
    return nullptr;
}

Parser::NodePtr Parser::makeNode(NodeKind kind, const Token &at) const
{
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->offset = at.offset;
    node->length = std::max(1, at.length);
    return node;
}

// --- operator levels ------------------------------------------------------------------------

Parser::NodePtr Parser::parseExpression()
{
    DepthGuard guard(m_depth);
    if (m_depth > behaviour::kMaxNestingDepth) {
        return fail(peek(),
                    QStringLiteral("the expression is nested too deeply (more than %1 "
                                   "levels)")
                        .arg(behaviour::kMaxNestingDepth),
                    QStringLiteral("a shallower expression"));
    }
    return parseConditional();
}

Parser::NodePtr Parser::parseConditional()
{
    NodePtr condition = parseOr();
    if (!condition) {
        return nullptr;
    }
    const Token at = peek();
    if (accept("?:") || accept("??")) {
        const bool elvis = at.text == QLatin1String("?:");
        NodePtr fallback = parseExpression();
        if (!fallback) {
            return nullptr;
        }
        NodePtr node = makeNode(elvis ? NodeKind::Elvis : NodeKind::Coalesce, at);
        node->offset = condition->offset;
        node->children.push_back(std::move(condition));
        node->children.push_back(std::move(fallback));
        return node;
    }
    if (!accept("?")) {
        return condition;
    }
    NodePtr whenTrue = parseExpression();
    if (!whenTrue || !expect(":", QStringLiteral("':' of the conditional c ? a : b"))) {
        return nullptr;
    }
    NodePtr whenFalse = parseExpression();
    if (!whenFalse) {
        return nullptr;
    }
    NodePtr node = makeNode(NodeKind::Conditional, at);
    node->offset = condition->offset;
    node->children.push_back(std::move(condition));
    node->children.push_back(std::move(whenTrue));
    node->children.push_back(std::move(whenFalse));
    return node;
}

std::optional<Op>
Parser::matchOperator(std::initializer_list<std::pair<const char *, Op>> ops) const
{
    const Token &token = peek();
    if (token.kind != TokenKind::Punct && (token.kind != TokenKind::Identifier || token.escaped)) {
        return std::nullopt;
    }
    for (const auto &[symbol, op] : ops) {
        if (token.text == QLatin1String(symbol)) {
            return op;
        }
    }
    return std::nullopt;
}

Parser::NodePtr Parser::parseBinaryLevel(Level next,
                                         std::initializer_list<std::pair<const char *, Op>> ops)
{
    NodePtr left = (this->*next)();
    while (left) {
        const std::optional<Op> op = matchOperator(ops);
        if (!op) {
            return left;
        }
        const Token at = take();
        NodePtr right = (this->*next)();
        if (!right) {
            return nullptr;
        }
        NodeKind kind = NodeKind::Binary;
        if (*op == Op::None) {
            kind = (at.text == QLatin1String("&&") || at.text == QLatin1String("and"))
                       ? NodeKind::And
                       : NodeKind::Or;
        }
        NodePtr node = makeNode(kind, at);
        node->op = *op;
        node->children.push_back(std::move(left));
        node->children.push_back(std::move(right));
        left = std::move(node);
    }
    return left;
}

Parser::NodePtr Parser::parseOr()
{
    return parseBinaryLevel(&Parser::parseAnd, {{"||", Op::None}, {"or", Op::None}});
}

Parser::NodePtr Parser::parseAnd()
{
    return parseBinaryLevel(&Parser::parseBitOr, {{"&&", Op::None}, {"and", Op::None}});
}

Parser::NodePtr Parser::parseBitOr()
{
    return parseBinaryLevel(&Parser::parseBitXor, {{"|", Op::BitOr}});
}

Parser::NodePtr Parser::parseBitXor()
{
    return parseBinaryLevel(&Parser::parseBitAnd, {{"^", Op::BitXor}});
}

Parser::NodePtr Parser::parseBitAnd()
{
    return parseBinaryLevel(&Parser::parseEquality, {{"&", Op::BitAnd}});
}

Parser::NodePtr Parser::parseEquality()
{
    return parseBinaryLevel(&Parser::parseRelational, {{"==", Op::Equal},
                                                       {"eq", Op::Equal},
                                                       {"!=", Op::NotEqual},
                                                       {"ne", Op::NotEqual},
                                                       {"===", Op::StrictEqual},
                                                       {"!==", Op::StrictNotEqual}});
}

Parser::NodePtr Parser::parseRelational()
{
    return parseBinaryLevel(&Parser::parseShift, {{"<", Op::Less},
                                                  {"lt", Op::Less},
                                                  {"<=", Op::LessEqual},
                                                  {"le", Op::LessEqual},
                                                  {">", Op::Greater},
                                                  {"gt", Op::Greater},
                                                  {">=", Op::GreaterEqual},
                                                  {"ge", Op::GreaterEqual},
                                                  {"=~", Op::Matches},
                                                  {"!~", Op::NotMatches},
                                                  {"=^", Op::StartsWith},
                                                  {"!^", Op::NotStartsWith},
                                                  {"=$", Op::EndsWith},
                                                  {"!$", Op::NotEndsWith}});
}

Parser::NodePtr Parser::parseShift()
{
    return parseBinaryLevel(
        &Parser::parseAdditive,
        {{"<<", Op::ShiftLeft}, {">>", Op::ShiftRight}, {">>>", Op::ShiftRightUnsigned}});
}

Parser::NodePtr Parser::parseAdditive()
{
    return parseBinaryLevel(&Parser::parseMultiplicative, {{"+", Op::Add}, {"-", Op::Subtract}});
}

Parser::NodePtr Parser::parseMultiplicative()
{
    return parseBinaryLevel(&Parser::parseUnary, {{"*", Op::Multiply},
                                                  {"/", Op::Divide},
                                                  {"div", Op::Divide},
                                                  {"%", Op::Modulo},
                                                  {"mod", Op::Modulo}});
}

Parser::NodePtr Parser::parseUnary()
{
    DepthGuard guard(m_depth);
    if (m_depth > behaviour::kMaxNestingDepth) {
        return fail(peek(),
                    QStringLiteral("the expression is nested too deeply (more than %1 "
                                   "levels)")
                        .arg(behaviour::kMaxNestingDepth),
                    QStringLiteral("a shallower expression"));
    }
    const Token at = peek();
    Op op = Op::None;
    if (isPunct("-")) {
        op = Op::Negate;
    } else if (isPunct("+")) {
        op = Op::Plus;
    } else if (isPunct("~")) {
        op = Op::BitNot;
    } else if (isPunct("!") || isWord("not")) {
        op = Op::Not;
    } else if ((isWord("empty") || isWord("size")) && !operandEndsAt(1)) {
        op = at.text == QLatin1String("empty") ? Op::Empty : Op::Size;
    }
    if (op == Op::None) {
        return parsePostfix();
    }
    take();
    NodePtr operand = parseUnary();
    if (!operand) {
        return nullptr;
    }
    // Fold a negated number literal, so that -2147483648 is an Integer as in Java.
    if (op == Op::Negate && operand->kind == NodeKind::Literal && operand->literal.isIntegral()) {
        operand->literal = Value::integral(-operand->literal.asInt128());
        operand->offset = at.offset;
        return operand;
    }
    NodePtr node = makeNode(NodeKind::Unary, at);
    node->op = op;
    node->children.push_back(std::move(operand));
    return node;
}

Parser::NodePtr Parser::parsePostfix()
{
    NodePtr node = parsePrimary();
    while (node) {
        if (isPunct(".") || isPunct("?.")) {
            const bool safe = take().text == QLatin1String("?.");
            if (isPunct("[")) {
                node = parseIndex(std::move(node), safe);
                continue;
            }
            node = parseMember(std::move(node), safe);
        } else if (isPunct("[")) {
            node = parseIndex(std::move(node), false);
        } else if (isPunct("(")) {
            return fail(peek(),
                        QStringLiteral("only functions can be called; this value is not a "
                                       "function name"),
                        QStringLiteral("an operator"));
        } else {
            return node;
        }
    }
    return nullptr;
}

bool Parser::operandEndsAt(int ahead) const
{
    const Token &token = peek(ahead);
    if (token.kind == TokenKind::End) {
        return true;
    }
    if (token.kind == TokenKind::Identifier && !token.escaped) {
        static const QStringList words = {
            QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("eq"), QStringLiteral("ne"),
            QStringLiteral("lt"),  QStringLiteral("le"), QStringLiteral("gt"), QStringLiteral("ge"),
            QStringLiteral("div"), QStringLiteral("mod")};
        return words.contains(token.text);
    }
    if (token.kind != TokenKind::Punct) {
        return false;
    }
    static const QStringList starts = {
        QStringLiteral("("), QStringLiteral("["), QStringLiteral("{"), QStringLiteral("!"),
        QStringLiteral("~"), QStringLiteral("-"), QStringLiteral("+")};
    return !starts.contains(token.text);
}

} // namespace core::expr::detail
