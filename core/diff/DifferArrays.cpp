// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// The array half of Differ: aligning items, finding moves, pairing what is left in place.
#include "Differ.h"

#include "core/diff/JsonEquality.h"
#include "core/diff/SequenceAligner.h"

#include <unordered_map>

namespace core::diff {

namespace {

constexpr uint64_t kKeyTag = 0x243f6a8885a308d3ULL;
constexpr uint64_t kIgnoredTag = 0x13198a2e03707344ULL;

// Unmatched items by identity, handed out in index order.
class IdentityQueue
{
public:
    void push(uint64_t identity, size_t index) { m_byIdentity[identity].indexes.push_back(index); }

    /// The next index with this identity not yet taken, or SIZE_MAX.
    size_t take(uint64_t identity)
    {
        const auto found = m_byIdentity.find(identity);
        if (found == m_byIdentity.end() || found->second.next >= found->second.indexes.size()) {
            return SIZE_MAX;
        }
        return found->second.indexes[found->second.next++];
    }

private:
    struct Slot
    {
        std::vector<size_t> indexes;
        size_t next = 0;
    };
    std::unordered_map<uint64_t, Slot> m_byIdentity;
};

} // namespace

std::optional<Change> Differ::compareArrays(const Json &left, const Json &right, const Place &place)
{
    const DiffOptions::ArrayRule *rule = arrayRule(place);
    std::vector<Change> children = rule && rule->order == DiffOptions::Order::Unordered
                                       ? compareSets(left, right, place, rule)
                                       : compareSequences(left, right, place, rule);
    if (children.empty()) {
        return std::nullopt;
    }
    Change change = container(std::move(children));
    change.isArray = true;
    change.leftLength = left.size();
    change.rightLength = right.size();
    return change;
}

std::vector<uint64_t> Differ::identities(const Json &array, const Place &place,
                                         const DiffOptions::ArrayRule *rule) const
{
    const bool keyed = rule && !rule->keyField.empty();
    std::vector<uint64_t> ids;
    ids.reserve(array.size());
    for (size_t i = 0; i < array.size(); ++i) {
        const Json &item = array[i];
        const Place inner = child(place, i);
        if (isIgnored(inner)) {
            ids.push_back(kIgnoredTag);
            continue;
        }
        if (keyed && item.is_object()) {
            const auto key = item.find(rule->keyField);
            if (key != item.end()) {
                ids.push_back(mixHash(hashValue(*key) ^ kKeyTag));
                continue;
            }
        }
        ids.push_back(hashAt(item, inner));
    }
    return ids;
}

std::vector<Change> Differ::compareSequences(const Json &left, const Json &right,
                                             const Place &place, const DiffOptions::ArrayRule *rule)
{
    const std::vector<uint64_t> leftIds = identities(left, place, rule);
    const std::vector<uint64_t> rightIds = identities(right, place, rule);

    std::vector<ItemFate> leftFates(left.size());
    std::vector<ItemFate> rightFates(right.size());
    for (const SequenceAligner::Match &match : SequenceAligner::align(leftIds, rightIds)) {
        leftFates[match.first] = ItemFate{ItemFate::Kind::Matched, match.second};
        rightFates[match.second] = ItemFate{ItemFate::Kind::Matched, match.first};
    }

    findMoves(leftIds, rightIds, leftFates, rightFates);
    // Items with a key keep it: a removed and an added item with different keys are two
    // changes, not one. Without keys, the item that took another's place is its new version.
    if (!rule || rule->keyField.empty()) {
        pairInHunks(leftFates, rightFates);
    }

    std::vector<Change> children;
    reportSequence(left, right, place, leftFates, rightFates, children);
    return children;
}

void Differ::findMoves(const std::vector<uint64_t> &leftIds, const std::vector<uint64_t> &rightIds,
                       std::vector<ItemFate> &leftFates, std::vector<ItemFate> &rightFates) const
{
    IdentityQueue unmatched;
    for (size_t i = 0; i < leftFates.size(); ++i) {
        if (leftFates[i].kind == ItemFate::Kind::Lone && leftIds[i] != kIgnoredTag) {
            unmatched.push(leftIds[i], i);
        }
    }
    for (size_t j = 0; j < rightFates.size(); ++j) {
        if (rightFates[j].kind != ItemFate::Kind::Lone) {
            continue;
        }
        const size_t i = unmatched.take(rightIds[j]);
        if (i != SIZE_MAX) {
            leftFates[i] = ItemFate{ItemFate::Kind::Moved, j};
            rightFates[j] = ItemFate{ItemFate::Kind::Moved, i};
        }
    }
}

void Differ::pairInHunks(std::vector<ItemFate> &leftFates, std::vector<ItemFate> &rightFates) const
{
    // A hunk is the stretch between two matched items; the k-th lone item on its left side is
    // paired with the k-th lone item on its right side.
    size_t i = 0;
    size_t j = 0;
    while (i < leftFates.size() || j < rightFates.size()) {
        size_t leftEnd = i;
        while (leftEnd < leftFates.size() && leftFates[leftEnd].kind != ItemFate::Kind::Matched) {
            ++leftEnd;
        }
        size_t rightEnd = j;
        while (rightEnd < rightFates.size() &&
               rightFates[rightEnd].kind != ItemFate::Kind::Matched) {
            ++rightEnd;
        }

        size_t a = i;
        size_t b = j;
        while (true) {
            while (a < leftEnd && leftFates[a].kind != ItemFate::Kind::Lone) {
                ++a;
            }
            while (b < rightEnd && rightFates[b].kind != ItemFate::Kind::Lone) {
                ++b;
            }
            if (a >= leftEnd || b >= rightEnd) {
                break;
            }
            leftFates[a] = ItemFate{ItemFate::Kind::Paired, b};
            rightFates[b] = ItemFate{ItemFate::Kind::Paired, a};
        }

        i = leftEnd + 1;
        j = rightEnd + 1;
    }
}

void Differ::reportSequence(const Json &left, const Json &right, const Place &place,
                            const std::vector<ItemFate> &leftFates,
                            const std::vector<ItemFate> &rightFates, std::vector<Change> &children)
{
    const auto keep = [&children](std::optional<Change> change) {
        if (change) {
            children.push_back(std::move(*change));
        }
    };

    size_t i = 0;
    size_t j = 0;
    while (i < leftFates.size() || j < rightFates.size()) {
        const size_t hunkLeft = i;
        const size_t hunkRight = j;

        // Left side of the hunk: items changed in place and removed items, in left order.
        for (; i < leftFates.size() && leftFates[i].kind != ItemFate::Kind::Matched; ++i) {
            if (leftFates[i].kind == ItemFate::Kind::Paired) {
                keep(compareItems(left[i], right[leftFates[i].other], i, leftFates[i].other, place,
                                  false));
            } else if (leftFates[i].kind == ItemFate::Kind::Lone) {
                addLoneItem(children, Change::Kind::Removed, left[i], i, hunkRight, place);
            }
        }

        // Right side: added items and items moved here, in right order.
        for (; j < rightFates.size() && rightFates[j].kind != ItemFate::Kind::Matched; ++j) {
            if (rightFates[j].kind == ItemFate::Kind::Moved) {
                keep(compareItems(left[rightFates[j].other], right[j], rightFates[j].other, j,
                                  place, true));
            } else if (rightFates[j].kind == ItemFate::Kind::Lone) {
                addLoneItem(children, Change::Kind::Added, right[j], hunkLeft, j, place);
            }
        }

        // The matched pair that ends the hunk.
        if (i < leftFates.size() && j < rightFates.size()) {
            keep(compareItems(left[i], right[j], i, j, place, false));
        }
        ++i;
        ++j;
    }
}

std::optional<Change> Differ::compareItems(const Json &left, const Json &right, size_t leftIndex,
                                           size_t rightIndex, const Place &place, bool moved)
{
    // TODO: patterns step into a matched pair by its left index, so a literal index token in
    // a pattern ("/list/3/x") matches by the left document's numbering only; stepping both
    // sides and matching either would make such patterns symmetric.
    const Place inner = child(place, leftIndex);
    if (isIgnored(inner)) {
        return std::nullopt;
    }
    enter(Frame{{}, leftIndex, rightIndex, true});
    std::optional<Change> change = compare(left, right, inner);
    if (moved) {
        Change move = leaf(Change::Kind::Moved, nullptr, nullptr);
        if (change && change->isContainer) {
            move.children = std::move(change->children);
            move.isArray = change->isArray;
            move.leftLength = change->leftLength;
            move.rightLength = change->rightLength;
        } else if (change) {
            move.children.push_back(std::move(*change));
        }
        change = std::move(move);
    }
    leave();
    return change;
}

void Differ::addLoneItem(std::vector<Change> &children, Change::Kind kind, const Json &value,
                         size_t leftIndex, size_t rightIndex, const Place &place)
{
    if (isIgnored(child(place, kind == Change::Kind::Added ? rightIndex : leftIndex))) {
        return;
    }
    enter(Frame{{}, leftIndex, rightIndex, true});
    children.push_back(kind == Change::Kind::Added ? leaf(kind, nullptr, &value)
                                                   : leaf(kind, &value, nullptr));
    leave();
}

std::vector<Change> Differ::compareSets(const Json &left, const Json &right, const Place &place,
                                        const DiffOptions::ArrayRule *rule)
{
    const std::vector<uint64_t> leftIds = identities(left, place, rule);
    const std::vector<uint64_t> rightIds = identities(right, place, rule);

    IdentityQueue byIdentity;
    for (size_t i = 0; i < leftIds.size(); ++i) {
        byIdentity.push(leftIds[i], i);
    }
    std::vector<size_t> leftPartner(left.size(), SIZE_MAX);
    std::vector<size_t> rightPartner(right.size(), SIZE_MAX);
    for (size_t j = 0; j < rightIds.size(); ++j) {
        const size_t i = byIdentity.take(rightIds[j]);
        if (i != SIZE_MAX) {
            leftPartner[i] = j;
            rightPartner[j] = i;
        }
    }

    // Where an item stands in a set means nothing: lone items point at the other array's end.
    std::vector<Change> children;
    for (size_t i = 0; i < left.size(); ++i) {
        if (leftPartner[i] == SIZE_MAX) {
            addLoneItem(children, Change::Kind::Removed, left[i], i, right.size(), place);
        } else if (std::optional<Change> change = compareItems(left[i], right[leftPartner[i]], i,
                                                               leftPartner[i], place, false)) {
            children.push_back(std::move(*change));
        }
    }
    for (size_t j = 0; j < right.size(); ++j) {
        if (rightPartner[j] == SIZE_MAX) {
            addLoneItem(children, Change::Kind::Added, right[j], left.size(), j, place);
        }
    }
    return children;
}

} // namespace core::diff
