// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <cstdint>
#include <cstring>

namespace core::bytescan {

/// Eight bytes of text at p, in one word.
inline std::uint64_t load(const char *p)
{
    std::uint64_t word;
    std::memcpy(&word, p, sizeof(word));
    return word;
}

/// Whether any of the eight bytes in word is a quote, a backslash or a control character
/// (below 0x20), tested on all eight at once. The test is exact; which byte it is, the caller
/// finds by looking at them one by one.
inline bool hasQuoteBackslashOrControl(std::uint64_t word)
{
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highs = 0x8080808080808080ULL;
    const auto hasZeroByte = [](std::uint64_t v) { return ((v - ones) & ~v & highs) != 0; };
    const bool control = ((word - ones * 0x20) & ~word & highs) != 0;
    return control || hasZeroByte(word ^ (ones * '"')) || hasZeroByte(word ^ (ones * '\\'));
}

/// Whether any of the eight bytes is outside ASCII.
inline bool hasNonAscii(std::uint64_t word)
{
    return (word & 0x8080808080808080ULL) != 0;
}

} // namespace core::bytescan
