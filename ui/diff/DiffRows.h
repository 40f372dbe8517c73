// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/diff/Change.h"

#include <cstdint>

namespace ui::diff {

/// The two sides of a diff.
enum class Side
{
    Left,
    Right
};

/// What a line of one side shows in the aligned view.
enum class LineKind : uint8_t
{
    Unchanged,
    Added,   ///< part of a value only the right side has
    Removed, ///< part of a value only the left side has
    Changed, ///< a changed value (or one whose type changed)
    Moved,   ///< part of an array item that stands elsewhere on the other side
    Filler,  ///< no line: the other side has lines here
    Fold,    ///< stands for unchanged rows that are folded away
};

/// One row of the side-by-side view: a line of each side, or a filler where a side has none.
struct DiffRow
{
    int32_t leftLine = -1; ///< 0-based line of the left text, -1 for a filler
    int32_t rightLine = -1;
    LineKind leftKind = LineKind::Filler;
    LineKind rightKind = LineKind::Filler;

    int32_t line(Side side) const { return side == Side::Left ? leftLine : rightLine; }
    LineKind kind(Side side) const { return side == Side::Left ? leftKind : rightKind; }
};

/// Bytes within a line (UTF-8 offsets from the line's start), end exclusive.
struct ColumnRange
{
    int begin = -1;
    int end = -1;

    bool isValid() const { return begin >= 0 && end >= begin; }
};

/// Where one listed change sits in the rows. Both sides have rows: for an added value the
/// left rows are the fillers opposite it, for a removed one the right rows. A moved item has
/// other rows on each side; so has a changed value whose place could not be lined up (after
/// members were reordered). Columns are set on a side whose value is a scalar.
struct ChangeSpan
{
    const core::diff::Change *change = nullptr;
    int leftFirstRow = -1;
    int leftLastRow = -1;
    int rightFirstRow = -1;
    int rightLastRow = -1;
    ColumnRange leftColumns;
    ColumnRange rightColumns;

    int firstRow(Side side) const { return side == Side::Left ? leftFirstRow : rightFirstRow; }
    int lastRow(Side side) const { return side == Side::Left ? leftLastRow : rightLastRow; }
    const ColumnRange &columns(Side side) const
    {
        return side == Side::Left ? leftColumns : rightColumns;
    }
};

/// A run of unchanged rows that the view may show as one line.
struct Fold
{
    int firstRow = 0;
    int rowCount = 0;
    bool expanded = false;
};

/// One line of the editors: a row, or a folded run standing for its rows.
struct DisplayLine
{
    int32_t row = 0;   ///< the row shown, or the first row of the fold
    int32_t fold = -1; ///< the fold's index when the line stands for a folded run
};

} // namespace ui::diff
