// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// The operands of the grammar: literals, field references, function and method calls, lambdas.
#include "Parser.h"

#include "core/expr/FunctionRegistry.h"

namespace core::expr::detail {

namespace {

const QStringList &statementWords()
{
    static const QStringList words = {
        QStringLiteral("var"),   QStringLiteral("if"),       QStringLiteral("for"),
        QStringLiteral("while"), QStringLiteral("do"),       QStringLiteral("return"),
        QStringLiteral("break"), QStringLiteral("continue"), QStringLiteral("function"),
        QStringLiteral("new"),   QStringLiteral("else")};
    return words;
}

// Splits the inside of ${...} at unescaped dots; "\." is a literal dot.
std::vector<PathSegment> splitQuotedPath(const QString &inside)
{
    std::vector<PathSegment> path;
    QString current;
    for (qsizetype i = 0; i < inside.size(); ++i) {
        const QChar c = inside[i];
        if (c == QLatin1Char('\\') && i + 1 < inside.size()) {
            current += inside[++i];
        } else if (c == QLatin1Char('.')) {
            path.push_back(PathSegment{current, toStdString(current), -1});
            current.clear();
        } else {
            current += c;
        }
    }
    path.push_back(PathSegment{current, toStdString(current), -1});
    return path;
}

PathSegment nameSegment(const QString &name)
{
    return PathSegment{name, toStdString(name), -1};
}

} // namespace

Parser::NodePtr Parser::parsePrimary()
{
    const Token &token = peek();
    switch (token.kind) {
    case TokenKind::Integer:
    case TokenKind::Decimal:
        return parseNumber();
    case TokenKind::String: {
        NodePtr node = makeNode(NodeKind::Literal, token);
        node->literal = Value(token.text);
        take();
        return node;
    }
    case TokenKind::QuotedField:
        return parseQuotedField();
    case TokenKind::Identifier:
        return parseIdentifier();
    case TokenKind::Invalid:
        return fail(token, token.text, QStringLiteral("a value"));
    case TokenKind::End:
        return fail(token, QStringLiteral("the expression ends where a value was expected"),
                    QStringLiteral("a value"));
    case TokenKind::Punct:
        break;
    }
    if (isPunct("(")) {
        if (lambdaAhead()) {
            return fail(token,
                        QStringLiteral("a lambda (x -> ...) is only allowed as an argument "
                                       "of filterArray or transformArray"),
                        QStringLiteral("a value"));
        }
        take();
        NodePtr inner = parseExpression();
        if (!inner ||
            !expect(")",
                    QStringLiteral("')' to close the '(' at column %1").arg(token.offset + 1))) {
            return nullptr;
        }
        return inner;
    }
    if (isPunct("[")) {
        return parseArray();
    }
    if (isPunct("{")) {
        return parseMap();
    }
    return fail(token, QStringLiteral("expected a value, found %1").arg(describe(token)),
                QStringLiteral("a value"));
}

Parser::NodePtr Parser::parseNumber()
{
    const Token token = take();
    NodePtr node = makeNode(NodeKind::Literal, token);
    QString text = token.text;
    QChar suffix;
    if (!text.isEmpty() && text.back().isLetter() &&
        !text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        suffix = text.back().toLower();
        text.chop(1);
    }
    if (token.kind == TokenKind::Integer && suffix != QLatin1Char('f') &&
        suffix != QLatin1Char('d') && suffix != QLatin1Char('b')) {
        std::optional<Int128> value;
        if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
            bool ok = false;
            const qulonglong hex = text.mid(2).toULongLong(&ok, 16);
            value = ok ? std::optional<Int128>(Int128(hex)) : std::nullopt;
        } else {
            value = parseInt128(text);
        }
        if (!value) {
            return fail(token, QStringLiteral("the number %1 is too large").arg(token.text),
                        QStringLiteral("a number within 128 bits"));
        }
        if (suffix == QLatin1Char('l')) {
            if (*value > std::numeric_limits<qint64>::max()) {
                return fail(token, QStringLiteral("%1 does not fit in a long").arg(token.text),
                            QStringLiteral("a long"));
            }
            node->literal = Value::longValue(qint64(*value));
        } else if (suffix == QLatin1Char('h')) {
            node->literal = Value::bigInteger(*value);
        } else {
            node->literal = Value::integral(*value);
        }
        return node;
    }
    if (suffix == QLatin1Char('b')) {
        const std::optional<Decimal> decimal = parseDecimal(text);
        if (!decimal) {
            return fail(token, QStringLiteral("the decimal %1 is out of range").arg(token.text),
                        QStringLiteral("a smaller decimal"));
        }
        node->literal = Value(*decimal);
    } else if (suffix == QLatin1Char('f')) {
        node->literal = Value(text.toFloat());
    } else {
        node->literal = Value(text.toDouble());
    }
    return node;
}

