// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <QColor>

namespace ui {

/// Editor colours for the light or dark palette the system gives the application.
struct EditorTheme
{
    QColor paper;
    QColor text;
    QColor margin;
    QColor marginText;
    QColor caretLine;
    QColor selection;
    QColor keyword;
    QColor string;
    QColor number;
    QColor property;
    QColor operatorColour;
    QColor comment;
    QColor function;
    QColor error;
    QColor warning;
    QColor info;
    bool dark = false;

    /// Dark when the application palette's base colour is dark.
    static EditorTheme current();
};

} // namespace ui
