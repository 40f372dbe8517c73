// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Result.h"
#include "ui/CodeEditor.h"

class QsciLexerJSON;

namespace ui {

/// A JSON editor: the JSON lexer, folding, format and minify. Read-only instances show results.
class JsonEditor : public CodeEditor
{
    Q_OBJECT

public:
    explicit JsonEditor(QWidget *parent = nullptr);

    /// Pretty-prints the text with two spaces; fails with the parse error's place.
    core::Result<void> format();
    /// Writes the text on one line.
    core::Result<void> minify();

    /// Shows a result: read-only, replaced without undo history.
    void showText(const QString &text);

protected:
    void applyLexerTheme(const EditorTheme &theme) override;

private:
    core::Result<void> reindent(int indent);

    QsciLexerJSON *m_lexer = nullptr;
};

} // namespace ui