Parser::NodePtr Parser::parseIdentifier()
{
    const Token token = peek();
    const QString &name = token.text;
    if (!token.escaped) {
        if (name == QLatin1String("true") || name == QLatin1String("false")) {
            NodePtr node = makeNode(NodeKind::Literal, take());
            node->literal = Value(name == QLatin1String("true"));
            return node;
        }
        if (name == QLatin1String("null")) {
            return makeNode(NodeKind::Literal, take());
        }
        if (isPunct("->", 1)) {
            return fail(token,
                        QStringLiteral("a lambda (x -> ...) is only allowed as an argument "
                                       "of filterArray or transformArray"),
                        QStringLiteral("a value"));
        }
        for (auto it = m_scope.rbegin(); it != m_scope.rend(); ++it) {
            if (it->first == name) {
                NodePtr node = makeNode(NodeKind::Local, take());
                node->slot = it->second;
                return node;
            }
        }
        if (isPunct("(", 1) && !statementWords().contains(name)) {
            return parseCall(take());
        }
        if (statementWords().contains(name) && !operandEndsAt(1)) {
            return fail(token,
                        QStringLiteral("'%1' starts a statement; statements, assignments "
                                       "and 'var' are not supported, a mapping source is "
                                       "one expression")
                            .arg(name),
                        QStringLiteral("a value"));
        }
        if (isReservedWord(name)) {
            return fail(token,
                        QStringLiteral("'%1' is a reserved word; to read a field of that "
                                       "name write ${%1}")
                            .arg(name),
                        QStringLiteral("${%1}").arg(name), QStringLiteral("M04"));
        }
        if (FunctionRegistry::instance().find(name) != nullptr) {
            return fail(token,
                        QStringLiteral("'%1' is a function name; to read a field of that "
                                       "name write ${%1}")
                            .arg(name),
                        QStringLiteral("${%1}").arg(name), QStringLiteral("M04"));
        }
    }
    NodePtr node = makeNode(NodeKind::Field, take());
    node->path.push_back(nameSegment(name));
    return node;
}

Parser::NodePtr Parser::parseQuotedField()
{
    const Token token = take();
    if (token.text.trimmed().isEmpty()) {
        return fail(token, QStringLiteral("${} needs a field name inside the braces"),
                    QStringLiteral("a field name"));
    }
    NodePtr node = makeNode(NodeKind::Field, token);
    node->path = splitQuotedPath(token.text);
    node->quoted = true;
    return node;
}

Parser::NodePtr Parser::parseArray()
{
    const Token open = take();
    NodePtr node = makeNode(NodeKind::ArrayLit, open);
    if (accept("]")) {
        return node;
    }
    for (;;) {
        NodePtr item = parseExpression();
        if (!item) {
            return nullptr;
        }
        node->children.push_back(std::move(item));
        if (accept("]")) {
            return node;
        }
        if (!expect(",", QStringLiteral("',' or ']' in the array started at column %1")
                             .arg(open.offset + 1))) {
            return nullptr;
        }
    }
}

