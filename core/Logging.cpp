// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "Logging.h"

Q_LOGGING_CATEGORY(lcJson, "patchbay.core.json", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExpr, "patchbay.core.expr", QtWarningMsg)
Q_LOGGING_CATEGORY(lcXdm, "patchbay.core.xdm", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMapping, "patchbay.core.mapping", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUpsert, "patchbay.core.upsert", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDiff, "patchbay.core.diff", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWorkspace, "patchbay.core.workspace", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEmulation, "patchbay.core.emulation", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "patchbay.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "patchbay.ui", QtWarningMsg)
