// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/json/Json.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ui::diff {

/// Where a value stands in a printed text: its first and last line (0-based) and, for a scalar,
/// the bytes of the value within its line (UTF-8 offsets from the start of the line).
struct ValueSpan
{
    int firstLine = -1;
    int lastLine = -1;
    int columnBegin = -1;
    int columnEnd = -1;

    bool isValid() const { return firstLine >= 0; }
    bool hasColumns() const { return columnBegin >= 0; }
};

/// A JSON value pretty-printed with a two-space indent, members in document order, that knows
/// the lines each value occupies.
///
/// Empty objects and arrays print as "{}" and "[]"; every line, the last included, ends in
/// '\n'. Values are numbered in document order with one small record each, so an 8 MB document
/// costs a few flat arrays instead of one allocation per value. find() resolves an RFC 6901
/// pointer by walking those records alongside the value, so the value must outlive the
/// PrintedJson for as long as find() is used; releaseIndex() drops the records when the lines
/// are all that is still needed.
///
///     const PrintedJson printed = PrintedJson::print(document);
///     const ValueSpan city = printed.find("/homeAddress/city");
///     std::string_view text = printed.line(city.firstLine);
class PrintedJson
{
public:
    static PrintedJson print(const core::Json &value);

    const std::string &text() const { return m_text; }
    int lineCount() const { return int(m_lineStarts.size()); }
    /// The text of a line without its '\n'.
    std::string_view line(int index) const;

    /// The lines and, for a scalar, the columns of the value at pointer; invalid when the
    /// pointer names no value or the index was released.
    ValueSpan find(std::string_view pointer) const;

    void releaseIndex();

private:
    struct Node
    {
        int32_t firstLine = 0;
        int32_t lastLine = 0;
        int32_t columnBegin = -1;
        int32_t columnEnd = -1;
        uint32_t firstChild = 0; ///< index in m_children of the first child's node number
    };

    uint32_t printValue(const core::Json &value, int depth, const std::string *key, bool comma);
    void printContainer(const core::Json &value, int depth, uint32_t node);
    void startLine(int depth);
    void appendScalar(const core::Json &value);
    void appendString(std::string_view text);
    void appendEscape(unsigned char c);

    struct Member
    {
        int position = -1;
        const core::Json *value = nullptr;
    };
    Member findMember(const core::Json &object, uint32_t node, std::string_view key) const;

    const core::Json *m_root = nullptr;
    std::string m_text;
    std::vector<uint32_t> m_lineStarts;
    std::vector<Node> m_nodes;
    std::vector<uint32_t> m_children;
    /// Member positions of large objects, built the first time find() looks into one.
    mutable std::unordered_map<uint32_t, std::unordered_map<std::string_view, Member>>
        m_memberIndex;
};

} // namespace ui::diff
