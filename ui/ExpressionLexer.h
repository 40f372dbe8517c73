// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "ui/EditorTheme.h"

#include <Qsci/qscilexercustom.h>

#include <QSet>

namespace ui {

/// Colours Data Prep expressions: function calls, ${field} references, strings, numbers,
/// keywords and operators. Expressions are short, so each change restyles the whole text.
class ExpressionLexer : public QsciLexerCustom
{
    Q_OBJECT

public:
    enum Style
    {
        Default = 0,
        Function,
        Field,
        String,
        Number,
        Keyword,
        Operator,
        Unknown
    };

    explicit ExpressionLexer(QObject *parent = nullptr);

    const char *language() const override;
    QString description(int style) const override;
    void styleText(int start, int end) override;

    /// Function names known to the engine; others are coloured as unknown.
    void setFunctionNames(const QSet<QString> &names);
    void applyTheme(const EditorTheme &theme);

    /// The style of each byte of a UTF-8 expression (used by styleText, open for tests).
    QList<int> stylesOf(const QByteArray &text) const;

private:
    QSet<QString> m_functions;
};

} // namespace ui
