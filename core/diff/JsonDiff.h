// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/diff/DiffOptions.h"
#include "core/diff/DiffResult.h"
#include "core/json/Json.h"

namespace core::diff {

/// Compares two JSON documents structurally and returns the change tree.
///
/// Objects are compared by key: member order means nothing, so a document whose keys were
/// only reordered is equal. Arrays are aligned along a long common subsequence of their items
/// (see SequenceAligner), items being told apart by the options' array rules: by their whole
/// value by default, or by a key field. An item that stands elsewhere in the right array is
/// Moved; in arrays without a key field, a removed and an added item at the same place are
/// compared as one changed item. A value whose JSON type changes is TypeChanged. Numbers
/// compare by value (1 equals 1.0).
///
///     DiffResult result = diff(left, right, options);
///     if (!result.isEqual())
///         std::cout << toText(result).toStdString();
///
/// The work is linear in the size of the documents plus the cost of aligning the arrays that
/// differ, and it never throws.
DiffResult diff(const Json &left, const Json &right, const DiffOptions &options);
DiffResult diff(const Json &left, const Json &right);

} // namespace core::diff