Parser::NodePtr Parser::parseMap()
{
    const Token open = take();
    NodePtr node = makeNode(NodeKind::MapLit, open);
    if (accept("}")) {
        return node;
    }
    if (isPunct(":") && isPunct("}", 1)) {
        take();
        take();
        return node;
    }
    for (;;) {
        NodePtr key = parseExpression();
        if (!key) {
            return nullptr;
        }
        if (!isPunct(":")) {
            return fail(peek(),
                        QStringLiteral("expected ':' after the key of the map started at "
                                       "column %1 (set literals are not supported)")
                            .arg(open.offset + 1),
                        QStringLiteral("':'"));
        }
        take();
        NodePtr value = parseExpression();
        if (!value) {
            return nullptr;
        }
        node->children.push_back(std::move(key));
        node->children.push_back(std::move(value));
        if (accept("}")) {
            return node;
        }
        if (!expect(",", QStringLiteral("',' or '}' in the map started at column %1")
                             .arg(open.offset + 1))) {
            return nullptr;
        }
    }
}

Parser::NodePtr Parser::parseCall(const Token &name)
{
    const FunctionSpec *spec = FunctionRegistry::instance().find(name.text);
    if (spec == nullptr) {
        const QString nearest = FunctionRegistry::instance().nearest(name.text);
        const QString hint =
            nearest.isEmpty() ? QString() : QStringLiteral("; did you mean '%1'?").arg(nearest);
        return fail(name, QStringLiteral("unknown function '%1'%2").arg(name.text, hint),
                    nearest.isEmpty() ? QStringLiteral("a known function") : nearest);
    }
    NodePtr node = makeNode(NodeKind::Call, name);
    node->name = name.text;
    node->function = spec;
    if (!parseArguments(*node, spec->lambdaArgument)) {
        return nullptr;
    }
    const int count = int(node->children.size());
    if (count < spec->minArgs || (spec->maxArgs >= 0 && count > spec->maxArgs)) {
        QString expected;
        if (spec->maxArgs < 0) {
            expected = QStringLiteral("at least %1").arg(spec->minArgs);
        } else if (spec->minArgs == spec->maxArgs) {
            expected = QString::number(spec->minArgs);
        } else {
            expected = QStringLiteral("%1 to %2").arg(spec->minArgs).arg(spec->maxArgs);
        }
        return failAt(name.offset, name.length,
                      QStringLiteral("%1 takes %2 argument(s), found %3; syntax: %4")
                          .arg(name.text, expected)
                          .arg(count)
                          .arg(QLatin1String(spec->syntax)),
                      QStringLiteral("%1 argument(s)").arg(expected),
                      QStringLiteral("%1 argument(s)").arg(count));
    }
    return node;
}

bool Parser::parseArguments(Node &call, int lambdaArgument)
{
    const Token open = take(); // '(' (or the method's)
    if (accept(")")) {
        return true;
    }
    for (int index = 0;; ++index) {
        NodePtr argument;
        if (lambdaAhead()) {
            if (index != lambdaArgument) {
                fail(peek(),
                     QStringLiteral("%1 does not take a lambda as argument %2")
                         .arg(call.name)
                         .arg(index + 1),
                     QStringLiteral("a value"));
                return false;
            }
            argument = parseLambda();
        } else {
            argument = parseExpression();
        }
        if (!argument) {
            return false;
        }
        call.children.push_back(std::move(argument));
        if (accept(")")) {
            return true;
        }
        if (!expect(",", QStringLiteral("',' or ')' in the arguments of %1 opened at column %2")
                             .arg(call.name)
                             .arg(open.offset + 1))) {
            return false;
        }
    }
}

bool Parser::lambdaAhead() const
{
    const auto parameter = [this](int at) {
        return peek(at).kind == TokenKind::Identifier && !peek(at).escaped;
    };
    if (parameter(0) && isPunct("->", 1)) {
        return true;
    }
    if (!isPunct("(")) {
        return false;
    }
    int at = 1;
    if (isPunct(")", at)) {
        return isPunct("->", at + 1);
    }
    while (parameter(at)) {
        if (isPunct(")", at + 1)) {
            return isPunct("->", at + 2);
        }
        if (!isPunct(",", at + 1)) {
            return false;
        }
        at += 2;
    }
    return false;
}

