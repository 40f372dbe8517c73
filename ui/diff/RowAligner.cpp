// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "RowAligner.h"

#include "core/Logging.h"

#include <algorithm>

namespace ui::diff {

using core::diff::Change;

namespace {

LineKind lineKindOf(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::Added:
        return LineKind::Added;
    case Change::Kind::Removed:
        return LineKind::Removed;
    case Change::Kind::Moved:
        return LineKind::Moved;
    case Change::Kind::Changed:
    case Change::Kind::TypeChanged:
        break;
    }
    return LineKind::Changed;
}

bool hasLeftValue(Change::Kind kind)
{
    return kind != Change::Kind::Added;
}

bool hasRightValue(Change::Kind kind)
{
    return kind != Change::Kind::Removed;
}

} // namespace

RowAligner::RowAligner(const PrintedJson &left, const PrintedJson &right)
    : m_left(left)
    , m_right(right)
    , m_leftKinds(size_t(left.lineCount()), LineKind::Unchanged)
    , m_rightKinds(size_t(right.lineCount()), LineKind::Unchanged)
    , m_leftRows(size_t(left.lineCount()), -1)
    , m_rightRows(size_t(right.lineCount()), -1)
{}

RowAligner::Output RowAligner::align(const PrintedJson &left, const PrintedJson &right,
                                     const Change *root)
{
    RowAligner aligner(left, right);
    if (root) {
        aligner.walk(*root, false);
    }
    aligner.emitRows();
    return Output{std::move(aligner.m_rows), aligner.resolveSpans()};
}

void RowAligner::walk(const Change &change, bool insideMove)
{
    if (!change.isContainer) {
        walkLeaf(change, insideMove);
        return;
    }

    // The opening and closing lines of a container with changes inside hold both sides together.
    const ValueSpan left = m_left.find(change.leftPointer);
    const ValueSpan right = m_right.find(change.rightPointer);
    const bool located = left.isValid() && right.isValid();
    if (located && !insideMove) {
        m_syncs.push_back(Sync{left.firstLine, left.firstLine, right.firstLine, right.firstLine});
    }
    for (const Change &child : change.children) {
        walk(child, insideMove);
    }
    if (located && !insideMove && left.lastLine > left.firstLine &&
        right.lastLine > right.firstLine) {
        m_syncs.push_back(Sync{left.lastLine, left.lastLine, right.lastLine, right.lastLine});
    }
}

void RowAligner::walkLeaf(const Change &change, bool insideMove)
{
    Located located{&change, {}, {}};
    if (hasLeftValue(change.kind)) {
        located.left = m_left.find(change.leftPointer);
    }
    if (hasRightValue(change.kind)) {
        located.right = m_right.find(change.rightPointer);
    }
    if ((hasLeftValue(change.kind) && !located.left.isValid()) ||
        (hasRightValue(change.kind) && !located.right.isValid())) {
        qCWarning(lcUi) << "diff change not found in its document" << change.leftPointer.c_str()
                        << change.rightPointer.c_str();
    }

    const LineKind kind = lineKindOf(change.kind);
    mark(m_leftKinds, located.left, kind);
    mark(m_rightKinds, located.right, kind);
    m_located.push_back(located);

    const bool bothSides = located.left.isValid() && located.right.isValid();
    if (change.kind == Change::Kind::Moved) {
        for (const Change &child : change.children) {
            walk(child, true);
        }
    } else if (bothSides && !insideMove) {
        m_syncs.push_back(Sync{located.left.firstLine, located.left.lastLine,
                               located.right.firstLine, located.right.lastLine});
    }
}

void RowAligner::mark(std::vector<LineKind> &kinds, const ValueSpan &span, LineKind kind)
{
    if (!span.isValid()) {
        return;
    }
    std::fill(kinds.begin() + span.firstLine, kinds.begin() + span.lastLine + 1, kind);
}

std::vector<RowAligner::Sync> RowAligner::orderedSyncs() const
{
    std::vector<Sync> syncs = m_syncs;
    const auto byLeft = [](const Sync &a, const Sync &b) { return a.leftFirst < b.leftFirst; };
    if (!std::is_sorted(syncs.begin(), syncs.end(), byLeft)) {
        std::stable_sort(syncs.begin(), syncs.end(), byLeft);
    }
    const auto increasing = [](const Sync &a, const Sync &b) {
        return a.rightFirst < b.rightFirst;
    };
    if (std::adjacent_find(syncs.begin(), syncs.end(), [&](const Sync &a, const Sync &b) {
            return !increasing(a, b);
        }) == syncs.end()) {
        return syncs;
    }

    // The longest chain increasing on the right too (patience sorting with back links).
    std::vector<size_t> tails;
    std::vector<size_t> previous(syncs.size(), SIZE_MAX);
    for (size_t i = 0; i < syncs.size(); ++i) {
        const auto slot = std::lower_bound(
            tails.begin(), tails.end(), syncs[i].rightFirst,
            [&syncs](size_t index, int right) { return syncs[index].rightFirst < right; });
        if (slot != tails.begin()) {
            previous[i] = *(slot - 1);
        }
        if (slot == tails.end()) {
            tails.push_back(i);
        } else {
            *slot = i;
        }
    }
    std::vector<Sync> chain;
    for (size_t i = tails.empty() ? SIZE_MAX : tails.back(); i != SIZE_MAX; i = previous[i]) {
        chain.push_back(syncs[i]);
    }
    std::reverse(chain.begin(), chain.end());
    return chain;
}

