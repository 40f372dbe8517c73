// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "SequenceAligner.h"

#include <algorithm>
#include <unordered_map>

namespace core::diff {

namespace {

// Gaps this small go to Myers' algorithm at once: exact, and at most ~1M steps each.
constexpr size_t kSmallGap = 1024;
// How often anchoring on unique items may recurse into the gaps between anchors.
constexpr int kMaxAnchorDepth = 12;

struct Occurrence
{
    uint32_t leftCount = 0;
    uint32_t rightCount = 0;
    size_t rightIndex = 0;
};

// The longest strictly increasing subsequence of the second members, by patience sorting.
std::vector<SequenceAligner::Match>
longestIncreasing(const std::vector<SequenceAligner::Match> &candidates)
{
    std::vector<size_t> pileTops; // index into candidates of the top card of each pile
    std::vector<size_t> previous(candidates.size(), SIZE_MAX);
    for (size_t i = 0; i < candidates.size(); ++i) {
        const size_t value = candidates[i].second;
        const auto pile =
            std::lower_bound(pileTops.begin(), pileTops.end(), value,
                             [&](size_t top, size_t v) { return candidates[top].second < v; });
        if (pile != pileTops.begin()) {
            previous[i] = *(pile - 1);
        }
        if (pile == pileTops.end()) {
            pileTops.push_back(i);
        } else {
            *pile = i;
        }
    }

    std::vector<SequenceAligner::Match> run;
    for (size_t i = pileTops.empty() ? SIZE_MAX : pileTops.back(); i != SIZE_MAX; i = previous[i]) {
        run.push_back(candidates[i]);
    }
    std::reverse(run.begin(), run.end());
    return run;
}

} // namespace

SequenceAligner::SequenceAligner(const std::vector<uint64_t> &left,
                                 const std::vector<uint64_t> &right)
    : m_left(left)
    , m_right(right)
{}

std::vector<SequenceAligner::Match> SequenceAligner::align(const std::vector<uint64_t> &left,
                                                           const std::vector<uint64_t> &right)
{
    SequenceAligner aligner(left, right);
    aligner.alignRange(0, left.size(), 0, right.size(), 0);
    return std::move(aligner.m_matches);
}

void SequenceAligner::alignRange(size_t leftBegin, size_t leftEnd, size_t rightBegin,
                                 size_t rightEnd, int depth)
{
    // Common prefix.
    while (leftBegin < leftEnd && rightBegin < rightEnd &&
           m_left[leftBegin] == m_right[rightBegin]) {
        m_matches.emplace_back(leftBegin++, rightBegin++);
    }

    // Common suffix, recorded after the middle so the matches stay in order.
    size_t suffix = 0;
    while (leftEnd - suffix > leftBegin && rightEnd - suffix > rightBegin &&
           m_left[leftEnd - suffix - 1] == m_right[rightEnd - suffix - 1]) {
        ++suffix;
    }
    leftEnd -= suffix;
    rightEnd -= suffix;

    if (leftBegin < leftEnd && rightBegin < rightEnd) {
        const bool small = (leftEnd - leftBegin) + (rightEnd - rightBegin) <= kSmallGap;
        if (small || depth >= kMaxAnchorDepth ||
            !alignOnUniqueItems(leftBegin, leftEnd, rightBegin, rightEnd, depth)) {
            alignWithMyers(leftBegin, leftEnd, rightBegin, rightEnd);
        }
    }

    for (size_t i = 0; i < suffix; ++i) {
        m_matches.emplace_back(leftEnd + i, rightEnd + i);
    }
}

bool SequenceAligner::alignOnUniqueItems(size_t leftBegin, size_t leftEnd, size_t rightBegin,
                                         size_t rightEnd, int depth)
{
    std::unordered_map<uint64_t, Occurrence> occurrences;
    occurrences.reserve(leftEnd - leftBegin);
    for (size_t i = leftBegin; i < leftEnd; ++i) {
        ++occurrences[m_left[i]].leftCount;
    }
    for (size_t j = rightBegin; j < rightEnd; ++j) {
        const auto found = occurrences.find(m_right[j]);
        if (found != occurrences.end()) {
            ++found->second.rightCount;
            found->second.rightIndex = j;
        }
    }

    std::vector<Match> candidates;
    for (size_t i = leftBegin; i < leftEnd; ++i) {
        const Occurrence &seen = occurrences[m_left[i]];
        if (seen.leftCount == 1 && seen.rightCount == 1) {
            candidates.emplace_back(i, seen.rightIndex);
        }
    }
    if (candidates.empty()) {
        return false;
    }
    occurrences = {};

    // Align each gap between anchors on its own.
    size_t left = leftBegin;
    size_t right = rightBegin;
    for (const Match &anchor : longestIncreasing(candidates)) {
        alignRange(left, anchor.first, right, anchor.second, depth + 1);
        m_matches.push_back(anchor);
        left = anchor.first + 1;
        right = anchor.second + 1;
    }
    alignRange(left, leftEnd, right, rightEnd, depth + 1);
    return true;
}

void SequenceAligner::alignWithMyers(size_t leftBegin, size_t leftEnd, size_t rightBegin,
                                     size_t rightEnd)
{
    const int n = int(leftEnd - leftBegin);
    const int m = int(rightEnd - rightBegin);
    const int limit = std::min(n + m, maxEdits());
    const int offset = limit + 1;
    std::vector<int> v(size_t(2 * limit + 3), 0);
    const auto same = [&](int x, int y) {
        return m_left[leftBegin + size_t(x)] == m_right[rightBegin + size_t(y)];
    };

    // Forward pass: v[k] is the furthest x reached on diagonal k = x - y with d edits. The
    // trace keeps v's live part after each d: step d starts at d * d and spans 2d + 1 values.
    std::vector<int> trace;
    int edits = -1;
    for (int d = 0; d <= limit && edits < 0; ++d) {
        for (int k = -d; k <= d; k += 2) {
            const bool down =
                k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]);
            int x = down ? v[size_t(offset + k + 1)] : v[size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && same(x, y)) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                edits = d;
                break;
            }
        }
        trace.insert(trace.end(), v.begin() + (offset - d), v.begin() + (offset + d + 1));
    }
    if (edits < 0) {
        // TODO: gaps past maxEdits() edits get no matches at all; a linear-space Myers (middle
        // snake) would find the true alignment there without the trace this version keeps.
        return;
    }
    backtrack(trace, edits, leftBegin, rightBegin, n, m);
}

void SequenceAligner::backtrack(const std::vector<int> &trace, int edits, size_t leftBegin,
                                size_t rightBegin, int n, int m)
{
    // Walk the trace from the end, collecting the diagonal runs (the matches).
    std::vector<Match> found;
    int x = n;
    int y = m;
    for (int d = edits; d > 0; --d) {
        const int *before = &trace[size_t((d - 1) * (d - 1))];
        const auto at = [&](int k) { return before[k + d - 1]; };
        const int k = x - y;
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const int previousK = down ? k + 1 : k - 1;
        const int previousX = at(previousK);
        const int runStart = down ? previousX : previousX + 1;
        while (x > runStart) {
            --x;
            --y;
            found.emplace_back(leftBegin + size_t(x), rightBegin + size_t(y));
        }
        x = previousX;
        y = previousX - previousK;
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        found.emplace_back(leftBegin + size_t(x), rightBegin + size_t(y));
    }
    m_matches.insert(m_matches.end(), found.rbegin(), found.rend());
}

} // namespace core::diff
