// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "ui/CodeEditor.h"

#include <QHash>
#include <QStringList>

namespace ui {

class ExpressionLexer;

/// A Data Prep function as the completion shows it.
struct FunctionHelp
{
    QString name;
    QString syntax;
    QString description;
};

/// An editor for one Data Prep expression: colouring, completion of function names and
/// source paths while typing, the function's syntax as a call tip after "(", and the
/// compile error underlined at its place.
class ExpressionEditor : public CodeEditor
{
    Q_OBJECT

public:
    explicit ExpressionEditor(QWidget *parent = nullptr);

    void setFunctions(const QList<FunctionHelp> &functions);
    void setSourcePaths(const QStringList &paths);

    /// The entries completion offers for a typed prefix, functions first.
    QStringList completionsFor(const QString &prefix) const;

    /// Compiles the text and underlines the error, if any; returns the error message.
    QString checkSyntax();

protected:
    void applyLexerTheme(const EditorTheme &theme) override;

private:
    void handleCharAdded(int character);
    QString wordBeforeCursor() const;
    void showCallTip();

    ExpressionLexer *m_lexer = nullptr;
    QHash<QString, FunctionHelp> m_functions;
    QStringList m_functionNames;
    QStringList m_sourcePaths;
};

} // namespace ui
