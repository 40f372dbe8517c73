// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "Differ.h"

#include "core/diff/JsonDiff.h"
#include "core/diff/JsonEquality.h"

#include <cstring>
#include <unordered_map>

namespace core::diff {

namespace {

// Objects this size or smaller are searched member by member; larger ones get a map.
constexpr size_t kLinearSearchLimit = 24;

// Finds members by key, with a map only for objects large enough to need one.
class MemberIndex
{
public:
    explicit MemberIndex(const Json &object)
        : m_object(object)
    {
        if (object.size() > kLinearSearchLimit) {
            m_byKey.reserve(object.size());
            for (auto it = object.begin(); it != object.end(); ++it) {
                m_byKey.emplace(it.key(), &it.value());
            }
        }
    }

    const Json *find(std::string_view key) const
    {
        if (m_object.size() > kLinearSearchLimit) {
            const auto found = m_byKey.find(key);
            return found == m_byKey.end() ? nullptr : found->second;
        }
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (it.key() == key) {
                return &it.value();
            }
        }
        return nullptr;
    }

private:
    const Json &m_object;
    std::unordered_map<std::string_view, const Json *> m_byKey;
};

// Appends an RFC 6901 reference token: "~" as "~0", "/" as "~1".
void appendEscaped(std::string &out, std::string_view token)
{
    for (char c : token) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
}

bool sameJsonType(const Json &left, const Json &right)
{
    return std::strcmp(jsonTypeName(left), jsonTypeName(right)) == 0;
}

} // namespace

DiffResult diff(const Json &left, const Json &right, const DiffOptions &options)
{
    Differ differ(options);
    return differ.run(left, right);
}

DiffResult diff(const Json &left, const Json &right)
{
    const DiffOptions options;
    return diff(left, right, options);
}

Differ::Differ(const DiffOptions &options)
    : m_options(options)
{}

DiffResult Differ::run(const Json &left, const Json &right)
{
    const Place root{m_options.ignores().start(), m_options.arrayPatterns().start()};
    DiffResult result;
    if (!isIgnored(root)) {
        result.root = compare(left, right, root);
    }
    result.counts = m_counts;
    return result;
}

std::optional<Change> Differ::compare(const Json &left, const Json &right, const Place &place)
{
    if (left.is_object() && right.is_object()) {
        return compareObjects(left, right, place);
    }
    if (left.is_array() && right.is_array()) {
        return compareArrays(left, right, place);
    }
    if (!sameJsonType(left, right)) {
        return leaf(Change::Kind::TypeChanged, &left, &right);
    }
    // Two scalars of one JSON type (two objects or two arrays went to the cases above).
    if (equalValues(left, right)) {
        return std::nullopt;
    }
    return leaf(Change::Kind::Changed, &left, &right);
}

std::optional<Change> Differ::compareObjects(const Json &left, const Json &right,
                                             const Place &place)
{
    std::vector<Change> children;

    // Members in the same order on both sides need no search; that is the usual case.
    auto l = left.begin();
    auto r = right.begin();
    for (; l != left.end() && r != right.end() && l.key() == r.key(); ++l, ++r) {
        if (std::optional<Change> change = compareMember(l.value(), r.value(), l.key(), place)) {
            children.push_back(std::move(*change));
        }
    }

    if (l != left.end() || r != right.end()) {
        const MemberIndex rightIndex(right);
        for (; l != left.end(); ++l) {
            if (const Json *other = rightIndex.find(l.key())) {
                if (std::optional<Change> change =
                        compareMember(l.value(), *other, l.key(), place)) {
                    children.push_back(std::move(*change));
                }
            } else {
                addLoneMember(children, Change::Kind::Removed, l.value(), l.key(), place);
            }
        }
        const MemberIndex leftIndex(left);
        for (; r != right.end(); ++r) {
            if (!leftIndex.find(r.key())) {
                addLoneMember(children, Change::Kind::Added, r.value(), r.key(), place);
            }
        }
    }

    if (children.empty()) {
        return std::nullopt;
    }
    return container(std::move(children));
}

std::optional<Change> Differ::compareMember(const Json &left, const Json &right,
                                            std::string_view key, const Place &place)
{
    const Place inner = child(place, key);
    if (isIgnored(inner)) {
        return std::nullopt;
    }
    enter(Frame{key, 0, 0, false});
    std::optional<Change> change = compare(left, right, inner);
    leave();
    return change;
}