Parser::NodePtr Parser::parseLambda()
{
    const Token start = peek();
    QStringList names;
    if (accept("(")) {
        while (!accept(")")) {
            names.append(take().text);
            accept(",");
        }
    } else {
        names.append(take().text);
    }
    take(); // '->'
    NodePtr node = makeNode(NodeKind::Lambda, start);
    node->slot = m_slots;
    node->parameters = int(names.size());
    const size_t scopeSize = m_scope.size();
    for (const QString &parameter : names) {
        m_scope.emplace_back(parameter, m_slots++);
    }
    NodePtr body = parseExpression();
    m_scope.resize(scopeSize);
    if (!body) {
        return nullptr;
    }
    node->children.push_back(std::move(body));
    return node;
}

Parser::NodePtr Parser::parseMember(NodePtr base, bool safe)
{
    const Token name = peek();
    QString member;
    int index = -1;
    if (name.kind == TokenKind::Identifier || name.kind == TokenKind::String) {
        member = name.text;
    } else if (name.kind == TokenKind::Integer && !name.text.startsWith(QLatin1String("0x"))) {
        index = name.text.toInt();
        member = name.text;
    } else if (name.kind == TokenKind::QuotedField) {
        member = splitQuotedPath(name.text).front().name;
    } else {
        return fail(name,
                    QStringLiteral("expected a field name after '.', found %1").arg(describe(name)),
                    QStringLiteral("a field name"));
    }
    take();
    if (name.kind == TokenKind::Identifier && isPunct("(")) {
        return parseMethod(std::move(base), name);
    }
    if (base->kind == NodeKind::Field && !safe) {
        PathSegment segment = nameSegment(member);
        segment.index = index;
        base->path.push_back(segment);
        base->length = name.offset + name.length - base->offset;
        return base;
    }
    NodePtr node = makeNode(NodeKind::Member, name);
    node->name = member;
    node->slot = index;
    node->safe = safe;
    node->children.push_back(std::move(base));
    return node;
}

Parser::NodePtr Parser::parseIndex(NodePtr base, bool safe)
{
    const Token open = take();
    NodePtr index = parseExpression();
    if (!index ||
        !expect("]", QStringLiteral("']' to close the '[' at column %1").arg(open.offset + 1))) {
        return nullptr;
    }
    if (base->kind == NodeKind::Field && index->kind == NodeKind::Literal) {
        const Value &key = index->literal;
        if (key.isIntegral() && key.asInt128() >= 0 && key.asInt128() < (1 << 30)) {
            const int at = int(key.asInt128());
            base->path.push_back(PathSegment{QString::number(at), std::to_string(at), at});
            return base;
        }
        if (key.isString()) {
            base->path.push_back(nameSegment(key.asString()));
            return base;
        }
    }
    NodePtr node = makeNode(NodeKind::Index, open);
    node->safe = safe;
    node->children.push_back(std::move(base));
    node->children.push_back(std::move(index));
    return node;
}

Parser::NodePtr Parser::parseMethod(NodePtr receiver, const Token &name)
{
    MethodKind kind = MethodKind::Equals;
    if (name.text == QLatin1String("equals")) {
        kind = MethodKind::Equals;
    } else if (name.text == QLatin1String("equalsIgnoreCase")) {
        kind = MethodKind::EqualsIgnoreCase;
    } else if (name.text == QLatin1String("get")) {
        kind = MethodKind::Get;
    } else {
        return fail(name,
                    QStringLiteral("the method .%1() is not supported; Patchbay supports "
                                   ".equals(), .equalsIgnoreCase() and .get() on values")
                        .arg(name.text),
                    QStringLiteral("equals, equalsIgnoreCase or get"));
    }
    NodePtr node = makeNode(NodeKind::Method, name);
    node->name = name.text;
    node->method = kind;
    node->children.push_back(std::move(receiver));
    if (!parseArguments(*node, -1)) {
        return nullptr;
    }
    if (node->children.size() != 2) {
        return failAt(name.offset, name.length,
                      QStringLiteral(".%1() takes 1 argument, found %2")
                          .arg(name.text)
                          .arg(node->children.size() - 1),
                      QStringLiteral("1 argument"),
                      QStringLiteral("%1 arguments").arg(node->children.size() - 1));
    }
    return node;
}

} // namespace core::expr::detail
