// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "JsonPointer.h"

#include <algorithm>

namespace core::jsonpointer {

std::string escape(std::string_view token)
{
    std::string out;
    appendEscaped(out, token);
    return out;
}

void appendEscaped(std::string &pointer, std::string_view token)
{
    const bool plain =
        std::none_of(token.begin(), token.end(), [](char c) { return c == '~' || c == '/'; });
    if (plain) {
        pointer += token;
        return;
    }
    pointer.reserve(pointer.size() + token.size() + 2);
    for (char c : token) {
        if (c == '~') {
            pointer += "~0";
        } else if (c == '/') {
            pointer += "~1";
        } else {
            pointer += c;
        }
    }
}

void pushToken(std::string &pointer, std::string_view token)
{
    pointer += '/';
    appendEscaped(pointer, token);
}

std::string unescape(std::string_view token)
{
    std::string out;
    out.reserve(token.size());
    for (size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size() &&
            (token[i + 1] == '0' || token[i + 1] == '1')) {
            out += token[i + 1] == '0' ? '~' : '/';
            ++i;
        } else {
            out += token[i];
        }
    }
    return out;
}

std::string join(const std::vector<std::string> &tokens)
{
    std::string out;
    for (const std::string &token : tokens) {
        out += '/';
        out += escape(token);
    }
    return out;
}

std::vector<std::string> split(std::string_view pointer)
{
    std::vector<std::string> tokens;
    if (pointer.empty() || pointer.front() != '/') {
        return tokens;
    }
    size_t start = 1;
    while (true) {
        const size_t slash = pointer.find('/', start);
        const std::string_view token = pointer.substr(
            start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
        tokens.push_back(unescape(token));
        if (slash == std::string_view::npos) {
            break;
        }
        start = slash + 1;
    }
    return tokens;
}

std::string append(std::string_view pointer, std::string_view token)
{
    std::string out(pointer);
    out += '/';
    out += escape(token);
    return out;
}

std::string append(std::string_view pointer, size_t index)
{
    std::string out(pointer);
    out += '/';
    out += std::to_string(index);
    return out;
}

} // namespace core::jsonpointer
