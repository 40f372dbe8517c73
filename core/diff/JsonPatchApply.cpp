// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// Applying an RFC 6902 JSON Patch. Building one from a diff is in JsonPatch.cpp.
#include "JsonPatch.h"

#include "core/diff/JsonEquality.h"

#include <optional>

namespace core::diff {

namespace {

// A pointer parsed for the patch: its tokens, or what is wrong with it.
struct ParsedPointer
{
    std::vector<std::string> tokens;
    QString error;
};

ParsedPointer parsePointer(const std::string &pointer)
{
    ParsedPointer parsed;
    if (pointer.empty()) {
        return parsed;
    }
    if (pointer.front() != '/') {
        parsed.error = QStringLiteral("the pointer \"%1\" must be empty or start with '/'")
                           .arg(toQString(pointer));
        return parsed;
    }
    std::string token;
    for (size_t i = 1; i <= pointer.size(); ++i) {
        if (i == pointer.size() || pointer[i] == '/') {
            parsed.tokens.push_back(std::move(token));
            token.clear();
        } else if (pointer[i] == '~') {
            if (i + 1 >= pointer.size() || (pointer[i + 1] != '0' && pointer[i + 1] != '1')) {
                parsed.error = QStringLiteral("the pointer \"%1\" has a '~' not followed by 0 or "
                                              "1 (write \"~0\" for '~' and \"~1\" for '/')")
                                   .arg(toQString(pointer));
                return parsed;
            }
            token += pointer[++i] == '0' ? '~' : '/';
        } else {
            token += pointer[i];
        }
    }
    return parsed;
}

// An array index token: digits without a leading zero; SIZE_MAX when it is not one.
size_t arrayIndex(const std::string &token)
{
    if (token.empty() || token.size() > 15 || (token.size() > 1 && token.front() == '0')) {
        return SIZE_MAX;
    }
    size_t value = 0;
    for (char c : token) {
        if (c < '0' || c > '9') {
            return SIZE_MAX;
        }
        value = value * 10 + size_t(c - '0');
    }
    return value;
}

class PatchApplier
{
public:
    explicit PatchApplier(Json document)
        : m_document(std::move(document))
    {}

    /// Applies one operation; on failure returns why, in words.
    std::optional<QString> apply(const Json &operation);

    Json takeDocument() { return std::move(m_document); }

private:
    std::optional<QString> add(const std::vector<std::string> &tokens, Json value);
    std::optional<QString> replaceOrTest(const std::string &op,
                                         const std::vector<std::string> &path, const Json &value);
    std::optional<QString> moveOrCopy(const std::string &op, const std::vector<std::string> &path,
                                      const Json &operation);
    std::optional<QString> remove(const std::vector<std::string> &tokens);
    Json *resolve(const std::vector<std::string> &tokens, size_t count, QString &error);
    std::optional<QString> readPath(const Json &operation, const char *member,
                                    std::vector<std::string> &tokens) const;

