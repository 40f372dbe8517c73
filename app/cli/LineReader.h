// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <cstddef>
#include <cstdio>
#include <cstring>
#include <string>

namespace cli {

constexpr size_t kMaxLineBytes = 16 * 1024 * 1024;

// Reads lines of any length with a bound; the stream is consumed in large blocks.
class LineReader
{
public:
    explicit LineReader(std::FILE *file)
        : m_file(file)
    {}

    // false at the end; *tooLong is set for lines past the bound (skipped, not split).
    bool next(std::string &line, bool *tooLong)
    {
        line.clear();
        *tooLong = false;
        while (true) {
            if (m_pos == m_end && !fill()) {
                return !line.empty() || *tooLong;
            }
            const char *start = m_buffer + m_pos;
            const void *newline = std::memchr(start, '\n', m_end - m_pos);
            const size_t length =
                newline ? size_t(static_cast<const char *>(newline) - start) : m_end - m_pos;
            if (line.size() + length <= kMaxLineBytes) {
                line.append(start, length);
            } else {
                *tooLong = true;
            }
            m_pos += length;
            if (newline) {
                ++m_pos;
                return true;
            }
        }
    }

private:
    bool fill()
    {
        m_pos = 0;
        m_end = std::fread(m_buffer, 1, sizeof(m_buffer), m_file);
        return m_end > 0;
    }

    std::FILE *m_file;
    char m_buffer[1 << 16];
    size_t m_pos = 0;
    size_t m_end = 0;
};

} // namespace cli
