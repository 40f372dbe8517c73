// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <QWidget>

class QLineEdit;

namespace ui {

class CodeEditor;

/// A find field under an editor: Enter finds the next match, Shift+Enter the previous one,
/// Escape closes it.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(CodeEditor *editor, QWidget *parent = nullptr);

    /// Shows the bar with the editor's selection as the text to find.
    void open();
    bool findNext(bool forward = true);
    QLineEdit *field() const { return m_field; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    CodeEditor *m_editor;
    QLineEdit *m_field;
};

} // namespace ui
