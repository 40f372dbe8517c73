// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/diff/DiffOptions.h"
#include "core/diff/DiffResult.h"
#include "core/json/Json.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core::diff {

/// The walk behind diff(), private to core/diff: it carries the current place on both sides
/// (for pointers and for matching the options' patterns) and counts the changes it makes.
/// Objects and scalars are compared in Differ.cpp, arrays in DifferArrays.cpp.
class Differ
{
public:
    explicit Differ(const DiffOptions &options);

    DiffResult run(const Json &left, const Json &right);

private:
    using State = PointerPatternSet::State;

    /// Where the walk stands for the options' patterns.
    struct Place
    {
        State ignore;
        State arrays;
    };

    /// One step of the current path: an object key, or an array index on each side.
    struct Frame
    {
        std::string_view key;
        size_t left = 0;
        size_t right = 0;
        bool isIndex = false;
    };

    /// The fate of one array item in an ordered comparison.
    struct ItemFate
    {
        enum class Kind
        {
            Matched,
            Paired,
            Moved,
            Lone
        };
        Kind kind = Kind::Lone;
        size_t other = 0; ///< the index on the other side, unless Lone
    };

    std::optional<Change> compare(const Json &left, const Json &right, const Place &place);
    std::optional<Change> compareObjects(const Json &left, const Json &right, const Place &place);
    std::optional<Change> compareMember(const Json &left, const Json &right, std::string_view key,
                                        const Place &place);
    void addLoneMember(std::vector<Change> &children, Change::Kind kind, const Json &value,
                       std::string_view key, const Place &place);

    std::optional<Change> compareArrays(const Json &left, const Json &right, const Place &place);
    std::vector<Change> compareSequences(const Json &left, const Json &right, const Place &place,
                                         const DiffOptions::ArrayRule *rule);
    std::vector<Change> compareSets(const Json &left, const Json &right, const Place &place,
                                    const DiffOptions::ArrayRule *rule);
    void findMoves(const std::vector<uint64_t> &leftIds, const std::vector<uint64_t> &rightIds,
                   std::vector<ItemFate> &leftFates, std::vector<ItemFate> &rightFates) const;
    void pairInHunks(std::vector<ItemFate> &leftFates, std::vector<ItemFate> &rightFates) const;
    void reportSequence(const Json &left, const Json &right, const Place &place,
                        const std::vector<ItemFate> &leftFates,
                        const std::vector<ItemFate> &rightFates, std::vector<Change> &children);
    std::optional<Change> compareItems(const Json &left, const Json &right, size_t leftIndex,
                                       size_t rightIndex, const Place &place, bool moved);
    void addLoneItem(std::vector<Change> &children, Change::Kind kind, const Json &value,
                     size_t leftIndex, size_t rightIndex, const Place &place);

    std::vector<uint64_t> identities(const Json &array, const Place &place,
                                     const DiffOptions::ArrayRule *rule) const;
    uint64_t hashAt(const Json &value, const Place &place) const;
    const DiffOptions::ArrayRule *arrayRule(const Place &place) const;

    Place child(const Place &place, std::string_view key) const;
    Place child(const Place &place, size_t index) const;
    bool isIgnored(const Place &place) const;

    Change leaf(Change::Kind kind, const Json *oldValue, const Json *newValue);
    Change container(std::vector<Change> children);

    void enter(const Frame &frame) { m_path.push_back(frame); }
    void leave();

    /// The current place as a pointer. Pointers are built only for changes, from a cache of
    /// the path's prefix, so siblings share the work of their parent's part.
    std::string pointer(bool leftSide);

    struct PointerCache
    {
        std::string text;
        std::vector<size_t> lengths{0}; ///< text's length for the first d frames, at index d
    };

    const DiffOptions &m_options;
    std::vector<Frame> m_path;
    PointerCache m_leftPointers;
    PointerCache m_rightPointers;
    DiffCounts m_counts;
};

} // namespace core::diff
