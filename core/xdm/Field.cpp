// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/xdm/Schema.h"

#include <algorithm>
#include <limits>

namespace core::xdm {

IntegerRange integerRange(XdmType type)
{
    switch (type) {
    case XdmType::Int:
        return {std::numeric_limits<std::int32_t>::min(), std::numeric_limits<std::int32_t>::max()};
    case XdmType::Short:
        return {std::numeric_limits<std::int16_t>::min(), std::numeric_limits<std::int16_t>::max()};
    case XdmType::Byte:
        return {std::numeric_limits<std::int8_t>::min(), std::numeric_limits<std::int8_t>::max()};
    default:
        return {std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()};
    }
}

const char *xdmTypeName(XdmType type)
{
    switch (type) {
    case XdmType::String:
        return "string";
    case XdmType::Number:
        return "number";
    case XdmType::Long:
        return "long";
    case XdmType::Int:
        return "int";
    case XdmType::Short:
        return "short";
    case XdmType::Byte:
        return "byte";
    case XdmType::Date:
        return "date";
    case XdmType::DateTime:
        return "date-time";
    case XdmType::Boolean:
        return "boolean";
    case XdmType::Map:
        return "map";
    case XdmType::Object:
        return "object";
    case XdmType::Array:
        return "array";
    case XdmType::Unknown:
        break;
    }
    return "unknown";
}

const Field *Field::child(std::string_view childName) const
{
    // Small objects are faster to scan than to search.
    if (m_childIndex.size() < 8) {
        for (const auto &[childKey, field] : m_childIndex) {
            if (childKey == childName) {
                return field;
            }
        }
        return nullptr;
    }

    const auto it =
        std::lower_bound(m_childIndex.begin(), m_childIndex.end(), childName,
                         [](const auto &entry, std::string_view key) { return entry.first < key; });
    if (it != m_childIndex.end() && it->first == childName) {
        return it->second;
    }
    return nullptr;
}

bool Field::isRequired(std::string_view childName) const
{
    return std::find(required.begin(), required.end(), childName) != required.end();
}

bool Field::isIntegral() const
{
    return type == XdmType::Long || type == XdmType::Int || type == XdmType::Short ||
           type == XdmType::Byte;
}

void Field::indexChildren()
{
    m_childIndex.clear();
    m_childIndex.reserve(children.size());
    for (const std::unique_ptr<Field> &field : children) {
        m_childIndex.emplace_back(field->name, field.get());
    }
    std::sort(m_childIndex.begin(), m_childIndex.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
}

} // namespace core::xdm
