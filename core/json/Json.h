// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <nlohmann/json.hpp>

#include <QString>

#include <string>
#include <string_view>

namespace core {

/// The JSON value type of the engine. Objects keep their members in document order, so
/// messages come out in the order a user wrote them.
using Json = nlohmann::ordered_json;

inline QString toQString(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

inline std::string toStdString(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return std::string(bytes.constData(), static_cast<size_t>(bytes.size()));
}

/// Serialises without throwing: invalid UTF-8 in strings is replaced rather than fatal.
std::string dumpJson(const Json &value, int indent = -1);

/// The JSON type name users know: "object", "array", "string", "number", "boolean", "null".
const char *jsonTypeName(const Json &value);

} // namespace core
