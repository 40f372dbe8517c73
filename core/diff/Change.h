// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/json/Json.h"

#include <string>
#include <vector>

namespace core::diff {

/// One difference between two JSON documents, with the differences inside it as children.
///
/// Every change names its place on both sides, so two editors can highlight it side by side:
/// leftPointer is where it is in the left document, rightPointer where it is in the right one.
/// They differ when array items before it were inserted, removed or moved. For an Added value,
/// leftPointer is where it would stand in the left document (it is not there; for an array
/// item, the index before which it goes); likewise rightPointer for a Removed one.
///
/// A Changed object or array whose content differs has children and no values; a Changed
/// scalar has its old and new value and no children. Added and Removed carry the whole value
/// that appears or goes, TypeChanged both values. A Moved array item may have children, the
/// changes inside it. Children of an object come in left key order, additions last; children
/// of an array in item order.
struct Change
{
    enum class Kind
    {
        Added,       ///< only in the right document
        Removed,     ///< only in the left document
        Changed,     ///< a different value of the same JSON type, or a container with changes
        Moved,       ///< an array item that stands elsewhere in the right document's array
        TypeChanged, ///< the value became another JSON type (number to string, ...)
    };

    Kind kind = Kind::Changed;
    std::string leftPointer;
    std::string rightPointer;
    Json oldValue; ///< null when there is none (Added, containers, Moved)
    Json newValue; ///< null when there is none (Removed, containers, Moved)
    std::vector<Change> children;

    /// A Changed object or array reported only through its children (it is not itself counted
    /// or listed in the text report).
    bool isContainer = false;

    /// For a container that is an array (or a Moved item that is an array with changes inside):
    /// its children are items, and these are the array's lengths on each side, which lets a
    /// patch be built from the tree alone.
    bool isArray = false;
    size_t leftLength = 0;
    size_t rightLength = 0;

    /// "added", "removed", "changed", "moved", "typeChanged".
    static const char *kindName(Kind kind);
};

} // namespace core::diff
