// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <QString>

class QWidget;

namespace ui::diff {

/// Asks the user for a file to open. Dialogs ask through this seam, so tests can give the
/// answers in advance by overriding openFileName().
class FileChooser
{
public:
    virtual ~FileChooser();

    /// The path the user picked, empty when they cancelled.
    virtual QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                 const QString &filter);
};

} // namespace ui::diff
