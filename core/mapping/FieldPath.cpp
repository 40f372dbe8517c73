// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "FieldPath.h"

#include "core/json/JsonPointer.h"

#include <charconv>

namespace core {

namespace {

Error pathError(std::string_view text, size_t at, const QString &what)
{
    return Error(ErrorCode::Parse, QStringLiteral("Path \"%1\", character %2: %3")
                                       .arg(toQString(text))
                                       .arg(at + 1)
                                       .arg(what))
        .at(1, int(at) + 1, qsizetype(at));
}

class PathParser
{
public:
    explicit PathParser(std::string_view text)
        : m_text(text)
    {}

    Result<std::vector<PathSegment>> run(bool *usesBraces)
    {
        if (m_text.empty()) {
            return pathError(m_text, 0, QStringLiteral("the path is empty."));
        }
        while (m_pos < m_text.size()) {
            if (!parseNameSegment(usesBraces) || !parseBrackets()) {
                return m_error;
            }
            if (m_pos < m_text.size()) {
                if (m_text[m_pos] != '.') {
                    return pathError(m_text, m_pos, QStringLiteral("expected '.' or '['."));
                }
                ++m_pos;
                if (m_pos == m_text.size()) {
                    return pathError(m_text, m_pos, QStringLiteral("the path ends with '.'."));
                }
            }
        }
        return std::move(m_segments);
    }

private:
    bool failAt(size_t at, const QString &what)
    {
        m_error = pathError(m_text, at, what);
        return false;
    }

    bool parseNameSegment(bool *usesBraces)
    {
        if (m_text.substr(m_pos, 2) == "${") {
            *usesBraces = true;
            return parseBracedNames();
        }
        std::string name;
        while (m_pos < m_text.size() && m_text[m_pos] != '.' && m_text[m_pos] != '[') {
            if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size()) {
                ++m_pos;
            }
            name += m_text[m_pos++];
        }
        if (name.empty()) {
            // "[0]" at the very start addresses the root array; anything else needs a name.
            if (m_pos < m_text.size() && m_text[m_pos] == '[' && m_segments.empty()) {
                return true;
            }
            return failAt(m_pos, QStringLiteral("expected a field name."));
        }
        m_segments.push_back({PathSegment::Kind::Name, std::move(name), 0});
        return true;
    }

    // ${a.b\.c} holds a path of its own: '.' separates, '\.' is a literal dot.
    bool parseBracedNames()
    {
        const size_t open = m_pos;
        m_pos += 2;
        std::string name;
        while (m_pos < m_text.size() && m_text[m_pos] != '}') {
            const char c = m_text[m_pos];
            if (c == '\\' && m_pos + 1 < m_text.size()) {
                name += m_text[m_pos + 1];
                m_pos += 2;
                continue;
            }
            if (c == '.') {
                if (name.empty()) {
                    return failAt(m_pos, QStringLiteral("empty name inside ${...}."));
                }
                m_segments.push_back({PathSegment::Kind::Name, std::move(name), 0});
                name.clear();
            } else {
                name += c;
            }
            ++m_pos;
        }
        if (m_pos >= m_text.size()) {
            return failAt(open, QStringLiteral("'${' is not closed with '}'."));
        }
        if (name.empty()) {
            return failAt(m_pos, QStringLiteral("empty name inside ${...}."));
        }
        m_segments.push_back({PathSegment::Kind::Name, std::move(name), 0});
        ++m_pos;
        return true;
    }

    bool parseBrackets()
    {
        while (m_pos < m_text.size() && m_text[m_pos] == '[') {
            const size_t open = m_pos;
            const size_t close = m_text.find(']', m_pos);
            if (close == std::string_view::npos) {
                return failAt(open, QStringLiteral("'[' is not closed with ']'."));
            }
            const std::string_view inside = m_text.substr(open + 1, close - open - 1);
            if (inside == "*") {
                m_segments.push_back({PathSegment::Kind::Wildcard, {}, 0});
            } else {
                size_t index = 0;
                const auto [end, ec] =
                    std::from_chars(inside.data(), inside.data() + inside.size(), index);
                if (inside.empty() || ec != std::errc() || end != inside.data() + inside.size()) {
                    return failAt(open + 1, QStringLiteral("expected an index or '*' inside "
                                                           "[...]."));
                }
                if (index > 100000) {
                    return failAt(open + 1, QStringLiteral("index %1 is too large.").arg(index));
                }
                m_segments.push_back({PathSegment::Kind::Index, {}, index});
            }
            m_pos = close + 1;
        }
        return true;
    }

