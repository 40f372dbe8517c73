// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "ExpressionEditor.h"

#include "core/expr/Expression.h"
#include "ui/ExpressionLexer.h"

#include <QSet>

namespace ui {

namespace {

bool isPathCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.');
}

} // namespace

ExpressionEditor::ExpressionEditor(QWidget *parent)
    : CodeEditor(parent)
    , m_lexer(new ExpressionLexer(this))
{
    setLexer(m_lexer);
    setLineNumbersVisible(false);
    setCaretLineVisible(false);
    setWrapMode(QsciScintilla::WrapWord);
    SendScintilla(SCI_AUTOCSETSEPARATOR, '\n');
    SendScintilla(SCI_AUTOCSETIGNORECASE, 1);
    SendScintilla(SCI_AUTOCSETMAXHEIGHT, 12);

    connect(this, &QsciScintilla::SCN_CHARADDED, this, &ExpressionEditor::handleCharAdded);
}

void ExpressionEditor::applyLexerTheme(const EditorTheme &theme)
{
    if (m_lexer) {
        m_lexer->applyTheme(theme);
    }
}

void ExpressionEditor::setFunctions(const QList<FunctionHelp> &functions)
{
    m_functions.clear();
    m_functionNames.clear();
    QSet<QString> names;
    for (const FunctionHelp &function : functions) {
        m_functions.insert(function.name, function);
        m_functionNames.append(function.name);
        names.insert(function.name);
    }
    m_functionNames.sort(Qt::CaseInsensitive);
    m_lexer->setFunctionNames(names);
    recolor();
}

void ExpressionEditor::setSourcePaths(const QStringList &paths)
{
    m_sourcePaths = paths;
    m_sourcePaths.sort(Qt::CaseInsensitive);
}

QStringList ExpressionEditor::completionsFor(const QString &prefix) const
{
    QStringList out;
    for (const QString &name : m_functionNames) {
        if (name.startsWith(prefix, Qt::CaseInsensitive)) {
            out.append(name);
        }
    }
    for (const QString &path : m_sourcePaths) {
        if (path.startsWith(prefix, Qt::CaseInsensitive)) {
            out.append(path);
        }
    }
    return out;
}

QString ExpressionEditor::wordBeforeCursor() const
{
    int line = 0;
    int index = 0;
    getCursorPosition(&line, &index);
    const QString lineText = text(line);
    int start = qMin(index, int(lineText.size()));
    while (start > 0 && isPathCharacter(lineText.at(start - 1))) {
        --start;
    }
    return lineText.mid(start, index - start);
}

void ExpressionEditor::handleCharAdded(int character)
{
    if (character == '(') {
        showCallTip();
        return;
    }
    const QString word = wordBeforeCursor();
    if (word.isEmpty() || !isPathCharacter(QChar(character))) {
        return;
    }
    const QStringList entries = completionsFor(word);
    if (entries.isEmpty()) {
        SendScintilla(SCI_AUTOCCANCEL);
        return;
    }
    const QByteArray list = entries.join(QLatin1Char('\n')).toUtf8();
    SendScintilla(SCI_AUTOCSHOW, static_cast<unsigned long>(word.toUtf8().size()),
                  list.constData());
}

void ExpressionEditor::showCallTip()
{
    int line = 0;
    int index = 0;
    getCursorPosition(&line, &index);
    setCursorPosition(line, qMax(0, index - 1));
    const QString name = wordBeforeCursor();
    setCursorPosition(line, index);

    const auto function = m_functions.constFind(name);
    if (function == m_functions.constEnd()) {
        return;
    }
    const QByteArray tip = (function->syntax + QLatin1Char('\n') + function->description).toUtf8();
    SendScintilla(SCI_CALLTIPSHOW, static_cast<unsigned long>(SendScintilla(SCI_GETCURRENTPOS)),
                  tip.constData());
}

QString ExpressionEditor::checkSyntax()
{
    const QByteArray bytes = text().toUtf8();
    core::expr::ExpressionError why;
    const auto compiled = core::expr::Expression::compile(
        std::string_view(bytes.constData(), size_t(bytes.size())), &why);
    if (compiled) {
        setMarks({});
        return {};
    }
    EditorMark mark;
    mark.line = why.line;
    mark.column = why.column;
    mark.length = qMax(1, why.length);
    mark.message = QStringLiteral("%1: %2").arg(why.rule, why.message);
    setMarks({mark});
    return mark.message;
}

} // namespace ui
