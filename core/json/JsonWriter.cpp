// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "JsonWriter.h"

#include "core/json/ByteScan.h"

#include <charconv>
#include <cstdint>

namespace core {

namespace {

bool needsEscape(unsigned char c)
{
    return c == '"' || c == '\\' || c < 0x20;
}

void writeEscapedChar(unsigned char c, std::string &out)
{
    static const char hex[] = "0123456789abcdef";
    switch (c) {
    case '"':
        out += "\\\"";
        return;
    case '\\':
        out += "\\\\";
        return;
    case '\b':
        out += "\\b";
        return;
    case '\f':
        out += "\\f";
        return;
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    default:
        out += "\\u00";
        out += hex[c >> 4];
        out += hex[c & 0xf];
    }
}

void writeString(std::string_view text, std::string &out)
{
    out += '"';
    const char *data = text.data();
    const size_t size = text.size();
    size_t runStart = 0;
    size_t i = 0;
    while (i < size) {
        // Runs with nothing to escape, the common case, are skipped eight bytes at a time.
        if (i + 8 <= size && !bytescan::hasQuoteBackslashOrControl(bytescan::load(data + i))) {
            i += 8;
            continue;
        }
        const unsigned char c = static_cast<unsigned char>(data[i]);
        if (needsEscape(c)) {
            out.append(data + runStart, i - runStart);
            writeEscapedChar(c, out);
            runStart = i + 1;
        }
        ++i;
    }
    out.append(data + runStart, size - runStart);
    out += '"';
}

template<typename Integer>
void writeInteger(Integer number, std::string &out)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof(buffer), number);
    out.append(buffer, size_t(result.ptr - buffer));
}

} // namespace

void writeCompactJson(const Json &value, std::string &out)
{
    switch (value.type()) {
    case Json::value_t::object: {
        out += '{';
        bool first = true;
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (!first) {
                out += ',';
            }
            first = false;
            writeString(it.key(), out);
            out += ':';
            writeCompactJson(it.value(), out);
        }
        out += '}';
        return;
    }
    case Json::value_t::array: {
        out += '[';
        bool first = true;
        for (const Json &element : value) {
            if (!first) {
                out += ',';
            }
            first = false;
            writeCompactJson(element, out);
        }
        out += ']';
        return;
    }
    case Json::value_t::string:
        writeString(value.get_ref<const std::string &>(), out);
        return;
    case Json::value_t::boolean:
        out += value.get<bool>() ? "true" : "false";
        return;
    case Json::value_t::number_integer:
        writeInteger(value.get<std::int64_t>(), out);
        return;
    case Json::value_t::number_unsigned:
        writeInteger(value.get<std::uint64_t>(), out);
        return;
    case Json::value_t::null:
        out += "null";
        return;
    default:
        // Doubles (rare in messages) and binary values: dump() decides their spelling.
        out += value.dump(-1, ' ', false, Json::error_handler_t::replace);
        return;
    }
}

void writeJsonString(std::string_view text, std::string &out)
{
    writeString(text, out);
}

} // namespace core
