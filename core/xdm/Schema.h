// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Problem.h"
#include "core/Result.h"
#include "core/json/Json.h"

#include <QRegularExpression>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace core::xdm {

/// The XDM type of a field (meta:xdmType, or derived from the JSON Schema type and format).
enum class XdmType
{
    String,
    Number,
    Long,
    Int,
    Short,
    Byte,
    Date,
    DateTime,
    Boolean,
    Map,
    Object,
    Array,
    Unknown
};

const char *xdmTypeName(XdmType type);

/// The values a field of an integral type holds: the Java range of int, short and byte, and
/// of long for every other type. Coercion and validation both check against it.
struct IntegerRange
{
    std::int64_t low;
    std::int64_t high;
};
IntegerRange integerRange(XdmType type);

/// One field of a resolved schema, with the constraints streaming validation checks.
struct Field
{
    std::string name;
    XdmType type = XdmType::Unknown;
    std::string title;
    std::string description;
    std::string format;           ///< email, uri, uri-reference, date, date-time, ...
    std::string pattern;          ///< ECMA-262 regular expression, as written
    std::vector<Json> enumValues; ///< empty: any value
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<qint64> minLength;
    std::optional<qint64> maxLength;
    Json defaultValue;                            ///< null when the schema gives none
    std::vector<std::string> required;            ///< required children, identities included
    std::vector<std::unique_ptr<Field>> children; ///< object properties, in schema order
    std::unique_ptr<Field> items;                 ///< the element of an array
    std::unique_ptr<Field> values;                ///< the value of a map (additionalProperties)

    std::string xdmName;             ///< the name as defined ("xdm:personalEmail"), if it differs
    QRegularExpression patternRegex; ///< pattern, compiled (optimize()) once at load
    QString patternError;            ///< why pattern does not compile; empty when it does
    bool identity = false;           ///< an identity descriptor points at this field

    const Field *child(std::string_view childName) const;
    bool isRequired(std::string_view childName) const;
    bool hasPattern() const { return !pattern.empty(); }
    bool isIntegral() const; ///< Long, Int, Short or Byte

    /// Rebuilds the lookup index of children; call after children changed.
    void indexChildren();

private:
    std::vector<std::pair<std::string_view, const Field *>> m_childIndex; ///< sorted by name
};

/// An xdm:descriptorIdentity: the field at path holds identities of a namespace.
struct IdentityDescriptor
{
    std::vector<std::string> path; ///< "/personalEmail/address" as {"personalEmail", "address"}
    std::string namespaceCode;     ///< "Email"
    bool primary = false;
};

/// Standard XDM classes, field groups and data types by $id, from which schemas written as
/// class + field groups are resolved. bundled() holds the ones shipped in resources/xdm.
class SchemaLibrary
{
public:
    static const SchemaLibrary &bundled();

    /// Adds a definition under its "$id"; a later one with the same id replaces the earlier.
    Result<void> add(const Json &definition);
    const Json *find(const std::string &id) const;
    std::vector<std::string> ids() const;

private:
    std::unordered_map<std::string, Json> m_definitions;
};

/// A resolved XDM schema: the field tree, its identity descriptors and its Profile tags.
///
/// Accepts a resolved ("full", application/vnd.adobe.xed-full+json) schema with inline
/// properties, or a schema of allOf $refs to a class and field groups, resolved through a
/// SchemaLibrary. Identity descriptors come from a top-level "meta:descriptors" array (the form
/// Patchbay stores them in, since the Schema Registry serves descriptors separately).
class Schema
{
public:
    static Result<Schema> fromJson(const Json &schema, const SchemaLibrary &library);
    static Result<Schema> fromFile(const QString &path, const SchemaLibrary &library);

    const std::string &id() const { return m_id; }
    const std::string &title() const { return m_title; }
    bool isProfileEnabled() const { return m_profileEnabled; } ///< meta:immutableTags has union
    const Field &root() const { return *m_root; }

    /// The field at a path of names; array fields are stepped through to their items, so
    /// {"emails", "address"} finds the address of each element of emails, and any key of a
    /// map field names its values: {"identityMap", "Email", "id"} finds the identity item id.
    const Field *find(const std::vector<std::string> &path) const;

    const std::vector<IdentityDescriptor> &identityDescriptors() const { return m_descriptors; }
    const IdentityDescriptor *primaryDescriptor() const;
    bool hasIdentityMap() const;
    /// Whether the schema itself declares required fields anywhere in the tree (for the identity
    /// dataset check). Identity fields, which are required by default, do not count.
    bool hasRequiredFields() const { return m_hasRequiredFields; }

    /// The resolved schema as JSON (properties inlined), for the schema view and export.
    Json toResolvedJson() const;

private:
    Result<void> readDescriptors(const Json &json);
    Result<void> addDescriptor(const Json &entry, size_t index);

    std::string m_id;
    std::string m_title;
    bool m_profileEnabled = false;
    bool m_hasRequiredFields = false;
    std::shared_ptr<Field> m_root;
    std::shared_ptr<const Json> m_resolved;
    std::vector<IdentityDescriptor> m_descriptors;
};

/// Settings for coercion that the documentation leaves open (§6.8 of the spec).
struct CoercionOptions
{
    bool numericStringsToNumbers = true;
    bool autoDetectDates = true;
};

/// A value converted towards a field's type. A failed conversion has an error and a null value.
struct Coercion
{
    Json value;
    QString error;   ///< why the conversion failed; empty on success
    QString warning; ///< accepted, but worth a warning (M11 ambiguous date)
    QString warningRule;
    bool ok() const { return error.isEmpty(); }
};

/// Converts a mapped value to the destination field's type, as Data Prep does before writing.
///
/// Strings become booleans only for the documented words (y, yes, on, true, n, no, off, false,
/// in lower or upper case); dates are auto-detected (RFC 3339 first, then Data Prep's pattern
/// list in order; M11 in warningRule when the reading is ambiguous, M12 in the error when
/// nothing matches), read as UTC when zone-less and written as "2019-10-23T11:24:00Z" or
/// "2019-10-23". Integer types take whole numbers and numeric strings within their Java range
/// (a long past ±2^53-1 converts with an X03 warning). Numbers become text as JSON spells them
/// (1234 -> "1234", 12.0 -> "12.0", as Java's Double.toString prints it), booleans "true" and
/// "false"; objects and arrays never become text. Objects, maps and arrays convert member by
/// member: a member that fails is dropped and named in an M06 warning, keys the schema does
/// not know are kept for validation to report.
///
///     Coercion c = coerce(Json("42"), *schema.find({"_tenant", "points"}));
///     c.value;  // 42
Coercion coerce(const Json &value, const Field &field, const CoercionOptions &options = {});

enum class ValidationMode
{
    Full,    ///< a create: required fields must be present
    Partial, ///< a merge: only the fields present are checked
};

/// Checks an entity against the schema: X01 unknown keys, X02 types, X03 enum, pattern,
/// format and ranges, X04 required fields, X05 null or empty values, X06 map values,
/// X07 when more than five violations stop validation as DCS does. Problem pointers point
/// into the entity.
Problems validate(const Json &entity, const Schema &schema, ValidationMode mode);

/// The same with the number of violations reported before X07 stops validation.
Problems validate(const Json &entity, const Schema &schema, ValidationMode mode, int maxViolations);

} // namespace core::xdm
