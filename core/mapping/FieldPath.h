// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Result.h"
#include "core/json/Json.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace core {

/// One step of a field path: a member name, an array index or the wildcard [*].
struct PathSegment
{
    enum class Kind
    {
        Name,
        Index,
        Wildcard
    };
    Kind kind = Kind::Name;
    std::string name;
    size_t index = 0;

    bool operator==(const PathSegment &other) const = default;
};

/// A source or destination path of a mapping, in Data Prep's dot notation (spec §6.5):
/// "person.name.firstName", "address.street\.name" (an escaped dot inside a name),
/// "${First Name}" (a wrapped name), "emails[0].address" (an index) and "emails[*].address"
/// (every element).
class FieldPath
{
public:
    static Result<FieldPath> parse(std::string_view text);

    const std::vector<PathSegment> &segments() const { return m_segments; }
    const std::string &text() const { return m_text; }
    bool isEmpty() const { return m_segments.empty(); }
    int wildcardCount() const;
    /// Whether a name segment was written with ${...}.
    bool usesBraces() const { return m_usesBraces; }

    /// The member names only, for schema lookups: "emails[*].address" gives {emails, address}.
    std::vector<std::string> names() const;

    /// The RFC 6901 pointer of a path without wildcards ("/person/name/firstName").
    std::string pointer() const;

    /// Whether this path equals other or lies inside it (for "is this source mapped?").
    bool startsWith(const FieldPath &other) const;

private:
    std::string m_text;
    std::vector<PathSegment> m_segments;
    bool m_usesBraces = false;
};

/// The value at path in root, or nullptr when any step is missing. Wildcards are not allowed
/// here; use collect() for them.
const Json *lookup(const Json &root, const FieldPath &path);

/// Every value a path with wildcards reaches, in order; missing elements yield null entries so
/// that positions line up with the destination's [*].
std::vector<Json> collect(const Json &root, const FieldPath &path);

/// Writes value at path in root, creating objects and arrays on the way. A destination with
/// [*] takes an array of values and writes element i of it to element i.
/// Returns an error when the path crosses a value of another kind (a string where an object
/// is needed).
Result<void> assign(Json &root, const FieldPath &path, Json value);

/// As assign(), and an object it creates for segment i starts with room for room[i] members,
/// so that it is not regrown member by member (room may be shorter than the path).
Result<void> assign(Json &root, const FieldPath &path, Json value,
                    const std::vector<std::uint16_t> &room);

} // namespace core
