// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "JsonEquality.h"

#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <string_view>
#include <unordered_map>

namespace core::diff {

namespace {

constexpr uint64_t kNullTag = 0x6a09e667f3bcc908ULL;
constexpr uint64_t kBoolTag = 0xbb67ae8584caa73bULL;
constexpr uint64_t kNumberTag = 0x3c6ef372fe94f82bULL;
constexpr uint64_t kStringTag = 0xa54ff53a5f1d36f1ULL;
constexpr uint64_t kArrayTag = 0x510e527fade682d1ULL;
constexpr uint64_t kObjectTag = 0x9b05688c2b3e6c1fULL;

// Objects this size or smaller are searched member by member; larger ones get a map.
constexpr size_t kLinearSearchLimit = 24;

uint64_t hashNumber(const Json &value)
{
    if (value.is_number_unsigned()) {
        const uint64_t u = value.get<uint64_t>();
        if (u <= uint64_t(std::numeric_limits<int64_t>::max())) {
            return mixHash(kNumberTag ^ u);
        }
        return mixHash(kNumberTag ^ u ^ (0x1ULL << 63));
    }
    if (value.is_number_integer()) {
        return mixHash(kNumberTag ^ uint64_t(value.get<int64_t>()));
    }
    const double d = value.get<double>();
    // An integral double must hash like the integer it equals.
    if (std::nearbyint(d) == d && std::fabs(d) < 9.2e18) {
        return mixHash(kNumberTag ^ uint64_t(int64_t(d)));
    }
    uint64_t bits = 0;
    std::memcpy(&bits, &d, sizeof bits);
    return mixHash(kNumberTag ^ bits ^ 0x5555555555555555ULL);
}

bool equalObjects(const Json &left, const Json &right)
{
    if (left.size() != right.size()) {
        return false;
    }
    // Same keys in the same order is the common case and needs no search.
    auto l = left.begin();
    auto r = right.begin();
    for (; l != left.end(); ++l, ++r) {
        if (l.key() != r.key()) {
            break;
        }
        if (!equalValues(l.value(), r.value())) {
            return false;
        }
    }
    if (l == left.end()) {
        return true;
    }
    if (right.size() <= kLinearSearchLimit) {
        for (; l != left.end(); ++l) {
            const auto found = right.find(l.key());
            if (found == right.end() || !equalValues(l.value(), found.value())) {
                return false;
            }
        }
        return true;
    }
    std::unordered_map<std::string_view, const Json *> byKey;
    byKey.reserve(right.size());
    for (auto it = right.begin(); it != right.end(); ++it) {
        byKey.emplace(it.key(), &it.value());
    }
    for (; l != left.end(); ++l) {
        const auto found = byKey.find(l.key());
        if (found == byKey.end() || !equalValues(l.value(), *found->second)) {
            return false;
        }
    }
    return true;
}

} // namespace

uint64_t mixHash(uint64_t value)
{
    value ^= value >> 30;
    value *= 0xbf58476d1ce4e5b9ULL;
    value ^= value >> 27;
    value *= 0x94d049bb133111ebULL;
    value ^= value >> 31;
    return value;
}

uint64_t hashScalar(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return kNullTag;
    case Json::value_t::boolean:
        return mixHash(kBoolTag + (value.get<bool>() ? 1 : 0));
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return hashNumber(value);
    case Json::value_t::string: {
        const std::string &text = value.get_ref<const std::string &>();
        return mixHash(kStringTag ^ std::hash<std::string_view>()(text));
    }
    case Json::value_t::array:
        return kArrayTag;
    case Json::value_t::object:
        return kObjectTag;
    default:
        return 0;
    }
}

uint64_t memberHash(std::string_view key, uint64_t valueHash)
{
    return mixHash(std::hash<std::string_view>()(key) ^ mixHash(valueHash + 0x9e3779b97f4a7c15ULL));
}

uint64_t itemHash(uint64_t previous, uint64_t valueHash)
{
    return mixHash(previous * 0x100000001b3ULL + valueHash);
}

uint64_t hashValue(const Json &value)
{
    if (value.is_array()) {
        uint64_t h = kArrayTag;
        for (const Json &item : value) {
            h = itemHash(h, hashValue(item));
        }
        return h;
    }
    if (value.is_object()) {
        uint64_t h = kObjectTag + value.size();
        for (auto it = value.begin(); it != value.end(); ++it) {
            h += memberHash(it.key(), hashValue(it.value()));
        }
        return mixHash(h);
    }
    return hashScalar(value);
}

bool equalValues(const Json &left, const Json &right)
{
    if (left.is_number() && right.is_number()) {
        return left == right;
    }
    if (left.type() != right.type()) {
        return false;
    }
    if (left.is_object()) {
        return equalObjects(left, right);
    }
    if (left.is_array()) {
        if (left.size() != right.size()) {
            return false;
        }
        for (size_t i = 0; i < left.size(); ++i) {
            if (!equalValues(left[i], right[i])) {
                return false;
            }
        }
        return true;
    }
    return left == right;
}

} // namespace core::diff
