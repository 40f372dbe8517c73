// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/diff/Change.h"

#include <optional>

namespace core::diff {

/// How many changes of each kind a diff found; containers are not counted, only the changes
/// the text report lists.
struct DiffCounts
{
    size_t added = 0;
    size_t removed = 0;
    size_t changed = 0;
    size_t moved = 0;
    size_t typeChanged = 0;

    size_t total() const { return added + removed + changed + moved + typeChanged; }
};

/// What diff() found: the change tree and its counts.
///
/// root is empty when the documents are equal under the options. Otherwise it is the change of
/// the whole document (both pointers ""): a container whose children are the changes inside,
/// or, when the root value itself was replaced, a leaf.
struct DiffResult
{
    std::optional<Change> root;
    DiffCounts counts;

    bool isEqual() const { return !root.has_value(); }
};

} // namespace core::diff
