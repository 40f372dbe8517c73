// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace core::jsonpointer {

/// Escapes one reference token for an RFC 6901 pointer: "~" becomes "~0", "/" becomes "~1".
std::string escape(std::string_view token);

/// Appends the escaped form of token to pointer, without a copy when nothing needs escaping.
void appendEscaped(std::string &pointer, std::string_view token);

/// Appends "/" and the escaped token: one step down, for walks that grow and shrink one
/// pointer in place.
void pushToken(std::string &pointer, std::string_view token);

/// Reverses escape(); a lone "~" or "~2" is kept as written.
std::string unescape(std::string_view token);

/// Joins tokens into a pointer: {"a", "b/c"} gives "/a/b~1c"; no tokens give "" (the root).
std::string join(const std::vector<std::string> &tokens);

/// Splits a pointer into unescaped tokens. A pointer that does not start with "/" gives none.
std::vector<std::string> split(std::string_view pointer);

/// Appends one token to a pointer.
std::string append(std::string_view pointer, std::string_view token);
std::string append(std::string_view pointer, size_t index);

} // namespace core::jsonpointer
