// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// URL functions. URLs are read like java.net.URI: any scheme, null for text that is not an
// absolute URL.
#include "core/expr/Behaviour.h"
#include "core/expr/FunctionSupport.h"

#include <QHash>
#include <QUrl>

namespace core::expr {

namespace {

constexpr const char *kCategory = "URL";
constexpr const char *kString = "java.lang.String";

std::optional<QUrl> urlArg(Runtime &runtime, Args args, QString *text = nullptr)
{
    QString input;
    if (isNullArg(args, 0) || !stringArg(runtime, args, 0, "URL", input)) {
        return std::nullopt;
    }
    const QUrl url(input.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.isRelative()) {
        return std::nullopt;
    }
    if (text != nullptr) {
        *text = input.trimmed();
    }
    return url;
}

Value protocol(Runtime &runtime, Args args)
{
    const auto url = urlArg(runtime, args);
    return url ? Value(url->scheme()) : Value();
}

Value host(Runtime &runtime, Args args)
{
    const auto url = urlArg(runtime, args);
    return url && !url->host().isEmpty() ? Value(url->host()) : Value();
}

Value port(Runtime &runtime, Args args)
{
    static const QHash<QString, int> defaults = {
        {QStringLiteral("http"), 80},   {QStringLiteral("https"), 443},
        {QStringLiteral("ftp"), 21},    {QStringLiteral("sftp"), 22},
        {QStringLiteral("ssh"), 22},    {QStringLiteral("scp"), 22},
        {QStringLiteral("ws"), 80},     {QStringLiteral("wss"), 443},
        {QStringLiteral("telnet"), 23}, {QStringLiteral("smtp"), 25},
        {QStringLiteral("ldap"), 389},  {QStringLiteral("ldaps"), 636},
        {QStringLiteral("imap"), 143},  {QStringLiteral("pop3"), 110},
        {QStringLiteral("rtsp"), 554}};
    const auto url = urlArg(runtime, args);
    if (!url) {
        return Value();
    }
    if (url->port() >= 0) {
        return Value::integer(url->port());
    }
    const auto known = defaults.constFind(url->scheme().toLower());
    return known != defaults.constEnd() ? Value::integer(*known) : Value();
}

Value path(Runtime &runtime, Args args)
{
    const auto url = urlArg(runtime, args);
    if (!url) {
        return Value();
    }
    bool full = true;
    if (!isNullArg(args, 1) && !boolArg(runtime, args, 1, "FULL_PATH", full)) {
        return Value();
    }
    const QString whole = url->path(QUrl::FullyDecoded);
    return Value(full ? whole : whole.mid(whole.lastIndexOf(QLatin1Char('/')) + 1));
}

Value queryString(Runtime &runtime, Args args)
{
    QString text;
    if (!urlArg(runtime, args, &text)) {
        return Value();
    }
    QString anchor = QStringLiteral("retain");
    if (!isNullArg(args, 1) && !stringArg(runtime, args, 1, "ANCHOR", anchor)) {
        return Value();
    }
    anchor = anchor.toLower();
    if (anchor != QLatin1String("retain") && anchor != QLatin1String("remove") &&
        anchor != QLatin1String("append")) {
        return runtime.fail(QStringLiteral("ANCHOR must be \"retain\", \"remove\" or \"append\", "
                                           "found \"%1\"")
                                .arg(anchor));
    }
    const qsizetype question = text.indexOf(QLatin1Char('?'));
    QString query = question < 0 ? QString() : text.mid(question + 1);
    QString fragment;
    const qsizetype hash = (question < 0 ? text : query).indexOf(QLatin1Char('#'));
    if (question >= 0 && hash >= 0 && anchor != QLatin1String("retain")) {
        fragment = query.mid(hash + 1);
        query = query.left(hash);
    } else if (question < 0 && hash >= 0) {
        fragment = text.mid(hash + 1);
    }
    ValueMap map;
    static_assert(behaviour::kQueryRepeatedKeyLastWins);
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString key = equals < 0 ? pair : pair.left(equals);
        Value value(equals < 0 ? QString() : pair.mid(equals + 1));
        auto existing =
            std::find_if(map.begin(), map.end(), [&](const auto &e) { return e.first == key; });
        if (existing != map.end()) {
            existing->second = std::move(value);
        } else {
            map.emplace_back(key, std::move(value));
        }
    }
    if (anchor == QLatin1String("append") && !fragment.isEmpty()) {
        map.emplace_back(QStringLiteral("_anchor_"), Value(fragment));
    }
    return Value(std::move(map));
}

Value encoded(Runtime &runtime, Args args)
{
    QString input;
    if (isNullArg(args, 0) || !stringArg(runtime, args, 0, "URL", input)) {
        return Value();
    }
    static const char *const hex = "0123456789ABCDEF";
    QString out;
    for (const char byte : input.toUtf8()) {
        const auto c = quint8(byte);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.') {
            out += QLatin1Char(char(c));
        } else {
            out += QLatin1Char('%');
            out += QLatin1Char(hex[c >> 4]);
            out += QLatin1Char(hex[c & 15]);
        }
    }
    return Value(out);
}

