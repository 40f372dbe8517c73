// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "Lexer.h"

#include <array>
#include <cstring>

namespace core::expr::detail {

namespace {

// Longest first, so that ">>>" wins over ">>" and ">".
constexpr std::array<const char *, 33> kSymbols = {
    ">>>=", "===", "!==", ">>>", "<<=", ">>=", "?.", "?:", "??", "->", "==",
    "!=",   "<=",  ">=",  "<<",  ">>",  "=~",  "!~", "=^", "!^", "=$", "!$",
    "&&",   "||",  "+=",  "-=",  "*=",  "/=",  "%=", "&=", "|=", "^=", "++"};
constexpr const char *kSingles = "+-*/%<>!~&|^()[]{},:?.;=@#";

bool startsWith(const QString &text, int at, const char *symbol)
{
    for (int i = 0; symbol[i] != '\0'; ++i) {
        if (at + i >= text.size() || text[at + i] != QLatin1Char(symbol[i])) {
            return false;
        }
    }
    return true;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return u - u'0';
    }
    if (u >= u'a' && u <= u'f') {
        return u - u'a' + 10;
    }
    if (u >= u'A' && u <= u'F') {
        return u - u'A' + 10;
    }
    return -1;
}

} // namespace

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || c.isDigit() || c.isMark();
}

Lexer::Lexer(const QString &text)
    : m_text(text)
{}

std::vector<Token> Lexer::tokens()
{
    std::vector<Token> all;
    for (;;) {
        all.push_back(next());
        if (all.back().kind == TokenKind::End) {
            return all;
        }
    }
}

void Lexer::skipSpace()
{
    while (m_at < m_text.size()) {
        const QChar c = m_text[m_at];
        if (c.isSpace()) {
            ++m_at;
        } else if (c == QLatin1Char('/') && m_at + 1 < m_text.size() &&
                   m_text[m_at + 1] == QLatin1Char('/')) {
            while (m_at < m_text.size() && m_text[m_at] != QLatin1Char('\n')) {
                ++m_at;
            }
        } else if (c == QLatin1Char('/') && m_at + 1 < m_text.size() &&
                   m_text[m_at + 1] == QLatin1Char('*')) {
            const int close = int(m_text.indexOf(QLatin1String("*/"), m_at + 2));
            m_at = close < 0 ? int(m_text.size()) : close + 2;
        } else {
            return;
        }
    }
}

Token Lexer::next()
{
    skipSpace();
    if (m_at >= m_text.size()) {
        return Token{TokenKind::End, QString(), m_at, 0};
    }
    const QChar c = m_text[m_at];
    if (c.isDigit() && c.unicode() < 128) {
        return lexNumber();
    }
    if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
        return lexString();
    }
    if (c == QLatin1Char('$') && m_at + 1 < m_text.size() && m_text[m_at + 1] == QLatin1Char('{')) {
        return lexQuotedField();
    }
    if (isIdentifierStart(c) || c == QLatin1Char('\\')) {
        return lexIdentifier();
    }
    if (c == QLatin1Char('`')) {
        ++m_at;
        return Token{TokenKind::Invalid,
                     QStringLiteral("template strings (`...`) are not supported; use \"...\""),
                     m_at - 1, 1};
    }
    return lexPunct();
}

Token Lexer::lexNumber()
{
    const int start = m_at;
    bool decimal = false;
    if (m_text[m_at] == QLatin1Char('0') && m_at + 1 < m_text.size() &&
        (m_text[m_at + 1] == QLatin1Char('x') || m_text[m_at + 1] == QLatin1Char('X'))) {
        m_at += 2;
        while (m_at < m_text.size() && hexValue(m_text[m_at]) >= 0) {
            ++m_at;
        }
    } else {
        while (m_at < m_text.size() && m_text[m_at].isDigit()) {
            ++m_at;
        }
        if (m_at + 1 < m_text.size() && m_text[m_at] == QLatin1Char('.') &&
            m_text[m_at + 1].isDigit()) {
            decimal = true;
            ++m_at;
            while (m_at < m_text.size() && m_text[m_at].isDigit()) {
                ++m_at;
            }
        }
        if (m_at < m_text.size() &&
            (m_text[m_at] == QLatin1Char('e') || m_text[m_at] == QLatin1Char('E'))) {
            int look = m_at + 1;
            if (look < m_text.size() &&
                (m_text[look] == QLatin1Char('+') || m_text[look] == QLatin1Char('-'))) {
                ++look;
            }
            if (look < m_text.size() && m_text[look].isDigit()) {
                decimal = true;
                m_at = look;
                while (m_at < m_text.size() && m_text[m_at].isDigit()) {
                    ++m_at;
                }
            }
        }
    }
    // JEXL suffixes: l/L long, h/H BigInteger, f/F float, d/D double, b/B BigDecimal.
    if (m_at < m_text.size() && QStringLiteral("lLhHfFdDbB").contains(m_text[m_at])) {
        const QChar suffix = m_text[m_at].toLower();
        decimal = decimal || suffix == QLatin1Char('f') || suffix == QLatin1Char('d') ||
                  suffix == QLatin1Char('b');
        ++m_at;
    }
    if (m_at < m_text.size() && isIdentifierPart(m_text[m_at])) {
        while (m_at < m_text.size() && isIdentifierPart(m_text[m_at])) {
            ++m_at;
        }
        return Token{TokenKind::Invalid,
                     QStringLiteral("'%1' is not a number; a field name starting with a digit "
                                    "must be written ${%1}")
                         .arg(m_text.mid(start, m_at - start)),
                     start, m_at - start};
    }
    return Token{decimal ? TokenKind::Decimal : TokenKind::Integer, m_text.mid(start, m_at - start),
                 start, m_at - start};
}

