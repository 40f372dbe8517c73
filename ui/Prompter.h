// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

namespace ui {

/// The one place the window asks the user something or tells them of a failure. Each question
/// has a stable id; tests (and the test options of the patchbay executable) answer questions
/// in advance by id, and can read back which questions were asked.
class Prompter
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    /// Asks a question; a pre-answered id returns its answer without showing anything.
    static Button ask(QWidget *parent, const QString &id, const QString &title, const QString &text,
                      Buttons buttons, Button defaultButton);

    /// Reports a failure; pre-answered or in unattended mode it only records the id.
    static void warn(QWidget *parent, const QString &id, const QString &title, const QString &text);

    static void preAnswer(const QString &id, Button answer);
    static void clearAnswers();
    /// With unattended on, unanswered questions take their default button without a dialog.
    static void setUnattended(bool unattended);

    /// The ids asked so far, in order (for tests).
    static QStringList asked();
};

} // namespace ui
