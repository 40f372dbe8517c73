// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace core::diff {

/// Finds a long common subsequence of two sequences of item identities (hashes), the matches
/// from which an array diff is made.
///
/// It trims the common prefix and suffix. A gap of up to 1,024 items is then aligned exactly
/// with Myers' O((N+M)D) greedy algorithm. A larger one is anchored on identities that occur
/// exactly once on each side (the longest increasing run of them, as in patience diff), and
/// the gaps between anchors are aligned the same way; where no unique identity is left, Myers
/// again. Memory stays linear in the input apart from Myers' trace, which is bounded: a gap
/// needing more than maxEdits() insertions and deletions gets no matches (its items are
/// reported removed and added), so 20,000-item arrays never cost N*M.
///
/// Anchoring is a heuristic: on large arrays with few unique items and many edits the result
/// can be longer than the shortest edit script, never wrong.
class SequenceAligner
{
public:
    using Match = std::pair<size_t, size_t>; ///< index on the left, index on the right

    /// The matched index pairs, increasing on both sides.
    static std::vector<Match> align(const std::vector<uint64_t> &left,
                                    const std::vector<uint64_t> &right);

    /// The largest edit distance one gap is searched for with Myers' algorithm.
    static constexpr int maxEdits() { return 2000; }

private:
    SequenceAligner(const std::vector<uint64_t> &left, const std::vector<uint64_t> &right);

    void alignRange(size_t leftBegin, size_t leftEnd, size_t rightBegin, size_t rightEnd,
                    int depth);
    bool alignOnUniqueItems(size_t leftBegin, size_t leftEnd, size_t rightBegin, size_t rightEnd,
                            int depth);
    void alignWithMyers(size_t leftBegin, size_t leftEnd, size_t rightBegin, size_t rightEnd);
    void backtrack(const std::vector<int> &trace, int edits, size_t leftBegin, size_t rightBegin,
                   int n, int m);

    const std::vector<uint64_t> &m_left;
    const std::vector<uint64_t> &m_right;
    std::vector<Match> m_matches;
};

} // namespace core::diff
