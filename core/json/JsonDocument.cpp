// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "JsonDocument.h"

#include "core/Logging.h"
#include "core/json/JsonParser.h"

#include <QFile>

namespace core {

Result<JsonDocument> JsonDocument::parse(std::string_view text, const Options &options)
{
    if (static_cast<qsizetype>(text.size()) > options.maxBytes) {
        return Error(ErrorCode::Limit,
                     QStringLiteral("The text is %1 MB; Patchbay reads JSON up to %2 MB.")
                         .arg(double(text.size()) / (1024 * 1024), 0, 'f', 1)
                         .arg(options.maxBytes / (1024 * 1024)));
    }
    JsonDocument doc;
    Result<Json> root =
        runJsonParser(text, options.maxDepth, options.recordPositions ? &doc : nullptr);
    if (!root) {
        return root.error();
    }
    doc.m_root = std::move(root).value();
    return doc;
}

Result<JsonDocument> JsonDocument::fromFile(const QString &path, const Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io,
                     QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    }
    if (file.size() > options.maxBytes) {
        return Error(ErrorCode::Limit,
                     QStringLiteral("%1 is %2 MB; Patchbay reads JSON up to %3 MB.")
                         .arg(path)
                         .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                         .arg(options.maxBytes / (1024 * 1024)));
    }
    const QByteArray bytes = file.readAll();
    Result<JsonDocument> doc =
        parse(std::string_view(bytes.constData(), size_t(bytes.size())), options);
    if (!doc) {
        Error error = doc.error();
        qCDebug(lcJson) << "parse failed" << path << error.line() << error.column();
        return Error(error.code(), QStringLiteral("%1:%2:%3: %4")
                                       .arg(path)
                                       .arg(error.line())
                                       .arg(error.column())
                                       .arg(error.message()))
            .at(error.line(), error.column(), error.offset());
    }
    return doc;
}

TextPosition JsonDocument::positionOf(std::string_view pointer) const
{
    std::string key(pointer);
    while (true) {
        const auto found = m_valuePositions.find(key);
        if (found != m_valuePositions.end()) {
            return found->second;
        }
        const size_t slash = key.rfind('/');
        if (slash == std::string::npos) {
            return TextPosition();
        }
        key.resize(slash);
    }
}

TextPosition JsonDocument::keyPositionOf(std::string_view pointer) const
{
    const auto found = m_keyPositions.find(std::string(pointer));
    return found == m_keyPositions.end() ? positionOf(pointer) : found->second;
}

Result<Json> parseJson(std::string_view text, int maxDepth)
{
    return runJsonParser(text, maxDepth, nullptr);
}

std::string dumpJson(const Json &value, int indent)
{
    return value.dump(indent, ' ', false, Json::error_handler_t::replace);
}

const char *jsonTypeName(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::object:
        return "object";
    case Json::value_t::array:
        return "array";
    case Json::value_t::string:
        return "string";
    case Json::value_t::boolean:
        return "boolean";
    case Json::value_t::null:
        return "null";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return "number";
    default:
        return "value";
    }
}

} // namespace core
