// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <QString>

#include <vector>

namespace core::expr::detail {

enum class TokenKind
{
    End,
    Identifier,  ///< text is the name with escapes resolved
    Integer,     ///< text is the literal as written
    Decimal,     ///< text is the literal as written
    String,      ///< text is the value with escapes resolved
    QuotedField, ///< ${...}; text is the inside, escapes kept
    Punct,       ///< an operator or bracket; text is the symbol
    Invalid,     ///< a character or literal that cannot start a token; text says why
};

struct Token
{
    TokenKind kind = TokenKind::End;
    QString text;
    int offset = 0;
    int length = 0;
    bool escaped = false; ///< an identifier that contained a backslash escape
};

/// Splits an expression into tokens. Never fails: a bad character becomes an Invalid token
/// whose text explains the problem, and the parser reports it with its place.
class Lexer
{
public:
    explicit Lexer(const QString &text);

    std::vector<Token> tokens();

private:
    Token next();
    Token lexNumber();
    Token lexString();
    Token lexIdentifier();
    Token lexQuotedField();
    Token lexPunct();
    void skipSpace();

    const QString &m_text;
    int m_at = 0;
};

/// True for the characters that may start (or, with digits, continue) an identifier.
bool isIdentifierStart(QChar c);
bool isIdentifierPart(QChar c);

} // namespace core::expr::detail
