// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Result.h"

#include <QString>

namespace ui {

/// Reading and atomic writing of the UTF-8 text files a workspace is made of.
class TextFile
{
public:
    static core::Result<QString> read(const QString &path);

    /// Writes through QSaveFile: the old file stays whole until the new one is complete.
    static core::Result<void> write(const QString &path, const QString &text);
};

} // namespace ui
