// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "ListedChanges.h"

namespace ui::diff {

namespace {

void collect(const core::diff::Change &change, std::vector<const core::diff::Change *> &out)
{
    if (!change.isContainer) {
        out.push_back(&change);
    }
    for (const core::diff::Change &child : change.children) {
        collect(child, out);
    }
}

} // namespace

std::vector<const core::diff::Change *> listedChanges(const core::diff::DiffResult &result)
{
    std::vector<const core::diff::Change *> out;
    out.reserve(result.counts.total());
    if (result.root) {
        collect(*result.root, out);
    }
    return out;
}

} // namespace ui::diff
