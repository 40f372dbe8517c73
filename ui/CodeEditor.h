// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Problem.h"
#include "ui/EditorTheme.h"

#include <Qsci/qsciscintilla.h>

#include <QList>

namespace ui {

/// A problem shown in an editor: 1-based line and column, how many characters to underline.
struct EditorMark
{
    int line = 0;
    int column = 0;
    int length = 0; ///< 0: up to the end of the token at the place
    core::Severity severity = core::Severity::Error;
    QString message;
};

/// The base of every text editor in the window. It owns all Scintilla setup (font, margins,
/// caret line, theme), the problem marks (a squiggle under the place, a margin marker and the
/// message on hover) and find. Subclasses add a lexer and what is special to their language.
class CodeEditor : public QsciScintilla
{
    Q_OBJECT

public:
    explicit CodeEditor(QWidget *parent = nullptr);

    /// Replaces the problem marks; marks past the end of the text are put on its last line.
    void setMarks(const QList<EditorMark> &marks);
    const QList<EditorMark> &marks() const { return m_marks; }
    /// The messages of the marks that cover a text position, one per line; empty if none.
    QString marksTextAt(int position) const;

    /// Puts the cursor at a 1-based line and column and makes it visible.
    void goTo(int line, int column);
    /// The cursor as a 1-based line and column.
    QPair<int, int> cursorLineColumn() const;

    /// Finds the next (or previous) match from the cursor, wrapping around.
    bool findText(const QString &text, bool forward);

    /// Replaces the whole text as one undoable step, keeping the cursor's line.
    void replaceAllText(const QString &text);

    void setLineNumbersVisible(bool visible);

protected:
    /// Colours the lexer of a subclass for the theme; called on every palette change.
    virtual void applyLexerTheme(const EditorTheme &theme);
    void changeEvent(QEvent *event) override;

private:
    void setUpView();
    void setUpMarkers();
    void applyTheme();
    void updateLineNumberWidth();
    void showDwellTip(int position, int x, int y);
    int tokenEnd(int position) const;

    QList<EditorMark> m_marks;
    bool m_lineNumbers = true;
};

} // namespace ui
