// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Result.h"
#include "core/diff/DiffResult.h"
#include "core/json/Json.h"

namespace core::diff {

/// Writes a diff as an RFC 6902 JSON Patch: an array of operations that, applied in order to
/// the left document, give the right one.
///
/// The operations of a changed array come in three steps that keep every index valid when its
/// operation runs: first the changes inside items (at their left index, while nothing has
/// moved), then removals from the highest index down, then additions and moves from the lowest
/// target index up. Detected moves become "move" operations. Pointers are escaped per RFC 6901
/// ("~0", "~1").
///
/// Without ignore rules or unordered arrays the result is exact: applyPatch(left, patch) equals
/// right. With them it leaves ignored values as they are on the left, and may put the items of
/// an unordered array in another order than the right document has.
Json toJsonPatch(const DiffResult &result);

/// Applies an RFC 6902 JSON Patch (add, remove, replace, move, copy, test) to a copy of
/// document and returns it. A malformed patch, a path that does not exist or a failed test
/// gives an Error naming the operation by its index and what is wrong with it; the document
/// itself is never changed.
///
///     Result<Json> patched = applyPatch(left, toJsonPatch(diff(left, right)));
Result<Json> applyPatch(const Json &document, const Json &patch);

} // namespace core::diff
