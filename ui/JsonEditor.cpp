// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "JsonEditor.h"

#include "core/json/JsonDocument.h"

#include <Qsci/qscilexerjson.h>

namespace ui {

JsonEditor::JsonEditor(QWidget *parent)
    : CodeEditor(parent)
    , m_lexer(new QsciLexerJSON(this))
{
    m_lexer->setFoldCompact(false);
    setLexer(m_lexer);
    setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    applyLexerTheme(EditorTheme::current());
}

void JsonEditor::applyLexerTheme(const EditorTheme &theme)
{
    CodeEditor::applyLexerTheme(theme);
    if (!m_lexer) {
        return;
    }
    m_lexer->setColor(theme.text, QsciLexerJSON::Default);
    m_lexer->setColor(theme.number, QsciLexerJSON::Number);
    m_lexer->setColor(theme.string, QsciLexerJSON::String);
    m_lexer->setColor(theme.error, QsciLexerJSON::UnclosedString);
    m_lexer->setColor(theme.property, QsciLexerJSON::Property);
    m_lexer->setColor(theme.keyword, QsciLexerJSON::EscapeSequence);
    m_lexer->setColor(theme.comment, QsciLexerJSON::CommentLine);
    m_lexer->setColor(theme.comment, QsciLexerJSON::CommentBlock);
    m_lexer->setColor(theme.operatorColour, QsciLexerJSON::Operator);
    m_lexer->setColor(theme.keyword, QsciLexerJSON::Keyword);
    m_lexer->setColor(theme.error, QsciLexerJSON::Error);
    setFoldMarginColors(theme.margin, theme.margin);
}

core::Result<void> JsonEditor::reindent(int indent)
{
    const QByteArray bytes = text().toUtf8();
    core::Result<core::JsonDocument> parsed =
        core::JsonDocument::parse(std::string_view(bytes.constData(), size_t(bytes.size())));
    if (!parsed) {
        return parsed.error();
    }
    QString out = core::toQString(core::dumpJson(parsed->root(), indent));
    if (indent >= 0) {
        out += QLatin1Char('\n');
    }
    replaceAllText(out);
    return {};
}

core::Result<void> JsonEditor::format()
{
    return reindent(2);
}

core::Result<void> JsonEditor::minify()
{
    return reindent(-1);
}

void JsonEditor::showText(const QString &content)
{
    setReadOnly(false);
    setText(content);
    setReadOnly(true);
    setModified(false);
}

} // namespace ui