    std::string_view m_text;
    size_t m_pos = 0;
    std::vector<PathSegment> m_segments;
    Error m_error{ErrorCode::Parse, QString()};
};

void collectFrom(const Json *node, const std::vector<PathSegment> &segments, size_t at,
                 std::vector<Json> &out)
{
    for (; at < segments.size(); ++at) {
        const PathSegment &segment = segments[at];
        if (!node) {
            break;
        }
        if (segment.kind == PathSegment::Kind::Wildcard) {
            if (!node->is_array()) {
                return;
            }
            for (const Json &element : *node) {
                collectFrom(&element, segments, at + 1, out);
            }
            return;
        }
        if (segment.kind == PathSegment::Kind::Name) {
            const auto found = node->is_object() ? node->find(segment.name) : node->end();
            node = (node->is_object() && found != node->end()) ? &*found : nullptr;
        } else {
            node = (node->is_array() && segment.index < node->size()) ? &(*node)[segment.index]
                                                                      : nullptr;
        }
    }
    out.push_back(node ? *node : Json());
}

Error crossingError(const FieldPath &path, size_t at, const Json &found)
{
    return Error(ErrorCode::InvalidArgument,
                 QStringLiteral("Cannot write \"%1\": step %2 holds a %3, not a container.")
                     .arg(toQString(path.text()))
                     .arg(at + 1)
                     .arg(QLatin1String(jsonTypeName(found))));
}

// The member named name of an object, made null at the end when it is missing. Looks before
// it inserts, so an existing member costs no copy of its key.
Json &memberOf(Json &object, const std::string &name)
{
    Json::object_t &members = object.get_ref<Json::object_t &>();
    for (auto &member : members) {
        if (member.first == name) {
            return member.second;
        }
    }
    return members.emplace_back(name, nullptr).second;
}

Result<void> assignFrom(Json &node, const FieldPath &path, size_t at, Json value,
                        const std::vector<std::uint16_t> &room)
{
    const std::vector<PathSegment> &segments = path.segments();
    if (at == segments.size()) {
        node = std::move(value);
        return {};
    }
    const PathSegment &segment = segments[at];
    if (segment.kind == PathSegment::Kind::Name) {
        if (node.is_null()) {
            node = Json::object();
            if (at < room.size()) {
                node.get_ref<Json::object_t &>().reserve(room[at]);
            }
        }
        if (!node.is_object()) {
            return crossingError(path, at, node);
        }
        return assignFrom(memberOf(node, segment.name), path, at + 1, std::move(value), room);
    }
    if (node.is_null()) {
        node = Json::array();
    }
    if (!node.is_array()) {
        return crossingError(path, at, node);
    }
    if (segment.kind == PathSegment::Kind::Index) {
        while (node.size() <= segment.index) {
            node.push_back(Json());
        }
        return assignFrom(node[segment.index], path, at + 1, std::move(value), room);
    }
    // [*]: element i of the value array goes to element i of the destination array.
    if (!value.is_array()) {
        value = Json::array({std::move(value)});
    }
    for (size_t i = 0; i < value.size(); ++i) {
        while (node.size() <= i) {
            node.push_back(Json());
        }
        Result<void> written = assignFrom(node[i], path, at + 1, std::move(value[i]), room);
        if (!written) {
            return written;
        }
    }
    return {};
}

} // namespace

Result<FieldPath> FieldPath::parse(std::string_view text)
{
    FieldPath path;
    PathParser parser(text);
    Result<std::vector<PathSegment>> segments = parser.run(&path.m_usesBraces);
    if (!segments) {
        return segments.error();
    }
    path.m_text = std::string(text);
    path.m_segments = std::move(segments).value();
    return path;
}

int FieldPath::wildcardCount() const
{
    int count = 0;
    for (const PathSegment &segment : m_segments) {
        count += segment.kind == PathSegment::Kind::Wildcard ? 1 : 0;
    }
    return count;
}

std::vector<std::string> FieldPath::names() const
{
    std::vector<std::string> out;
    for (const PathSegment &segment : m_segments) {
        if (segment.kind == PathSegment::Kind::Name) {
            out.push_back(segment.name);
        }
    }
    return out;
}

std::string FieldPath::pointer() const
{
    std::string out;
    for (const PathSegment &segment : m_segments) {
        if (segment.kind == PathSegment::Kind::Name) {
            out = jsonpointer::append(out, segment.name);
        } else if (segment.kind == PathSegment::Kind::Index) {
            out = jsonpointer::append(out, segment.index);
        } else {
            out += "/-";
        }
    }
    return out;
}

bool FieldPath::startsWith(const FieldPath &other) const
{
    if (other.m_segments.size() > m_segments.size()) {
        return false;
    }
    for (size_t i = 0; i < other.m_segments.size(); ++i) {
        if (!(m_segments[i] == other.m_segments[i])) {
            return false;
        }
    }
    return true;
}

const Json *lookup(const Json &root, const FieldPath &path)
{
    const Json *node = &root;
    for (const PathSegment &segment : path.segments()) {
        if (segment.kind == PathSegment::Kind::Name) {
            if (!node->is_object()) {
                return nullptr;
            }
            const auto found = node->find(segment.name);
            if (found == node->end()) {
                return nullptr;
            }
            node = &*found;
        } else if (segment.kind == PathSegment::Kind::Index) {
            if (!node->is_array() || segment.index >= node->size()) {
                return nullptr;
            }
            node = &(*node)[segment.index];
        } else {
            return nullptr;
        }
    }
    return node;
}

std::vector<Json> collect(const Json &root, const FieldPath &path)
{
    std::vector<Json> out;
    collectFrom(&root, path.segments(), 0, out);
    return out;
}

Result<void> assign(Json &root, const FieldPath &path, Json value)
{
    return assignFrom(root, path, 0, std::move(value), {});
}

Result<void> assign(Json &root, const FieldPath &path, Json value,
                    const std::vector<std::uint16_t> &room)
{
    return assignFrom(root, path, 0, std::move(value), room);
}

} // namespace core
