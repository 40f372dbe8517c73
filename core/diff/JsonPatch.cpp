// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// Building a patch from a change tree. Applying one is in JsonPatchApply.cpp.
#include "JsonPatch.h"

#include "core/json/JsonPointer.h"

#include <algorithm>
#include <charconv>
#include <map>

namespace core::diff {

namespace {

// The array index an item change's pointer ends with.
size_t lastIndex(const std::string &pointer)
{
    const size_t slash = pointer.rfind('/');
    size_t index = 0;
    if (slash != std::string::npos) {
        std::from_chars(pointer.data() + slash + 1, pointer.data() + pointer.size(), index);
    }
    return index;
}

Json operation(const char *op, const std::string &path)
{
    Json out = Json::object();
    out["op"] = op;
    out["path"] = path;
    return out;
}

class PatchBuilder
{
public:
    explicit PatchBuilder(Json &ops)
        : m_ops(ops)
    {}

    void write(const Change &change);

private:
    void writeLeaf(const Change &change);
    void writeInside(const Change &change);
    void writeArray(const Change &change);
    void writeArrayInserts(const Change &array, const std::vector<bool> &removed,
                           const std::vector<size_t> &movedFrom,
                           const std::map<size_t, const Json *> &added);

    Json &m_ops;
};

void PatchBuilder::write(const Change &change)
{
    if (change.isContainer) {
        writeInside(change);
    } else {
        writeLeaf(change);
    }
}

void PatchBuilder::writeInside(const Change &change)
{
    if (change.isArray) {
        writeArray(change);
        return;
    }
    for (const Change &child : change.children) {
        write(child);
    }
}

void PatchBuilder::writeLeaf(const Change &change)
{
    switch (change.kind) {
    case Change::Kind::Added: {
        Json op = operation("add", change.leftPointer);
        op["value"] = change.newValue;
        m_ops.push_back(std::move(op));
        break;
    }
    case Change::Kind::Removed:
        m_ops.push_back(operation("remove", change.leftPointer));
        break;
    case Change::Kind::Changed:
    case Change::Kind::TypeChanged: {
        Json op = operation("replace", change.leftPointer);
        op["value"] = change.newValue;
        m_ops.push_back(std::move(op));
        break;
    }
    case Change::Kind::Moved:
        // A move is made by the array that holds the item (writeArray); here only what changed
        // inside the moved item remains.
        writeInside(change);
        break;
    }
}

void PatchBuilder::writeArray(const Change &array)
{
    std::vector<bool> removed(array.leftLength, false);
    std::vector<size_t> movedFrom(array.rightLength, SIZE_MAX);
    std::map<size_t, const Json *> added;

    // Step 1: changes inside items, at their left index, while every item is where it was.
    for (const Change &child : array.children) {
        const size_t left = lastIndex(child.leftPointer);
        const size_t right = lastIndex(child.rightPointer);
        if (child.kind == Change::Kind::Added && right < array.rightLength) {
            added.emplace(right, &child.newValue);
        } else if (child.kind == Change::Kind::Removed && left < array.leftLength) {
            removed[left] = true;
        } else if (child.kind == Change::Kind::Moved && right < array.rightLength) {
            movedFrom[right] = left;
            writeInside(child);
        } else {
            write(child);
        }
    }

    // Step 2: removals, from the highest index down, so the lower ones stay valid.
    for (size_t i = array.leftLength; i-- > 0;) {
        if (removed[i]) {
            m_ops.push_back(operation("remove", jsonpointer::append(array.leftPointer, i)));
        }
    }

    writeArrayInserts(array, removed, movedFrom, added);
}

// The array's items as tags, a left index or, for an added item, leftLength + its right index:
// current is the array after step 2, tagOf[j] the tag of the item that ends at right index j.
struct ArrayTags
{
    std::vector<size_t> current;
    std::vector<size_t> tagOf;
};

ArrayTags tagItems(const Change &array, const std::vector<bool> &removed,
                   const std::vector<size_t> &movedFrom,
                   const std::map<size_t, const Json *> &added)
{
    const size_t leftLength = array.leftLength;
    std::vector<bool> movedAway(leftLength, false);
    for (size_t from : movedFrom) {
        if (from < leftLength) {
            movedAway[from] = true;
        }
    }

    // Items kept in place are the same items on both sides, in the same order, so the k-th
    // kept left item is the k-th kept right item.
    // In an unordered array matched items need not be in the same order; as the diff reports
    // no change for that, the patch keeps them in their left order.
    ArrayTags tags;
    std::vector<size_t> kept;
    for (size_t i = 0; i < leftLength; ++i) {
        if (!removed[i]) {
            tags.current.push_back(i);
            if (!movedAway[i]) {
                kept.push_back(i);
            }
        }
    }
    tags.tagOf.assign(array.rightLength, SIZE_MAX);
    for (size_t j = 0, k = 0; j < array.rightLength; ++j) {
        if (added.count(j)) {
            tags.tagOf[j] = leftLength + j;
        } else if (movedFrom[j] != SIZE_MAX) {
            tags.tagOf[j] = movedFrom[j];
        } else if (k < kept.size()) {
            tags.tagOf[j] = kept[k++];
        }
    }
    return tags;
}

void PatchBuilder::writeArrayInserts(const Change &array, const std::vector<bool> &removed,
                                     const std::vector<size_t> &movedFrom,
                                     const std::map<size_t, const Json *> &added)
{
    ArrayTags tags = tagItems(array, removed, movedFrom, added);
    std::vector<size_t> &current = tags.current;

    // Step 3: from the lowest right index up, each added or moved item goes right after the
    // item that precedes it in the right array, which is already in place.
    const auto placeAfter = [&](size_t j) -> size_t {
        if (j == 0) {
            return 0;
        }
        const auto found = std::find(current.begin(), current.end(), tags.tagOf[j - 1]);
        return found == current.end() ? std::min(j, current.size())
                                      : size_t(found - current.begin()) + 1;
    };
    for (size_t j = 0; j < array.rightLength; ++j) {
        const auto addedHere = added.find(j);
        if (addedHere != added.end()) {
            const size_t at = placeAfter(j);
            current.insert(current.begin() + ptrdiff_t(at), tags.tagOf[j]);
            Json op = operation("add", jsonpointer::append(array.leftPointer, at));
            op["value"] = *addedHere->second;
            m_ops.push_back(std::move(op));
            continue;
        }
        const auto found = movedFrom[j] == SIZE_MAX
                               ? current.end()
                               : std::find(current.begin(), current.end(), tags.tagOf[j]);
        if (found == current.end()) {
            continue;
        }
        const size_t from = size_t(found - current.begin());
        current.erase(found);
        const size_t at = placeAfter(j);
        current.insert(current.begin() + ptrdiff_t(at), tags.tagOf[j]);
        if (from != at) {
            Json op = operation("move", jsonpointer::append(array.leftPointer, at));
            op["from"] = jsonpointer::append(array.leftPointer, from);
            m_ops.push_back(std::move(op));
        }
    }
}

} // namespace

Json toJsonPatch(const DiffResult &result)
{
    Json ops = Json::array();
    if (result.root) {
        PatchBuilder builder(ops);
        builder.write(*result.root);
    }
    return ops;
}

} // namespace core::diff
