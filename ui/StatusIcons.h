// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Problem.h"

#include <QIcon>

namespace ui {

/// Small round icons in the editor theme's error, warning and info colours.
class StatusIcons
{
public:
    static QIcon forSeverity(core::Severity severity);
    static QIcon ok();
};

} // namespace ui
