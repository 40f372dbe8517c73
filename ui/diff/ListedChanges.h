// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/diff/DiffResult.h"

#include <vector>

namespace ui::diff {

/// The changes a diff lists for people, in the order of the text report: the tree in preorder
/// without the containers that only hold other changes. A moved item comes before the changes
/// inside it. The change list and the aligned document number changes this way.
std::vector<const core::diff::Change *> listedChanges(const core::diff::DiffResult &result);

} // namespace ui::diff
