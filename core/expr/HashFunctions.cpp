// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/expr/Behaviour.h"
#include "core/expr/FunctionSupport.h"

#include <QCryptographicHash>

#include <array>
#include <deque>
#include <string>

namespace core::expr {

namespace {

constexpr const char *kCategory = "Hashing";

// The input's bytes in a Java charset. "UTF-16" writes a big-endian byte order mark first, as
// Java's encoder does; characters a charset cannot hold become '?'.
std::optional<QByteArray> encode(const QString &text, const QString &charset)
{
    const QString name = charset.trimmed().toUpper().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (name.isEmpty() || name == QLatin1String("UTF-8") || name == QLatin1String("UTF8")) {
        return text.toUtf8();
    }
    if (name.startsWith(QLatin1String("UTF-16"))) {
        const bool little = name == QLatin1String("UTF-16LE");
        QByteArray bytes;
        if (name == QLatin1String("UTF-16")) {
            bytes.append(char(0xFE)).append(char(0xFF));
        } else if (name != QLatin1String("UTF-16BE") && !little) {
            return std::nullopt;
        }
        for (const QChar c : text) {
            const char high = char(c.unicode() >> 8);
            const char low = char(c.unicode() & 0xFF);
            bytes.append(little ? low : high).append(little ? high : low);
        }
        return bytes;
    }
    const bool latin1 = name == QLatin1String("ISO-8859-1") || name == QLatin1String("LATIN1");
    if (!latin1 && name != QLatin1String("US-ASCII") && name != QLatin1String("ASCII")) {
        return std::nullopt;
    }
    const char16_t limit = latin1 ? 0xFF : 0x7F;
    QByteArray bytes;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i; // one '?' for the whole code point, as Java does
        }
        bytes.append(u <= limit ? char(u) : '?');
    }
    return bytes;
}

quint32 crc32(const QByteArray &bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : bytes) {
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    }
    return crc ^ 0xFFFFFFFFu;
}

std::optional<QByteArray> inputBytes(Runtime &runtime, Args args)
{
    QString input;
    QString charset;
    if (!stringArg(runtime, args, 0, "INPUT", input)) {
        return std::nullopt;
    }
    if (!isNullArg(args, 1) && !stringArg(runtime, args, 1, "CHARSET", charset)) {
        return std::nullopt;
    }
    auto bytes = encode(input, charset);
    if (!bytes) {
        runtime.fail(QStringLiteral("unsupported CHARSET \"%1\"; use UTF-8, UTF-16, UTF-16BE, "
                                    "UTF-16LE, ISO-8859-1 or US-ASCII")
                         .arg(charset));
    }
    return bytes;
}

template<QCryptographicHash::Algorithm algorithm>
Value digest(Runtime &runtime, Args args)
{
    if (isNullArg(args, 0)) {
        return Value();
    }
    const auto bytes = inputBytes(runtime, args);
    if (!bytes) {
        return Value();
    }
    return Value(QString::fromLatin1(QCryptographicHash::hash(*bytes, algorithm).toHex()));
}

Value crc32Fn(Runtime &runtime, Args args)
{
    if (isNullArg(args, 0)) {
        return Value();
    }
    const auto bytes = inputBytes(runtime, args);
    if (!bytes) {
        return Value();
    }
    const quint32 crc = crc32(*bytes);
    static_assert(behaviour::kCrc32LittleEndianHex);
    QByteArray raw;
    for (int i = 0; i < 4; ++i) {
        raw.append(char((crc >> (8 * i)) & 0xFF));
    }
    return Value(QString::fromLatin1(raw.toHex()));
}

void add(FunctionRegistry &registry, const char *name, NativeFunction run, const char *description,
         const char *result)
{
    // A deque keeps each string in place, so the c_str() pointers stay valid.
    static std::deque<std::string> syntaxes;
    static std::deque<std::string> examples;
    registry.add(
        {.name = name,
         .category = kCategory,
         .syntax = syntaxes.emplace_back(std::string(name) + "(INPUT, CHARSET)").c_str(),
         .description = description,
         .returns = "java.lang.String",
         .example = examples.emplace_back(std::string(name) + "(\"my text\", \"UTF-8\")").c_str(),
         .result = result,
         .params = {{"INPUT", "java.lang.String", "The text to hash."},
                    {"CHARSET", "java.lang.String",
                     "UTF-8 (default), UTF-16, UTF-16BE, UTF-16LE, ISO-8859-1 or US-ASCII."}},
         .minArgs = 1,
         .maxArgs = 2,
         .run = run});
}

} // namespace

void registerHashFunctions(FunctionRegistry &registry)
{
    add(registry, "sha1", &digest<QCryptographicHash::Sha1>,
        "The SHA-1 hash of the input, as lower-case hex.",
        "\"c3599c11e47719df18a2448690840c5dfcce3c80\"");
    add(registry, "sha256", &digest<QCryptographicHash::Sha256>,
        "The SHA-256 hash of the input, as lower-case hex.",
        "\"7330d2b39ca35eaf4cb95fc846c21ee6a39af698154a83a586ee270a0d372104\"");
    add(registry, "sha512", &digest<QCryptographicHash::Sha512>,
        "The SHA-512 hash of the input, as lower-case hex.",
        "\"a3d7e45a0d9be5fd4e4b9a3b8c9c2163c21ef708bf11b4232bb21d2a8704ada2cdcd7b367dd0788a89a5c908"
        "cfe377aceb1072a7b386b7d4fd2ff68a8fd24d16\"");
    add(registry, "md5", &digest<QCryptographicHash::Md5>,
        "The MD5 hash of the input, as lower-case hex.", "\"d3b96ce8c9fb4e9bd0198d03ba6852c7\"");
    add(registry, "crc32", &crc32Fn,
        "The CRC-32 of the input, its four bytes printed least significant first.", "\"8df92e80\"");
}

} // namespace core::expr
