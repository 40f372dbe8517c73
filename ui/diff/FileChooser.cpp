// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "FileChooser.h"

#include <QFileDialog>

namespace ui::diff {

FileChooser::~FileChooser() = default;

QString FileChooser::openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                  const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

} // namespace ui::diff
