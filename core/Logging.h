// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <QLoggingCategory>

// One category per area, declared here once. Enable traces with, for example,
// QT_LOGGING_RULES="patchbay.core.mapping.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcJson)
Q_DECLARE_LOGGING_CATEGORY(lcExpr)
Q_DECLARE_LOGGING_CATEGORY(lcXdm)
Q_DECLARE_LOGGING_CATEGORY(lcMapping)
Q_DECLARE_LOGGING_CATEGORY(lcUpsert)
Q_DECLARE_LOGGING_CATEGORY(lcDiff)
Q_DECLARE_LOGGING_CATEGORY(lcWorkspace)
Q_DECLARE_LOGGING_CATEGORY(lcEmulation)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
