// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/json/Json.h"

#include <cstdint>

namespace core::diff {

/// Equality of JSON values as JSON means it: object members compare by key whatever their
/// order (nlohmann's ordered_json operator== does not), and numbers by value, so 1 and 1.0
/// are equal.
bool equalValues(const Json &left, const Json &right);

/// A 64-bit hash that agrees with equalValues(): equal values have equal hashes. Objects hash
/// the same whatever their member order. Different values may collide, so a hash match is a
/// hint, never a proof.
uint64_t hashValue(const Json &value);

/// The hash of a scalar (for an object or array, a tag of its type only), and the mixing step
/// hashValue() is built from, for callers that hash a document their own way.
uint64_t hashScalar(const Json &value);
uint64_t mixHash(uint64_t value);

/// Combines the hashes of an object's members (key and value) in an order-free way.
uint64_t memberHash(std::string_view key, uint64_t valueHash);
/// Appends the hash of an array item to the hash of the items before it.
uint64_t itemHash(uint64_t previous, uint64_t valueHash);

} // namespace core::diff
