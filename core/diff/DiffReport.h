// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/diff/DiffResult.h"
#include "core/json/Json.h"

#include <QString>

namespace core::diff {

/// A report for people: one line per change, in document order, then a summary line.
///
///     changed     /0/homeAddress/city  "Oslo" -> "Changed"
///     added       /0/segments/4  "new"
///     removed     /7  {"_id":"7","person":{"name":{"firstName":"F7","lastName":"L7"}},"h…
///     moved       /12 -> /11
///     typeChanged /a  1 -> "1"  (number -> string)
///     5 changes: 1 added, 1 removed, 1 changed, 1 moved, 1 type changed
///
/// A change whose place differs between the sides (an item after an insertion) shows the right
/// pointer too, as "(right /5003/homeAddress/city)". Values are written as compact JSON and
/// cut to maxValueLength characters. Equal documents give "No differences.".
QString toText(const DiffResult &result, int maxValueLength = 72);

/// The change tree as JSON, for tools:
/// {"equal": false, "counts": {"added": 1, ...}, "changes": [{"kind": "changed",
///  "leftPointer": "", "rightPointer": "", "children": [...]}]}. A change has "oldValue" and
/// "newValue" where its kind has them (both for changed and typeChanged leaves).
Json toJson(const DiffResult &result);

/// A compact JSON text of value, cut to at most maxLength characters with a trailing "…".
QString abbreviate(const Json &value, int maxLength);

} // namespace core::diff
