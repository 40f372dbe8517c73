// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "ui/diff/DiffRows.h"
#include "ui/diff/PrintedJson.h"

#include <vector>

namespace ui::diff {

/// Lines up two printed documents along their change tree.
///
/// Every changed value marks its lines. Values present on both sides (changed scalars, type
/// changes, and the opening and closing lines of objects and arrays with changes inside) are
/// sync points: their lines share rows. Between sync points, marked lines get fillers on the
/// other side (removals first, then additions) and unmarked lines pair up in order. Sync points
/// that would cross (members reordered between the sides) are dropped along the longest chain
/// that keeps both sides in order; their lines are still marked. Everything is linear in the
/// number of lines, apart from that chain, which is O(n log n) in the number of sync points.
class RowAligner
{
public:
    struct Output
    {
        std::vector<DiffRow> rows;
        std::vector<ChangeSpan> changes; ///< in the order of listedChanges()
    };

    static Output align(const PrintedJson &left, const PrintedJson &right,
                        const core::diff::Change *root);

private:
    struct Sync
    {
        int leftFirst = 0;
        int leftLast = 0;
        int rightFirst = 0;
        int rightLast = 0;
    };

    struct Located
    {
        const core::diff::Change *change = nullptr;
        ValueSpan left;
        ValueSpan right;
    };

    RowAligner(const PrintedJson &left, const PrintedJson &right);

    void walk(const core::diff::Change &change, bool insideMove);
    void walkLeaf(const core::diff::Change &change, bool insideMove);
    static void mark(std::vector<LineKind> &kinds, const ValueSpan &span, LineKind kind);
    std::vector<Sync> orderedSyncs() const;

    void emitRows();
    void emitGap(int leftEnd, int rightEnd);
    void emitSync(const Sync &sync);
    void emitRow(int leftLine, int rightLine);
    std::vector<ChangeSpan> resolveSpans() const;

    const PrintedJson &m_left;
    const PrintedJson &m_right;
    std::vector<LineKind> m_leftKinds;
    std::vector<LineKind> m_rightKinds;
    std::vector<Sync> m_syncs;
    std::vector<Located> m_located;

    std::vector<DiffRow> m_rows;
    std::vector<int32_t> m_leftRows; ///< the row of each left line
    std::vector<int32_t> m_rightRows;
    int m_nextLeft = 0;
    int m_nextRight = 0;
};

} // namespace ui::diff