Value decoded(Runtime &runtime, Args args)
{
    QString input;
    if (isNullArg(args, 0) || !stringArg(runtime, args, 0, "URL", input)) {
        return Value();
    }
    const QByteArray bytes = input.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '+' && behaviour::kUrlDecodePlusAsSpace) {
            out.append(' ');
        } else if (c == '%') {
            bool ok = false;
            const int value = i + 2 < bytes.size() ? bytes.mid(i + 1, 2).toInt(&ok, 16) : 0;
            if (!ok) {
                return runtime.fail(QStringLiteral("\"%1\" at position %2 is not a %XX escape")
                                        .arg(QString::fromUtf8(bytes.mid(i, 3)))
                                        .arg(i + 1));
            }
            out.append(char(value));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return Value(QString::fromUtf8(out));
}

FunctionSpec urlSpec(const char *name, const char *description, const char *returns,
                     const char *example, const char *result, NativeFunction run)
{
    return {.name = name,
            .category = kCategory,
            .syntax = "",
            .description = description,
            .returns = returns,
            .example = example,
            .result = result,
            .params = {{"URL", kString, "The URL."}},
            .minArgs = 1,
            .maxArgs = 1,
            .run = run};
}

} // namespace

void registerUrlFunctions(FunctionRegistry &registry)
{
    FunctionSpec spec = urlSpec(
        "get_url_protocol", "The protocol (scheme) of a URL; null for an invalid URL.", kString,
        "get_url_protocol(\"https://platform.adobe.com/home\")", "\"https\"", &protocol);
    spec.syntax = "get_url_protocol(URL)";
    registry.add(spec);
    spec = urlSpec("get_url_host", "The host of a URL; null for an invalid URL.", kString,
                   "get_url_host(\"https://platform.adobe.com/home\")", "\"platform.adobe.com\"",
                   &host);
    spec.syntax = "get_url_host(URL)";
    registry.add(spec);
    spec = urlSpec("get_url_port",
                   "The port of a URL, or the scheme's default port; null for an "
                   "invalid URL or an unknown scheme without a port.",
                   "java.lang.Integer",
                   "get_url_port(\"sftp://example.com//home/joe/employee.csv\")", "22", &port);
    spec.syntax = "get_url_port(URL)";
    registry.add(spec);
    spec = urlSpec("get_url_path", "The path of a URL; with FULL_PATH false only its last segment.",
                   kString, "get_url_path(\"sftp://example.com//home/joe/employee.csv\")",
                   "\"//home/joe/employee.csv\"", &path);
    spec.syntax = "get_url_path(URL, FULL_PATH)";
    spec.maxArgs = 2;
    spec.params.push_back(
        {"FULL_PATH", "java.lang.Boolean", "false for the last segment only; default true."});
    registry.add(spec);
    spec = urlSpec(
        "get_url_query_str",
        "The query of a URL as a map of names to values. ANCHOR "
        "says what happens to the fragment: \"retain\" keeps it on the last value, "
        "\"remove\" drops it, \"append\" adds it under \"_anchor_\".",
        "java.util.Map",
        "get_url_query_str(\"foo://example.com:8042/over/there?name=ferret#nose\", \"append\")",
        "{\"name\": \"ferret\", \"_anchor_\": \"nose\"}", &queryString);
    spec.syntax = "get_url_query_str(URL, ANCHOR)";
    spec.maxArgs = 2;
    spec.params.push_back({"ANCHOR", kString, "retain, remove or append."});
    registry.add(spec);
    spec = urlSpec("get_url_encoded",
                   "Percent-encodes every character except A-Z a-z 0-9 - _ . "
                   "(UTF-8 bytes, space as %20).",
                   kString,
                   "get_url_encoded(\"https://example.com/partneralliance_asia-pacific_2022\")",
                   "\"https%3A%2F%2Fexample.com%2Fpartneralliance_asia-pacific_2022\"", &encoded);
    spec.syntax = "get_url_encoded(URL)";
    registry.add(spec);
    spec = urlSpec(
        "get_url_decoded", "Decodes %XX escapes (and + as a space).", kString,
        "get_url_decoded(\"https%3A%2F%2Fexample.com%2Fpartneralliance_asia-pacific_2022\")",
        "\"https://example.com/partneralliance_asia-pacific_2022\"", &decoded);
    spec.syntax = "get_url_decoded(URL)";
    registry.add(spec);
}

} // namespace core::expr