    Json m_document;
};

std::optional<QString> PatchApplier::readPath(const Json &operation, const char *member,
                                              std::vector<std::string> &tokens) const
{
    const auto found = operation.find(member);
    if (found == operation.end() || !found->is_string()) {
        return QStringLiteral("it needs a string \"%1\"").arg(QLatin1String(member));
    }
    ParsedPointer parsed = parsePointer(found->get<std::string>());
    if (!parsed.error.isEmpty()) {
        return parsed.error;
    }
    tokens = std::move(parsed.tokens);
    return std::nullopt;
}

Json *PatchApplier::resolve(const std::vector<std::string> &tokens, size_t count, QString &error)
{
    Json *at = &m_document;
    for (size_t i = 0; i < count; ++i) {
        const std::string &token = tokens[i];
        if (at->is_object()) {
            const auto found = at->find(token);
            if (found == at->end()) {
                error = QStringLiteral("there is no member \"%1\"").arg(toQString(token));
                return nullptr;
            }
            at = &*found;
        } else if (at->is_array()) {
            const size_t index = arrayIndex(token);
            if (index >= at->size()) {
                error = QStringLiteral("\"%1\" is not an index of an array of %2 items")
                            .arg(toQString(token))
                            .arg(at->size());
                return nullptr;
            }
            at = &(*at)[index];
        } else {
            error = QStringLiteral("there is a %1 where \"%2\" is looked up")
                        .arg(QLatin1String(jsonTypeName(*at)), toQString(token));
            return nullptr;
        }
    }
    return at;
}

std::optional<QString> PatchApplier::add(const std::vector<std::string> &tokens, Json value)
{
    if (tokens.empty()) {
        m_document = std::move(value);
        return std::nullopt;
    }
    QString error;
    Json *parent = resolve(tokens, tokens.size() - 1, error);
    if (!parent) {
        return error;
    }
    const std::string &last = tokens.back();
    if (parent->is_object()) {
        (*parent)[last] = std::move(value);
        return std::nullopt;
    }
    if (!parent->is_array()) {
        return QStringLiteral("the parent is a %1, not an object or array")
            .arg(QLatin1String(jsonTypeName(*parent)));
    }
    const size_t index = last == "-" ? parent->size() : arrayIndex(last);
    if (index > parent->size()) {
        return QStringLiteral("\"%1\" is not a place to insert into an array of %2 items")
            .arg(toQString(last))
            .arg(parent->size());
    }
    parent->insert(parent->begin() + ptrdiff_t(index), std::move(value));
    return std::nullopt;
}

std::optional<QString> PatchApplier::remove(const std::vector<std::string> &tokens)
{
    if (tokens.empty()) {
        return QStringLiteral("the whole document cannot be removed");
    }
    QString error;
    Json *parent = resolve(tokens, tokens.size() - 1, error);
    if (!parent) {
        return error;
    }
    const std::string &last = tokens.back();
    if (parent->is_object()) {
        if (parent->erase(last) == 0) {
            return QStringLiteral("there is no member \"%1\"").arg(toQString(last));
        }
        return std::nullopt;
    }
    if (parent->is_array()) {
        const size_t index = arrayIndex(last);
        if (index >= parent->size()) {
            return QStringLiteral("\"%1\" is not an index of an array of %2 items")
                .arg(toQString(last))
                .arg(parent->size());
        }
        parent->erase(size_t(index));
        return std::nullopt;
    }
    return QStringLiteral("the parent is a %1, not an object or array")
        .arg(QLatin1String(jsonTypeName(*parent)));
}

std::optional<QString> PatchApplier::replaceOrTest(const std::string &op,
                                                   const std::vector<std::string> &path,
                                                   const Json &value)
{
    QString error;
    Json *target = resolve(path, path.size(), error);
    if (!target) {
        return error;
    }
    if (op == "replace") {
        *target = value;
        return std::nullopt;
    }
    if (!equalValues(*target, value)) {
        return QStringLiteral("the test failed: the value there is %1")
            .arg(toQString(dumpJson(*target).substr(0, 200)));
    }
    return std::nullopt;
}

std::optional<QString> PatchApplier::moveOrCopy(const std::string &op,
                                                const std::vector<std::string> &path,
                                                const Json &operation)
{
    std::vector<std::string> from;
    if (std::optional<QString> bad = readPath(operation, "from", from)) {
        return bad;
    }
    QString error;
    Json *source = resolve(from, from.size(), error);
    if (!source) {
        return QStringLiteral("\"from\": %1").arg(error);
    }
    Json value = *source;
    if (op == "move") {
        if (from == path) {
            return std::nullopt;
        }
        if (from.size() < path.size() && std::equal(from.begin(), from.end(), path.begin())) {
            return QStringLiteral("a value cannot be moved into itself");
        }
        if (std::optional<QString> bad = remove(from)) {
            return bad;
        }
    }
    return add(path, std::move(value));
}

std::optional<QString> PatchApplier::apply(const Json &operation)
{
    if (!operation.is_object()) {
        return QStringLiteral("an operation must be an object, not a %1")
            .arg(QLatin1String(jsonTypeName(operation)));
    }
    const auto opMember = operation.find("op");
    if (opMember == operation.end() || !opMember->is_string()) {
        return QStringLiteral("it needs a string \"op\"");
    }
    const std::string op = opMember->get<std::string>();
    std::vector<std::string> path;
    if (std::optional<QString> bad = readPath(operation, "path", path)) {
        return bad;
    }
    const auto value = operation.find("value");
    const bool needsValue = op == "add" || op == "replace" || op == "test";
    if (needsValue && value == operation.end()) {
        return QStringLiteral("it needs a \"value\"");
    }

    if (op == "add") {
        return add(path, *value);
    }
    if (op == "remove") {
        return remove(path);
    }
    if (op == "replace" || op == "test") {
        return replaceOrTest(op, path, *value);
    }
    if (op == "move" || op == "copy") {
        return moveOrCopy(op, path, operation);
    }
    return QStringLiteral("\"%1\" is not an operation (add, remove, replace, move, copy, test)")
        .arg(toQString(op));
}

} // namespace

Result<Json> applyPatch(const Json &document, const Json &patch)
{
    if (!patch.is_array()) {
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("A JSON Patch is an array of operations, not a %1.")
                         .arg(QLatin1String(jsonTypeName(patch))));
    }
    PatchApplier applier(document);
    for (size_t i = 0; i < patch.size(); ++i) {
        if (std::optional<QString> failure = applier.apply(patch[i])) {
            const Json &operation = patch[i];
            QString what = QStringLiteral("operation %1").arg(i);
            if (operation.is_object() && operation.contains("op") && operation["op"].is_string() &&
                operation.contains("path") && operation["path"].is_string()) {
                what += QStringLiteral(" (%1 %2)")
                            .arg(toQString(operation["op"].get<std::string>()),
                                 toQString(operation["path"].get<std::string>()));
            }
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("JSON Patch %1 failed: %2.").arg(what, *failure));
        }
    }
    return applier.takeDocument();
}

} // namespace core::diff
