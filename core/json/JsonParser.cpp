// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "JsonParser.h"

#include "core/json/ByteScan.h"
#include "core/json/JsonDocument.h"
#include "core/json/JsonPointer.h"

#include <QCoreApplication>

#include <algorithm>
#include <cfloat>
#include <charconv>
#include <cmath>

namespace core {

namespace {

constexpr int kMaxDepthCeiling = 100000;

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QString describeChar(std::string_view text, size_t at)
{
    if (at >= text.size()) {
        return QStringLiteral("the end of the text");
    }
    const unsigned char c = static_cast<unsigned char>(text[at]);
    if (c < 0x20 || c == 0x7f) {
        return QStringLiteral("control character U+%1").arg(c, 4, 16, QLatin1Char('0'));
    }
    if (c >= 0x80) {
        return QStringLiteral("a non-ASCII character");
    }
    return QStringLiteral("'%1'").arg(QLatin1Char(static_cast<char>(c)));
}

// Length of a valid UTF-8 sequence starting at text[at], or 0 when it is not valid.
size_t utf8SequenceLength(std::string_view text, size_t at)
{
    const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    size_t length = 0;
    unsigned int minimum = 0;
    unsigned int code = 0;
    if (lead < 0x80) {
        return 1;
    } else if ((lead & 0xe0) == 0xc0) {
        length = 2;
        minimum = 0x80;
        code = lead & 0x1f;
    } else if ((lead & 0xf0) == 0xe0) {
        length = 3;
        minimum = 0x800;
        code = lead & 0x0f;
    } else if ((lead & 0xf8) == 0xf0) {
        length = 4;
        minimum = 0x10000;
        code = lead & 0x07;
    } else {
        return 0;
    }
    if (at + length > text.size()) {
        return 0;
    }
    for (size_t i = 1; i < length; ++i) {
        if ((byte(at + i) & 0xc0) != 0x80) {
            return 0;
        }
        code = (code << 6) | (byte(at + i) & 0x3f);
    }
    if (code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        return 0;
    }
    return length;
}

void appendUtf8(std::string &out, unsigned int code)
{
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xc0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xe0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (code & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (code & 0x3f));
    }
}

} // namespace

/// Recursive-descent JSON parser with bounded depth and optional position recording.
class JsonParser
{
public:
    JsonParser(std::string_view text, int maxDepth, JsonDocument *positions)
        : m_text(text)
        , m_maxDepth(std::min(maxDepth, kMaxDepthCeiling))
        , m_doc(positions)
    {
        m_members.reserve(16);
    }

    Result<Json> run()
    {
        skipByteOrderMark();
        skipSpace();
        if (m_pos >= m_text.size()) {
            return fail(QStringLiteral("The text is empty: expected a JSON value."));
        }
        Json root;
        std::string pointer;
        if (!parseValue(root, pointer, 0)) {
            return m_error;
        }
        skipSpace();
        if (m_pos < m_text.size()) {
            return trailingContent();
        }
        return root;
    }

private:
    Error fail(const QString &message)
    {
        if (!m_failed) {
            m_failed = true;
            const TextPosition where = positionAt(m_pos);
            m_error = Error(ErrorCode::Parse, message).at(where.line, where.column, where.offset);
        }
        return m_error;
    }

    Error expected(const QString &what)
    {
        return fail(
            QStringLiteral("Expected %1 but found %2.").arg(what, describeChar(m_text, m_pos)));
    }

    // Line and column of a byte offset, counting columns in characters. Scans forward from the
    // last position asked for, so recording every value costs one pass over the text in total.
    TextPosition positionAt(size_t offset)
    {
        if (offset < m_scanOffset) {
            m_scanOffset = 0;
            m_scanLine = 1;
            m_scanColumn = 1;
        }
        while (m_scanOffset < offset && m_scanOffset < m_text.size()) {
            const unsigned char c = static_cast<unsigned char>(m_text[m_scanOffset]);
            if (c == '\n') {
                ++m_scanLine;
                m_scanColumn = 1;
            } else if ((c & 0xc0) != 0x80) {
                ++m_scanColumn;
            }
            ++m_scanOffset;
        }
        return TextPosition{m_scanLine, m_scanColumn, static_cast<qsizetype>(offset)};
    }

    void record(const std::string &pointer, size_t offset)
    {
        if (m_doc) {
            m_doc->m_valuePositions[pointer] = positionAt(offset);
        }
    }

    void recordKey(const std::string &pointer, size_t offset)
    {
        if (m_doc) {
            m_doc->m_keyPositions[pointer] = positionAt(offset);
        }
    }

