// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "PrintedJson.h"

#include "core/json/JsonPointer.h"

#include <charconv>

namespace ui::diff {

namespace {

// Objects up to this many members are searched in place; larger ones get an index.
constexpr size_t kLinearSearchLimit = 32;

// A pointer token read as an array index: digits only, no leading zero; -1 otherwise.
int64_t arrayIndex(std::string_view token)
{
    if (token.empty() || (token.size() > 1 && token.front() == '0')) {
        return -1;
    }
    int64_t index = 0;
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), index);
    if (error != std::errc() || end != token.data() + token.size() || index < 0) {
        return -1;
    }
    return index;
}

template<typename Number>
void appendNumber(std::string &out, Number number)
{
    char buffer[24];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, number);
    if (error == std::errc()) {
        out.append(buffer, end);
    }
}

} // namespace

PrintedJson PrintedJson::print(const core::Json &value)
{
    PrintedJson printed;
    printed.m_root = &value;
    printed.printValue(value, 0, nullptr, false);
    return printed;
}

std::string_view PrintedJson::line(int index) const
{
    if (index < 0 || index >= lineCount()) {
        return {};
    }
    const size_t begin = m_lineStarts[size_t(index)];
    const size_t end =
        index + 1 < lineCount() ? m_lineStarts[size_t(index) + 1] - 1 : m_text.size() - 1;
    return std::string_view(m_text).substr(begin, end - begin);
}

uint32_t PrintedJson::printValue(const core::Json &value, int depth, const std::string *key,
                                 bool comma)
{
    const auto node = uint32_t(m_nodes.size());
    m_nodes.emplace_back();
    startLine(depth);
    if (key) {
        appendString(*key);
        m_text += ": ";
    }
    m_nodes[node].firstLine = lineCount() - 1;

    if (value.is_structured() && !value.empty()) {
        printContainer(value, depth, node);
    } else {
        const size_t lineStart = m_lineStarts.back();
        m_nodes[node].columnBegin = int32_t(m_text.size() - lineStart);
        appendScalar(value);
        m_nodes[node].columnEnd = int32_t(m_text.size() - lineStart);
    }

    if (comma) {
        m_text += ',';
    }
    m_text += '\n';
    m_nodes[node].lastLine = lineCount() - 1;
    return node;
}

void PrintedJson::printContainer(const core::Json &value, int depth, uint32_t node)
{
    const bool isObject = value.is_object();
    m_text += isObject ? "{\n" : "[\n";

    // Child slots are reserved up front, so a child's node number can be found by position.
    const auto firstChild = uint32_t(m_children.size());
    m_nodes[node].firstChild = firstChild;
    m_children.resize(m_children.size() + value.size());

    size_t position = 0;
    for (auto it = value.begin(); it != value.end(); ++it, ++position) {
        const bool more = position + 1 < value.size();
        const std::string *key = isObject ? &it.key() : nullptr;
        m_children[firstChild + position] = printValue(it.value(), depth + 1, key, more);
    }

    startLine(depth);
    m_text += isObject ? '}' : ']';
}

void PrintedJson::startLine(int depth)
{
    m_lineStarts.push_back(uint32_t(m_text.size()));
    m_text.append(size_t(depth) * 2, ' ');
}

void PrintedJson::appendScalar(const core::Json &value)
{
    switch (value.type()) {
    case core::Json::value_t::string:
        appendString(value.get_ref<const std::string &>());
        break;
    case core::Json::value_t::number_integer:
        appendNumber(m_text, value.get<int64_t>());
        break;
    case core::Json::value_t::number_unsigned:
        appendNumber(m_text, value.get<uint64_t>());
        break;
    case core::Json::value_t::boolean:
        m_text += value.get<bool>() ? "true" : "false";
        break;
    case core::Json::value_t::object:
        m_text += "{}";
        break;
    case core::Json::value_t::array:
        m_text += "[]";
        break;
    case core::Json::value_t::number_float:
        // Floats keep the engine's spelling (1.0 stays 1.0, 1e100 is 1e+100).
        m_text += core::dumpJson(value);
        break;
    default:
        m_text += "null";
        break;
    }
}

void PrintedJson::appendString(std::string_view text)
{
    // Runs of plain characters are copied at once; only quotes, backslashes and control
    // characters are escaped, as JSON requires.
    m_text += '"';
    size_t run = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') {
            continue;
        }
        m_text.append(text.substr(run, i - run));
        appendEscape(c);
        run = i + 1;
    }
    m_text.append(text.substr(run));
    m_text += '"';
}

void PrintedJson::appendEscape(unsigned char c)
{
    static constexpr char kHex[] = "0123456789abcdef";
    m_text += '\\';
    switch (c) {
    case '"':
    case '\\':
        m_text += char(c);
        return;
    case '\n':
        m_text += 'n';
        return;
    case '\r':
        m_text += 'r';
        return;
    case '\t':
        m_text += 't';
        return;
    case '\b':
        m_text += 'b';
        return;
    case '\f':
        m_text += 'f';
        return;
    default:
        m_text += "u00";
        m_text += kHex[c >> 4];
        m_text += kHex[c & 0xf];
        return;
    }
}

ValueSpan PrintedJson::find(std::string_view pointer) const
{
    if (!m_root || m_nodes.empty() || (!pointer.empty() && pointer.front() != '/')) {
        return {};
    }
    const core::Json *value = m_root;
    uint32_t node = 0;
    std::string token;
    while (!pointer.empty()) {
        pointer.remove_prefix(1);
        const size_t slash = pointer.find('/');
        token = core::jsonpointer::unescape(pointer.substr(0, slash));
        pointer = slash == std::string_view::npos ? std::string_view() : pointer.substr(slash);

        Member member;
        if (value->is_object()) {
            member = findMember(*value, node, token);
        } else if (value->is_array()) {
            const int64_t index = arrayIndex(token);
            if (index >= 0 && size_t(index) < value->size()) {
                member = Member{int(index), &(*value)[size_t(index)]};
            }
        }
        if (!member.value) {
            return {};
        }
        value = member.value;
        node = m_children[m_nodes[node].firstChild + uint32_t(member.position)];
    }
    const Node &found = m_nodes[node];
    return ValueSpan{found.firstLine, found.lastLine, found.columnBegin, found.columnEnd};
}

PrintedJson::Member PrintedJson::findMember(const core::Json &object, uint32_t node,
                                            std::string_view key) const
{
    if (object.size() <= kLinearSearchLimit) {
        int position = 0;
        for (auto it = object.begin(); it != object.end(); ++it, ++position) {
            if (it.key() == key) {
                return Member{position, &it.value()};
            }
        }
        return {};
    }

    auto &index = m_memberIndex[node];
    if (index.empty()) {
        index.reserve(object.size());
        int position = 0;
        for (auto it = object.begin(); it != object.end(); ++it, ++position) {
            index.emplace(it.key(), Member{position, &it.value()});
        }
    }
    const auto found = index.find(key);
    return found == index.end() ? Member() : found->second;
}

void PrintedJson::releaseIndex()
{
    m_root = nullptr;
    m_nodes = {};
    m_children = {};
    m_memberIndex = {};
}

} // namespace ui::diff