Token Lexer::lexString()
{
    const int start = m_at;
    const QChar quote = m_text[m_at++];
    QString value;
    while (m_at < m_text.size()) {
        const QChar c = m_text[m_at++];
        if (c == quote) {
            return Token{TokenKind::String, value, start, m_at - start};
        }
        if (c != QLatin1Char('\\') || m_at >= m_text.size()) {
            value += c;
            continue;
        }
        const QChar e = m_text[m_at++];
        switch (e.unicode()) {
        case u'n':
            value += QLatin1Char('\n');
            break;
        case u't':
            value += QLatin1Char('\t');
            break;
        case u'r':
            value += QLatin1Char('\r');
            break;
        case u'b':
            value += QLatin1Char('\b');
            break;
        case u'f':
            value += QLatin1Char('\f');
            break;
        case u'\\':
            value += QLatin1Char('\\');
            break;
        case u'"':
            value += QLatin1Char('"');
            break;
        case u'\'':
            value += QLatin1Char('\'');
            break;
        case u'u': {
            int code = 0;
            for (int i = 0; i < 4; ++i) {
                const int digit = m_at < m_text.size() ? hexValue(m_text[m_at]) : -1;
                if (digit < 0) {
                    return Token{TokenKind::Invalid,
                                 QStringLiteral("\\u must be followed by four hexadecimal digits"),
                                 m_at - 2 - i, 2 + i};
                }
                code = code * 16 + digit;
                ++m_at;
            }
            value += QChar(char16_t(code));
            break;
        }
        default:
            // Like JEXL, an unknown escape keeps its backslash, so "\d+" reaches a regex intact.
            value += QLatin1Char('\\');
            value += e;
        }
    }
    return Token{TokenKind::Invalid,
                 QStringLiteral("the string starting here is not closed; expected %1").arg(quote),
                 start, 1};
}

Token Lexer::lexIdentifier()
{
    const int start = m_at;
    QString name;
    bool escaped = false;
    while (m_at < m_text.size()) {
        const QChar c = m_text[m_at];
        if (c == QLatin1Char('\\') && m_at + 1 < m_text.size() && !m_text[m_at + 1].isSpace()) {
            name += m_text[m_at + 1];
            escaped = true;
            m_at += 2;
        } else if (isIdentifierPart(c)) {
            name += c;
            ++m_at;
        } else {
            break;
        }
    }
    if (name.isEmpty()) {
        ++m_at;
        return Token{TokenKind::Invalid, QStringLiteral("a backslash must escape a character"),
                     start, 1};
    }
    Token token{TokenKind::Identifier, name, start, m_at - start};
    token.escaped = escaped;
    return token;
}

Token Lexer::lexQuotedField()
{
    const int start = m_at;
    m_at += 2;
    QString inside;
    while (m_at < m_text.size()) {
        const QChar c = m_text[m_at];
        if (c == QLatin1Char('\\') && m_at + 1 < m_text.size()) {
            inside += c;
            inside += m_text[m_at + 1];
            m_at += 2;
            continue;
        }
        ++m_at;
        if (c == QLatin1Char('}')) {
            return Token{TokenKind::QuotedField, inside, start, m_at - start};
        }
        inside += c;
    }
    return Token{TokenKind::Invalid,
                 QStringLiteral("the field name ${... is not closed; expected }"), start, 2};
}

Token Lexer::lexPunct()
{
    const int start = m_at;
    for (const char *symbol : kSymbols) {
        if (startsWith(m_text, m_at, symbol)) {
            const int length = int(qstrlen(symbol));
            m_at += length;
            return Token{TokenKind::Punct, QLatin1String(symbol), start, length};
        }
    }
    const QChar c = m_text[m_at];
    if (c.unicode() < 128 && std::strchr(kSingles, char(c.unicode())) != nullptr) {
        ++m_at;
        return Token{TokenKind::Punct, QString(c), start, 1};
    }
    ++m_at;
    return Token{TokenKind::Invalid,
                 QStringLiteral("unexpected character '%1' (U+%2)")
                     .arg(c)
                     .arg(c.unicode(), 4, 16, QLatin1Char('0')),
                 start, 1};
}

} // namespace core::expr::detail
