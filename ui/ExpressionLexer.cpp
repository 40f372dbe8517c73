// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "ExpressionLexer.h"

#include "ui/Settings.h"

#include <Qsci/qsciscintilla.h>

namespace ui {

namespace {

bool isIdentifierStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isIdentifierPart(char c)
{
    return isIdentifierStart(c) || (c >= '0' && c <= '9') || c == '.';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The end of a quoted string starting at start, honouring backslash escapes.
qsizetype stringEnd(const QByteArray &text, qsizetype start)
{
    const char quote = text.at(start);
    qsizetype at = start + 1;
    while (at < text.size() && text.at(at) != quote) {
        at += text.at(at) == '\\' ? 2 : 1;
    }
    return qMin(text.size(), at + 1);
}

qsizetype skipSpaces(const QByteArray &text, qsizetype at)
{
    while (at < text.size() && (text.at(at) == ' ' || text.at(at) == '\t')) {
        ++at;
    }
    return at;
}

} // namespace

ExpressionLexer::ExpressionLexer(QObject *parent)
    : QsciLexerCustom(parent)
{
    applyTheme(EditorTheme::current());
}

const char *ExpressionLexer::language() const
{
    return "Data Prep expression";
}

QString ExpressionLexer::description(int style) const
{
    switch (style) {
    case Default:
        return tr("Default");
    case Function:
        return tr("Function");
    case Field:
        return tr("Field reference");
    case String:
        return tr("String");
    case Number:
        return tr("Number");
    case Keyword:
        return tr("Keyword");
    case Operator:
        return tr("Operator");
    case Unknown:
        return tr("Unknown function");
    }
    return {};
}

void ExpressionLexer::setFunctionNames(const QSet<QString> &names)
{
    m_functions = names;
}

void ExpressionLexer::applyTheme(const EditorTheme &theme)
{
    setDefaultFont(Settings::editorFont());
    setFont(Settings::editorFont(), -1);
    setDefaultPaper(theme.paper);
    setPaper(theme.paper, -1);
    setDefaultColor(theme.text);
    setColor(theme.text, Default);
    setColor(theme.function, Function);
    setColor(theme.property, Field);
    setColor(theme.string, String);
    setColor(theme.number, Number);
    setColor(theme.keyword, Keyword);
    setColor(theme.operatorColour, Operator);
    setColor(theme.error, Unknown);
}

QList<int> ExpressionLexer::stylesOf(const QByteArray &text) const
{
    QList<int> styles(text.size(), Default);
    auto paint = [&styles](qsizetype from, qsizetype to, int style) {
        for (qsizetype i = from; i < to; ++i) {
            styles[i] = style;
        }
    };

    qsizetype at = 0;
    while (at < text.size()) {
        const char c = text.at(at);
        qsizetype end = at + 1;
        if (c == '"' || c == '\'') {
            end = stringEnd(text, at);
            paint(at, end, String);
        } else if (c == '$' && at + 1 < text.size() && text.at(at + 1) == '{') {
            end = qMin(text.size(),
                       text.indexOf('}', at) < 0 ? text.size() : text.indexOf('}', at) + 1);
            paint(at, end, Field);
        } else if (isDigit(c)) {
            while (end < text.size() && (isDigit(text.at(end)) || text.at(end) == '.')) {
                ++end;
            }
            paint(at, end, Number);
        } else if (isIdentifierStart(c)) {
            while (end < text.size() && isIdentifierPart(text.at(end))) {
                ++end;
            }
            const QString word = QString::fromUtf8(text.mid(at, end - at));
            const bool isCall =
                skipSpaces(text, end) < text.size() && text.at(skipSpaces(text, end)) == '(';
            if (isCall) {
                paint(at, end,
                      m_functions.isEmpty() || m_functions.contains(word) ? Function : Unknown);
            } else if (word == QLatin1String("true") || word == QLatin1String("false") ||
                       word == QLatin1String("null")) {
                paint(at, end, Keyword);
            }
        } else if (QByteArrayView("()[],+-*/%<>=!&|?:").contains(c)) {
            paint(at, end, Operator);
        }
        at = end;
    }
    return styles;
}

void ExpressionLexer::styleText(int start, int end)
{
    Q_UNUSED(start)
    Q_UNUSED(end)
    if (!editor()) {
        return;
    }
    const QByteArray text = editor()->text().toUtf8();
    const QList<int> styles = stylesOf(text);

    startStyling(0);
    qsizetype runStart = 0;
    for (qsizetype i = 1; i <= styles.size(); ++i) {
        if (i == styles.size() || styles[i] != styles[runStart]) {
            setStyling(int(i - runStart), styles[runStart]);
            runStart = i;
        }
    }
}

} // namespace ui
