// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Result.h"

#include <QString>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace core::diff {

/// A list of JSON pointer patterns, matched token by token while a document is walked.
///
/// A pattern is written like an RFC 6901 pointer ("~0" for "~", "~1" for "/"), where the token
/// "*" stands for any one token and "**" for any number of tokens, none included. "" and "/"
/// both mean the root. "/**/header/msgId" matches "/header/msgId" and "/0/header/msgId".
///
/// Matching is incremental, so a walk over a large document pays one small step per value
/// instead of comparing whole pointers: start with start(), step into a member or an item
/// with advance(), and ask firstMatch() whether the place reached is matched.
///
///     PointerPatternSet ignores;
///     ignores.add(QStringLiteral("/**/createdAt"));
///     State s = ignores.advance(ignores.advance(ignores.start(), "header"), "createdAt");
///     bool ignored = ignores.firstMatch(s) >= 0;
class PointerPatternSet
{
public:
    /// How far each pattern has got: bit p of a pattern's word set means "p tokens of the
    /// pattern are consumed". All words zero means no pattern can match below this place.
    struct State
    {
        /// The words of the first patterns live inline, so stepping needs no allocation for
        /// the usual handful of patterns.
        static constexpr size_t kInlineWords = 12;

        std::array<uint64_t, kInlineWords> inlineWords{};
        std::vector<uint64_t> moreWords;
        size_t size = 0; ///< how many patterns' words are held; 0 for a dead state

        bool isDead() const;
        uint64_t word(size_t index) const
        {
            return index < kInlineWords ? inlineWords[index] : moreWords[index - kInlineWords];
        }
        void append(uint64_t word);
    };

    /// Adds a pattern; fails with a message naming the pattern when it is malformed.
    Result<void> add(const QString &pattern);

    bool isEmpty() const { return m_patterns.empty(); }
    int size() const { return int(m_patterns.size()); }
    /// The pattern at index as it was given.
    const QString &text(int index) const { return m_patterns[size_t(index)].text; }

    State start() const;
    State advance(const State &state, std::string_view key) const;
    State advance(const State &state, size_t index) const;

    /// The index of the first pattern that matches exactly at this place, or -1.
    int firstMatch(const State &state) const;

private:
    struct Token
    {
        enum class Kind
        {
            Literal,
            AnyOne,
            AnyMany
        };
        Kind kind = Kind::Literal;
        std::string literal;
        int64_t index = -1; ///< the literal read as an array index, -1 when it is not one
    };

    struct Pattern
    {
        QString text;
        std::vector<Token> tokens;
    };

    template<typename Matches>
    State step(const State &state, Matches matches) const;
    uint64_t closure(const Pattern &pattern, uint64_t positions) const;

    std::vector<Pattern> m_patterns;
};

} // namespace core::diff