void RowAligner::emitRows()
{
    m_rows.reserve(size_t(std::max(m_left.lineCount(), m_right.lineCount())));
    for (const Sync &sync : orderedSyncs()) {
        if (sync.leftFirst < m_nextLeft || sync.rightFirst < m_nextRight) {
            continue; // overlaps what is already out; cannot happen for well-formed trees
        }
        emitGap(sync.leftFirst, sync.rightFirst);
        emitSync(sync);
    }
    emitGap(m_left.lineCount(), m_right.lineCount());
}

void RowAligner::emitGap(int leftEnd, int rightEnd)
{
    // TODO: unmarked lines pair up by count, which is right when the gap holds the same
    // values on both sides. Members in another order, or ignored values of different sizes,
    // pair lines of different members until the next sync point; sync points at every
    // member present on both sides (not only at changes) would keep them side by side.
    while (m_nextLeft < leftEnd || m_nextRight < rightEnd) {
        const bool leftMore = m_nextLeft < leftEnd;
        const bool rightMore = m_nextRight < rightEnd;
        if (leftMore && m_leftKinds[size_t(m_nextLeft)] != LineKind::Unchanged) {
            emitRow(m_nextLeft++, -1);
        } else if (rightMore && m_rightKinds[size_t(m_nextRight)] != LineKind::Unchanged) {
            emitRow(-1, m_nextRight++);
        } else if (leftMore && rightMore) {
            emitRow(m_nextLeft++, m_nextRight++);
        } else if (leftMore) {
            emitRow(m_nextLeft++, -1);
        } else {
            emitRow(-1, m_nextRight++);
        }
    }
}

void RowAligner::emitSync(const Sync &sync)
{
    const int leftCount = sync.leftLast - sync.leftFirst + 1;
    const int rightCount = sync.rightLast - sync.rightFirst + 1;
    for (int k = 0; k < std::max(leftCount, rightCount); ++k) {
        emitRow(k < leftCount ? sync.leftFirst + k : -1, k < rightCount ? sync.rightFirst + k : -1);
    }
    m_nextLeft = sync.leftLast + 1;
    m_nextRight = sync.rightLast + 1;
}

void RowAligner::emitRow(int leftLine, int rightLine)
{
    const auto row = int32_t(m_rows.size());
    DiffRow out;
    if (leftLine >= 0) {
        out.leftLine = leftLine;
        out.leftKind = m_leftKinds[size_t(leftLine)];
        m_leftRows[size_t(leftLine)] = row;
    }
    if (rightLine >= 0) {
        out.rightLine = rightLine;
        out.rightKind = m_rightKinds[size_t(rightLine)];
        m_rightRows[size_t(rightLine)] = row;
    }
    m_rows.push_back(out);
}

std::vector<ChangeSpan> RowAligner::resolveSpans() const
{
    std::vector<ChangeSpan> spans;
    spans.reserve(m_located.size());
    for (const Located &located : m_located) {
        ChangeSpan span;
        span.change = located.change;
        if (located.left.isValid()) {
            span.leftFirstRow = m_leftRows[size_t(located.left.firstLine)];
            span.leftLastRow = m_leftRows[size_t(located.left.lastLine)];
            if (located.left.hasColumns()) {
                span.leftColumns = ColumnRange{located.left.columnBegin, located.left.columnEnd};
            }
        }
        if (located.right.isValid()) {
            span.rightFirstRow = m_rightRows[size_t(located.right.firstLine)];
            span.rightLastRow = m_rightRows[size_t(located.right.lastLine)];
            if (located.right.hasColumns()) {
                span.rightColumns = ColumnRange{located.right.columnBegin, located.right.columnEnd};
            }
        }

        // A value on one side only faces the fillers opposite it.
        if (span.leftFirstRow < 0) {
            span.leftFirstRow = span.rightFirstRow;
            span.leftLastRow = span.rightLastRow;
        } else if (span.rightFirstRow < 0) {
            span.rightFirstRow = span.leftFirstRow;
            span.rightLastRow = span.leftLastRow;
        }
        spans.push_back(span);
    }
    return spans;
}

} // namespace ui::diff
