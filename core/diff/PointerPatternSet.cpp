// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "PointerPatternSet.h"

#include "core/json/Json.h"
#include "core/json/JsonPointer.h"

namespace core::diff {

namespace {

// Patterns are matched with one 64-bit word each, so a pattern holds at most 63 tokens.
constexpr size_t kMaxTokens = 63;

int64_t readIndex(const std::string &token)
{
    if (token.empty() || token.size() > 18 || (token.size() > 1 && token.front() == '0')) {
        return -1;
    }
    int64_t value = 0;
    for (char c : token) {
        if (c < '0' || c > '9') {
            return -1;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

bool PointerPatternSet::State::isDead() const
{
    for (size_t i = 0; i < size; ++i) {
        if (word(i) != 0) {
            return false;
        }
    }
    return true;
}

void PointerPatternSet::State::append(uint64_t value)
{
    if (size < kInlineWords) {
        inlineWords[size] = value;
    } else {
        moreWords.push_back(value);
    }
    ++size;
}

Result<void> PointerPatternSet::add(const QString &pattern)
{
    const std::string text = toStdString(pattern);
    Pattern compiled;
    compiled.text = pattern;
    if (!text.empty() && text != "/") {
        if (text.front() != '/') {
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("The pointer pattern '%1' must start with '/' (or be "
                                        "empty for the whole document).")
                             .arg(pattern));
        }
        for (const std::string &raw : jsonpointer::split(text)) {
            Token token;
            // TODO: a member whose key is literally "*" or "**" cannot be matched by itself; an
            // escape for the wildcards in patterns would make it possible.
            if (raw == "*") {
                token.kind = Token::Kind::AnyOne;
            } else if (raw == "**") {
                token.kind = Token::Kind::AnyMany;
            } else {
                token.literal = raw;
                token.index = readIndex(raw);
            }
            compiled.tokens.push_back(std::move(token));
        }
    }
    if (compiled.tokens.size() > kMaxTokens) {
        return Error(ErrorCode::Limit,
                     QStringLiteral("The pointer pattern '%1' has more than %2 tokens.")
                         .arg(pattern)
                         .arg(kMaxTokens));
    }
    m_patterns.push_back(std::move(compiled));
    return {};
}

uint64_t PointerPatternSet::closure(const Pattern &pattern, uint64_t positions) const
{
    // A "**" may match no token at all: reaching it also reaches the token after it.
    for (size_t p = 0; p < pattern.tokens.size(); ++p) {
        if ((positions >> p & 1) && pattern.tokens[p].kind == Token::Kind::AnyMany) {
            positions |= uint64_t(1) << (p + 1);
        }
    }
    return positions;
}

PointerPatternSet::State PointerPatternSet::start() const
{
    State state;
    for (const Pattern &pattern : m_patterns) {
        state.append(closure(pattern, 1));
    }
    return state;
}

template<typename Matches>
PointerPatternSet::State PointerPatternSet::step(const State &state, Matches matches) const
{
    State next;
    if (state.isDead()) {
        return next;
    }
    for (size_t i = 0; i < m_patterns.size(); ++i) {
        const Pattern &pattern = m_patterns[i];
        const uint64_t word = state.word(i);
        uint64_t out = 0;
        for (size_t p = 0; p < pattern.tokens.size(); ++p) {
            if (!(word >> p & 1)) {
                continue;
            }
            const Token &token = pattern.tokens[p];
            if (token.kind == Token::Kind::AnyMany) {
                out |= uint64_t(1) << p;
            } else if (token.kind == Token::Kind::AnyOne || matches(token)) {
                out |= uint64_t(1) << (p + 1);
            }
        }
        next.append(closure(pattern, out));
    }
    return next;
}

PointerPatternSet::State PointerPatternSet::advance(const State &state, std::string_view key) const
{
    return step(state, [key](const Token &token) { return token.literal == key; });
}

PointerPatternSet::State PointerPatternSet::advance(const State &state, size_t index) const
{
    return step(state, [index](const Token &token) { return token.index == int64_t(index); });
}

int PointerPatternSet::firstMatch(const State &state) const
{
    for (size_t i = 0; i < m_patterns.size() && i < state.size; ++i) {
        if (state.word(i) >> m_patterns[i].tokens.size() & 1) {
            return int(i);
        }
    }
    return -1;
}

} // namespace core::diff
