// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Result.h"
#include "core/json/Json.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace core {

/// A place in a text: 1-based line and column (in characters), and the 0-based byte offset.
struct TextPosition
{
    int line = 0;
    int column = 0;
    qsizetype offset = -1;

    bool isValid() const { return line > 0; }
};

/// A parsed JSON text that remembers where each value stood.
///
/// The parser is Patchbay's own: it bounds nesting depth and size with a clear error instead
/// of exhausting the stack, rejects invalid UTF-8 with its place, records the line and column
/// of every value and key by JSON pointer, and recognises the "two objects glued by a comma"
/// form that AEP's upserts guide prints, with a hint on how to repair it.
///
///     auto doc = JsonDocument::parse(text);
///     if (!doc)
///         report(doc.error().message(), doc.error().line(), doc.error().column());
///     TextPosition where = doc->positionOf("/header/operations/data");
class JsonDocument
{
public:
    struct Options
    {
        int maxDepth = 1000;                    ///< deeper nesting is an error, not a crash
        qsizetype maxBytes = 256 * 1024 * 1024; ///< larger texts are refused before parsing
        bool recordPositions = true;            ///< off for streams, where speed matters
    };

    /// Parses text; on failure the Error carries line, column and offset of the fault.
    static Result<JsonDocument> parse(std::string_view text, const Options &options);
    static Result<JsonDocument> parse(std::string_view text) { return parse(text, Options()); }

    /// Reads and parses a file; the message names the file.
    static Result<JsonDocument> fromFile(const QString &path, const Options &options);
    static Result<JsonDocument> fromFile(const QString &path) { return fromFile(path, Options()); }

    const Json &root() const { return m_root; }
    Json &root() { return m_root; }
    Json takeRoot() { return std::move(m_root); }

    /// Where the value at an RFC 6901 pointer starts; for a missing pointer, the position of
    /// its nearest existing ancestor, so a problem about a missing key points at its parent.
    TextPosition positionOf(std::string_view pointer) const;

    /// Where the key of the member at pointer starts (the opening quote), if it is a member.
    TextPosition keyPositionOf(std::string_view pointer) const;

    /// Pointers of object members whose key appeared more than once (the last one is kept).
    const std::vector<std::string> &duplicateKeys() const { return m_duplicateKeys; }

private:
    friend class JsonParser;

    Json m_root;
    std::unordered_map<std::string, TextPosition> m_valuePositions;
    std::unordered_map<std::string, TextPosition> m_keyPositions;
    std::vector<std::string> m_duplicateKeys;
};

/// Parses one JSON text into a value as fast as possible, with the same limits and messages as
/// JsonDocument but without positions. Used for streams.
Result<Json> parseJson(std::string_view text, int maxDepth = 1000);

} // namespace core