    void skipByteOrderMark()
    {
        if (m_text.substr(0, 3) == "\xEF\xBB\xBF") {
            m_pos = 3;
        }
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && isJsonSpace(m_text[m_pos])) {
            ++m_pos;
        }
    }

    bool parseValue(Json &out, std::string &pointer, int depth)
    {
        skipSpace();
        if (m_pos >= m_text.size()) {
            expected(QStringLiteral("a value"));
            return false;
        }
        record(pointer, m_pos);
        const char c = m_text[m_pos];
        switch (c) {
        case '{':
            return parseObject(out, pointer, depth + 1);
        case '[':
            return parseArray(out, pointer, depth + 1);
        case '"': {
            std::string text;
            if (!parseString(text)) {
                return false;
            }
            out = std::move(text);
            return true;
        }
        case 't':
            return parseLiteral("true", Json(true), out);
        case 'f':
            return parseLiteral("false", Json(false), out);
        case 'n':
            return parseLiteral("null", Json(nullptr), out);
        default:
            if (c == '-' || (c >= '0' && c <= '9')) {
                return parseNumber(out);
            }
            return invalidValueStart();
        }
    }

    bool invalidValueStart()
    {
        const char c = m_text[m_pos];
        if (c == '\'') {
            fail(QStringLiteral("Strings must be in double quotes (\"), not single quotes."));
        } else if (c == '/') {
            fail(QStringLiteral("JSON has no comments."));
        } else if (c == '}' || c == ']') {
            fail(QStringLiteral("Expected a value but found %1: is there a trailing comma before "
                                "it?")
                     .arg(describeChar(m_text, m_pos)));
        } else {
            expected(
                QStringLiteral("a value (object, array, string, number, true, false or null)"));
        }
        return false;
    }

    bool enter(int depth)
    {
        if (depth > m_maxDepth) {
            fail(QStringLiteral("Nesting is deeper than %1 levels; Patchbay stops here rather "
                                "than risk running out of memory.")
                     .arg(m_maxDepth));
            return false;
        }
        return true;
    }

    // Members are gathered on a stack of movable pairs and the object is built once at its
    // final size: growing an ordered object member by member copies every member's whole
    // subtree at each reallocation, because its keys are const.
    bool parseObject(Json &out, std::string &pointer, int depth)
    {
        if (!enter(depth)) {
            return false;
        }
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            out = Json::object();
            return true;
        }
        const size_t first = m_members.size();
        const bool ok = parseMembers(pointer, depth);
        if (ok) {
            out = collectMembers(first);
        }
        m_members.erase(m_members.begin() + std::ptrdiff_t(first), m_members.end());
        return ok;
    }

    bool parseMembers(std::string &pointer, int depth)
    {
        while (true) {
            if (!parseMember(pointer, depth)) {
                return false;
            }
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                skipSpace();
                if (m_pos < m_text.size() && m_text[m_pos] == '}') {
                    fail(QStringLiteral("Trailing comma before '}': remove the comma."));
                    return false;
                }
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == '}') {
                ++m_pos;
                return true;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                fail(QStringLiteral("Expected ',' between object members."));
            } else {
                expected(QStringLiteral("',' or '}' after an object member"));
            }
            return false;
        }
    }

    // A key given twice keeps its first place and its last value, as assignment would.
    Json collectMembers(size_t first)
    {
        Json object = Json::object();
        Json::object_t &members = object.get_ref<Json::object_t &>();
        members.reserve(m_members.size() - first);
        for (size_t i = first; i < m_members.size(); ++i) {
            OpenMember &member = m_members[i];
            const auto same = std::find_if(members.begin(), members.end(), [&](const auto &kept) {
                return kept.first == member.key;
            });
            if (same != members.end()) {
                same->second = std::move(member.value);
            } else {
                members.emplace_back(std::move(member.key), std::move(member.value));
            }
        }
        return object;
    }

    bool parseMember(std::string &pointer, int depth)
    {
        skipSpace();
        if (m_pos >= m_text.size() || m_text[m_pos] != '"') {
            expected(QStringLiteral("a member name in double quotes"));
            return false;
        }
        const size_t keyOffset = m_pos;
        std::string key;
        if (!parseString(key)) {
            return false;
        }
        skipSpace();
        if (m_pos >= m_text.size() || m_text[m_pos] != ':') {
            expected(QStringLiteral("':' after the member name"));
            return false;
        }
        ++m_pos;

        const size_t parentLength = pointer.size();
        if (m_doc) {
            jsonpointer::pushToken(pointer, key);
            recordKey(pointer, keyOffset);
            if (hasOpenMember(key, depth)) {
                m_doc->m_duplicateKeys.push_back(pointer);
            }
        }
        Json value;
        const bool ok = parseValue(value, pointer, depth);
        pointer.resize(parentLength);
        if (ok) {
            m_members.push_back({std::move(key), std::move(value), depth});
        }
        return ok;
    }

    // Whether the object being parsed at depth already has key: its members are the run of
    // the stack's top entries at that depth.
    bool hasOpenMember(const std::string &key, int depth) const
    {
        for (size_t i = m_members.size(); i > 0; --i) {
            if (m_members[i - 1].depth != depth) {
                return false;
            }
            if (m_members[i - 1].key == key) {
                return true;
            }
        }
        return false;
    }

    bool parseArray(Json &out, std::string &pointer, int depth)
    {
        if (!enter(depth)) {
            return false;
        }
        ++m_pos;
        out = Json::array();
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        const size_t parentLength = pointer.size();
        for (size_t index = 0;; ++index) {
            if (m_doc) {
                pointer += '/';
                pointer += std::to_string(index);
            }
            Json item;
            const bool ok = parseValue(item, pointer, depth);
            pointer.resize(parentLength);
            if (!ok) {
                return false;
            }
            out.push_back(std::move(item));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                skipSpace();
                if (m_pos < m_text.size() && m_text[m_pos] == ']') {
                    fail(QStringLiteral("Trailing comma before ']': remove the comma."));
                    return false;
                }
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == ']') {
                ++m_pos;
                return true;
            }
            expected(QStringLiteral("',' or ']' after an array element"));
            return false;
        }
    }

    bool parseLiteral(std::string_view word, Json value, Json &out)
    {
        if (m_text.substr(m_pos, word.size()) != word) {
            expected(
                QStringLiteral("a value (object, array, string, number, true, false or null)"));
            return false;
        }
        m_pos += word.size();
        out = std::move(value);
        return true;
    }

    bool parseNumber(Json &out)
    {
        const size_t start = m_pos;
        bool isInteger = true;
        if (m_text[m_pos] == '-') {
            ++m_pos;
        }
        if (m_pos >= m_text.size() || !isDigit(m_text[m_pos])) {
            expected(QStringLiteral("a digit"));
            return false;
        }
        if (m_text[m_pos] == '0' && m_pos + 1 < m_text.size() && isDigit(m_text[m_pos + 1])) {
            fail(QStringLiteral("Numbers must not have leading zeros."));
            return false;
        }
        skipDigits();
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            isInteger = false;
            ++m_pos;
            if (m_pos >= m_text.size() || !isDigit(m_text[m_pos])) {
                expected(QStringLiteral("a digit after the decimal point"));
                return false;
            }
            skipDigits();
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            isInteger = false;
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-')) {
                ++m_pos;
            }
            if (m_pos >= m_text.size() || !isDigit(m_text[m_pos])) {
                expected(QStringLiteral("a digit in the exponent"));
                return false;
            }
            skipDigits();
        }
        return storeNumber(m_text.substr(start, m_pos - start), isInteger, out);
    }

    static bool storeNumber(std::string_view digits, bool isInteger, Json &out)
    {
        const char *first = digits.data();
        const char *last = digits.data() + digits.size();
        if (isInteger) {
            if (digits.front() == '-') {
                std::int64_t value = 0;
                if (std::from_chars(first, last, value).ec == std::errc()) {
                    out = value;
                    return true;
                }
            } else {
                std::uint64_t value = 0;
                if (std::from_chars(first, last, value).ec == std::errc()) {
                    if (value <= static_cast<std::uint64_t>(INT64_MAX)) {
                        out = static_cast<std::int64_t>(value);
                    } else {
                        out = value;
                    }
                    return true;
                }
            }
        }
        double value = 0;
        const auto result = std::from_chars(first, last, value);
        if (result.ec != std::errc() || !std::isfinite(value)) {
            // Out of range for a double: keep the largest finite value of its sign.
            value = digits.front() == '-' ? -DBL_MAX : DBL_MAX;
        }
        out = value;
        return true;
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    void skipDigits()
    {
        while (m_pos < m_text.size() && isDigit(m_text[m_pos])) {
            ++m_pos;
        }
    }

    bool parseString(std::string &out)
    {
        ++m_pos; // the opening quote
        while (true) {
            const size_t runStart = m_pos;
            // Plain ASCII runs, the common case, are skipped eight bytes at a time.
            while (m_pos + 8 <= m_text.size()) {
                const std::uint64_t word = bytescan::load(m_text.data() + m_pos);
                if (bytescan::hasQuoteBackslashOrControl(word) || bytescan::hasNonAscii(word)) {
                    break;
                }
                m_pos += 8;
            }
            while (m_pos < m_text.size()) {
                const unsigned char c = static_cast<unsigned char>(m_text[m_pos]);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) {
                    break;
                }
                ++m_pos;
            }
            out.append(m_text.substr(runStart, m_pos - runStart));
            if (m_pos >= m_text.size()) {
                fail(QStringLiteral("The string is not closed: expected '\"' before the end of the "
                                    "text."));
                return false;
            }
            const unsigned char c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c == '\\') {
                if (!parseEscape(out)) {
                    return false;
                }
                continue;
            }
            if (c < 0x20) {
                fail(c == '\n' ? QStringLiteral("A line break inside a string must be written "
                                                "\\n.")
                               : QStringLiteral("Control character U+%1 inside a string must be "
                                                "escaped.")
                                     .arg(c, 4, 16, QLatin1Char('0')));
                return false;
            }
            const size_t length = utf8SequenceLength(m_text, m_pos);
            if (length == 0) {
                fail(QStringLiteral("The text is not valid UTF-8 here (is it a binary file?)."));
                return false;
            }
            out.append(m_text.substr(m_pos, length));
            m_pos += length;
        }
    }

    bool parseEscape(std::string &out)
    {
        ++m_pos;
        if (m_pos >= m_text.size()) {
            expected(QStringLiteral("an escape character after '\\'"));
            return false;
        }
        const char c = m_text[m_pos++];
        switch (c) {
        case '"':
            out += '"';
            return true;
        case '\\':
            out += '\\';
            return true;
        case '/':
            out += '/';
            return true;
        case 'b':
            out += '\b';
            return true;
        case 'f':
            out += '\f';
            return true;
        case 'n':
            out += '\n';
            return true;
        case 'r':
            out += '\r';
            return true;
        case 't':
            out += '\t';
            return true;
        case 'u':
            return parseUnicodeEscape(out);
        default:
            --m_pos;
            fail(QStringLiteral("Unknown escape '\\%1' in a string.").arg(QLatin1Char(c)));
            return false;
        }
    }

    bool readHex4(unsigned int &code)
    {
        if (m_pos + 4 > m_text.size()) {
            expected(QStringLiteral("four hexadecimal digits after \\u"));
            return false;
        }
        code = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = m_text[m_pos];
            code <<= 4;
            if (h >= '0' && h <= '9') {
                code |= static_cast<unsigned int>(h - '0');
            } else if (h >= 'a' && h <= 'f') {
                code |= static_cast<unsigned int>(h - 'a' + 10);
            } else if (h >= 'A' && h <= 'F') {
                code |= static_cast<unsigned int>(h - 'A' + 10);
            } else {
                expected(QStringLiteral("a hexadecimal digit in \\u escape"));
                return false;
            }
            ++m_pos;
        }
        return true;
    }

    bool parseUnicodeEscape(std::string &out)
    {
        unsigned int code = 0;
        if (!readHex4(code)) {
            return false;
        }
        if (code >= 0xd800 && code <= 0xdbff) {
            if (m_text.substr(m_pos, 2) != "\\u") {
                fail(QStringLiteral("A high surrogate \\u escape must be followed by a low "
                                    "surrogate."));
                return false;
            }
            m_pos += 2;
            unsigned int low = 0;
            if (!readHex4(low)) {
                return false;
            }
            if (low < 0xdc00 || low > 0xdfff) {
                fail(QStringLiteral("Expected a low surrogate \\u escape (DC00-DFFF)."));
                return false;
            }
            code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        } else if (code >= 0xdc00 && code <= 0xdfff) {
            fail(QStringLiteral("A low surrogate \\u escape without its high surrogate."));
            return false;
        }
        appendUtf8(out, code);
        return true;
    }

    // Text after the first complete value. The upserts guide writes its payloads as
    // {"header": {...}}, {"body": {...}}; say how to make that one object.
    Error trailingContent()
    {
        if (m_text[m_pos] == ',') {
            size_t next = m_pos + 1;
            while (next < m_text.size() && isJsonSpace(m_text[next])) {
                ++next;
            }
            if (next < m_text.size() && m_text[next] == '{') {
                return fail(QStringLiteral(
                    "The text holds two JSON objects separated by a comma, the way AEP's upserts "
                    "guide prints its examples. A payload is one object: merge them into "
                    "{\"header\": {...}, \"body\": {...}}."));
            }
        }
        return fail(QStringLiteral("Unexpected %1 after the end of the JSON value: a document "
                                   "holds exactly one value.")
                        .arg(describeChar(m_text, m_pos)));
    }

    std::string_view m_text;
    size_t m_pos = 0;
    int m_maxDepth;
    struct OpenMember
    {
        std::string key;
        Json value;
        int depth = 0;
    };
    std::vector<OpenMember> m_members; ///< the members of every object still open
    JsonDocument *m_doc;
    bool m_failed = false;
    Error m_error{ErrorCode::Parse, QString()};
    size_t m_scanOffset = 0;
    int m_scanLine = 1;
    int m_scanColumn = 1;
};

Result<Json> runJsonParser(std::string_view text, int maxDepth, JsonDocument *positions)
{
    JsonParser parser(text, maxDepth, positions);
    return parser.run();
}

} // namespace core