void Differ::addLoneMember(std::vector<Change> &children, Change::Kind kind, const Json &value,
                           std::string_view key, const Place &place)
{
    if (isIgnored(child(place, key))) {
        return;
    }
    enter(Frame{key, 0, 0, false});
    children.push_back(kind == Change::Kind::Added ? leaf(kind, nullptr, &value)
                                                   : leaf(kind, &value, nullptr));
    leave();
}

Differ::Place Differ::child(const Place &place, std::string_view key) const
{
    return Place{m_options.ignores().advance(place.ignore, key),
                 m_options.arrayPatterns().advance(place.arrays, key)};
}

Differ::Place Differ::child(const Place &place, size_t index) const
{
    return Place{m_options.ignores().advance(place.ignore, index),
                 m_options.arrayPatterns().advance(place.arrays, index)};
}

bool Differ::isIgnored(const Place &place) const
{
    return !place.ignore.isDead() && m_options.ignores().firstMatch(place.ignore) >= 0;
}

const DiffOptions::ArrayRule *Differ::arrayRule(const Place &place) const
{
    if (place.arrays.isDead()) {
        return nullptr;
    }
    const int index = m_options.arrayPatterns().firstMatch(place.arrays);
    return index < 0 ? nullptr : &m_options.arrayRule(index);
}

uint64_t Differ::hashAt(const Json &value, const Place &place) const
{
    // Without live patterns below this place the plain hash says the same, faster.
    if (!value.is_structured() || (place.ignore.isDead() && place.arrays.isDead())) {
        return hashValue(value);
    }
    if (value.is_object()) {
        uint64_t h = hashScalar(value) + value.size();
        for (auto it = value.begin(); it != value.end(); ++it) {
            const Place inner = child(place, it.key());
            if (!isIgnored(inner)) {
                h += memberHash(it.key(), hashAt(it.value(), inner));
            }
        }
        return mixHash(h);
    }

    // An unordered array hashes the same whatever the order of its items.
    const DiffOptions::ArrayRule *rule = arrayRule(place);
    const bool unordered = rule && rule->order == DiffOptions::Order::Unordered;
    uint64_t h = hashScalar(value);
    for (size_t i = 0; i < value.size(); ++i) {
        const Place inner = child(place, i);
        if (isIgnored(inner)) {
            continue;
        }
        const uint64_t item = hashAt(value[i], inner);
        h = unordered ? h + mixHash(item) : itemHash(h, item);
    }
    return h;
}

Change Differ::leaf(Change::Kind kind, const Json *oldValue, const Json *newValue)
{
    Change change;
    change.kind = kind;
    change.leftPointer = pointer(true);
    change.rightPointer = pointer(false);
    if (oldValue) {
        change.oldValue = *oldValue;
    }
    if (newValue) {
        change.newValue = *newValue;
    }
    switch (kind) {
    case Change::Kind::Added:
        ++m_counts.added;
        break;
    case Change::Kind::Removed:
        ++m_counts.removed;
        break;
    case Change::Kind::Changed:
        ++m_counts.changed;
        break;
    case Change::Kind::Moved:
        ++m_counts.moved;
        break;
    case Change::Kind::TypeChanged:
        ++m_counts.typeChanged;
        break;
    }
    return change;
}

Change Differ::container(std::vector<Change> children)
{
    Change change;
    change.kind = Change::Kind::Changed;
    change.isContainer = true;
    change.leftPointer = pointer(true);
    change.rightPointer = pointer(false);
    change.children = std::move(children);
    return change;
}

void Differ::leave()
{
    m_path.pop_back();
    for (PointerCache *cache : {&m_leftPointers, &m_rightPointers}) {
        if (cache->lengths.size() > m_path.size() + 1) {
            cache->lengths.resize(m_path.size() + 1);
            cache->text.resize(cache->lengths.back());
        }
    }
}

std::string Differ::pointer(bool leftSide)
{
    PointerCache &cache = leftSide ? m_leftPointers : m_rightPointers;
    while (cache.lengths.size() <= m_path.size()) {
        const Frame &frame = m_path[cache.lengths.size() - 1];
        cache.text += '/';
        if (frame.isIndex) {
            cache.text += std::to_string(leftSide ? frame.left : frame.right);
        } else {
            appendEscaped(cache.text, frame.key);
        }
        cache.lengths.push_back(cache.text.size());
    }
    return cache.text;
}

} // namespace core::diff
