// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Result.h"
#include "core/json/Json.h"

#include <string_view>

namespace core {

class JsonDocument;

/// The parser behind JsonDocument::parse() and parseJson(): recursive descent with bounded
/// depth, problems with line and column, and, when positions is given, the place of every
/// value and key and the duplicate keys recorded in it.
Result<Json> runJsonParser(std::string_view text, int maxDepth, JsonDocument *positions);

} // namespace core
