// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/expr/Behaviour.h"
#include "core/expr/FunctionSupport.h"
#include "core/expr/JavaRegex.h"

#include <QHash>

namespace core::expr {

namespace {

constexpr qsizetype kRegexCacheSize = 64;

QString translateJavaClasses(const QString &pattern)
{
    static const QHash<QString, QString> classes = {
        {QStringLiteral("Lower"), QStringLiteral("a-z")},
        {QStringLiteral("Upper"), QStringLiteral("A-Z")},
        {QStringLiteral("ASCII"), QStringLiteral("\\x00-\\x7F")},
        {QStringLiteral("Alpha"), QStringLiteral("a-zA-Z")},
        {QStringLiteral("Digit"), QStringLiteral("0-9")},
        {QStringLiteral("Alnum"), QStringLiteral("a-zA-Z0-9")},
        {QStringLiteral("Punct"), QStringLiteral("!-/:-@\\[-`{-~")},
        {QStringLiteral("Graph"), QStringLiteral("!-~")},
        {QStringLiteral("Print"), QStringLiteral(" -~")},
        {QStringLiteral("Blank"), QStringLiteral(" \\t")},
        {QStringLiteral("Cntrl"), QStringLiteral("\\x00-\\x1F\\x7F")},
        {QStringLiteral("XDigit"), QStringLiteral("0-9a-fA-F")},
        {QStringLiteral("Space"), QStringLiteral(" \\t\\n\\x0B\\f\\r")}};
    QString out;
    bool inClass = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == QLatin1Char('\\') && i + 1 < pattern.size()) {
            const QChar kind = pattern[i + 1];
            const qsizetype close = pattern.indexOf(QLatin1Char('}'), i + 3);
            if ((kind == QLatin1Char('p') || kind == QLatin1Char('P')) && i + 2 < pattern.size() &&
                pattern[i + 2] == QLatin1Char('{') && close > 0 &&
                classes.contains(pattern.mid(i + 3, close - i - 3))) {
                const QString range = classes.value(pattern.mid(i + 3, close - i - 3));
                const bool negated = kind == QLatin1Char('P');
                out += inClass ? range
                               : QStringLiteral("[%1%2]").arg(
                                     negated ? QStringLiteral("^") : QString(), range);
                i = close;
                continue;
            }
            out += c;
            out += kind;
            ++i;
            continue;
        }
        if (c == QLatin1Char('[') && !inClass) {
            inClass = true;
        } else if (c == QLatin1Char(']') && inClass) {
            inClass = false;
        }
        out += c;
    }
    return out;
}

Value extractRegex(Runtime &runtime, Args args)
{
    if (isNullArg(args, 0)) {
        return Value();
    }
    QString input;
    QString pattern;
    if (!stringArg(runtime, args, 0, "STRING", input) ||
        !stringArg(runtime, args, 1, "REGEX", pattern)) {
        return Value();
    }
    QString error;
    const auto regex = javaRegex(pattern, &error);
    if (!regex) {
        return runtime.fail(error);
    }
    static_assert(behaviour::kExtractRegexUsesFind);
    const QRegularExpressionMatch match = regex->match(input);
    if (!match.hasMatch()) {
        return Value();
    }
    ValueList groups;
    for (int i = 0; i <= match.lastCapturedIndex() || i <= regex->captureCount(); ++i) {
        groups.push_back(match.capturedStart(i) < 0 ? Value() : Value(match.captured(i)));
    }
    return Value(std::move(groups));
}

Value matchesRegex(Runtime &runtime, Args args)
{
    if (isNullArg(args, 0)) {
        return Value(false);
    }
    QString input;
    QString pattern;
    if (!stringArg(runtime, args, 0, "STRING", input) ||
        !stringArg(runtime, args, 1, "REGEX", pattern)) {
        return Value();
    }
    QString error;
    const auto regex = javaRegex(QRegularExpression::anchoredPattern(pattern), &error);
    if (!regex) {
        return runtime.fail(error);
    }
    return Value(regex->match(input).hasMatch());
}

} // namespace

std::optional<QRegularExpression> javaRegex(const QString &pattern, QString *error)
{
    thread_local QHash<QString, QRegularExpression> cache;
    const auto cached = cache.constFind(pattern);
    if (cached != cache.constEnd()) {
        return *cached;
    }
    QRegularExpression regex(translateJavaClasses(pattern));
    if (!regex.isValid()) {
        *error = QStringLiteral("invalid regular expression \"%1\": %2 at offset %3")
                     .arg(pattern, regex.errorString())
                     .arg(regex.patternErrorOffset());
        return std::nullopt;
    }
    regex.optimize();
    if (cache.size() >= kRegexCacheSize) {
        cache.clear();
    }
    cache.insert(pattern, regex);
    return regex;
}

QStringList javaSplit(const QString &input, const QRegularExpression &regex)
{
    QStringList pieces;
    qsizetype start = 0;
    QRegularExpressionMatchIterator it = regex.globalMatch(input);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedEnd(0) == 0) {
            continue; // a zero-width match at the start adds no leading empty piece
        }
        if (match.capturedLength(0) == 0 && match.capturedStart(0) >= input.size()) {
            break;
        }
        pieces.append(input.mid(start, match.capturedStart(0) - start));
        start = match.capturedEnd(0);
    }
    pieces.append(input.mid(start));
    return pieces;
}

void registerRegexFunctions(FunctionRegistry &registry)
{
    registry.add({.name = "extract_regex",
                  .category = "Regular expression",
                  .syntax = "extract_regex(STRING, REGEX)",
                  .description = "Extracts groups from the input string with a regular expression: "
                                 "element 0 is the whole match, then each group. Null when "
                                 "nothing matches.",
                  .returns = "java.lang.String[]",
                  .example = "extract_regex(\"E259,E259B_009,1_1\", \"([^,]+),[^,]*,([^,]+)\")",
                  .result = "[\"E259,E259B_009,1_1\", \"E259\", \"1_1\"]",
                  .params = {{"STRING", "java.lang.String", "The string to search."},
                             {"REGEX", "java.lang.String", "A java.util.regex pattern."}},
                  .minArgs = 2,
                  .maxArgs = 2,
                  .run = &extractRegex});
    registry.add({.name = "matches_regex",
                  .category = "Regular expression",
                  .syntax = "matches_regex(STRING, REGEX)",
                  .description = "Whether the whole string matches the regular expression.",
                  .returns = "java.lang.Boolean",
                  .example = "matches_regex(\"E259,E259B_009,1_1\", \"([^,]+),[^,]*,([^,]+)\")",
                  .result = "true",
                  .params = {{"STRING", "java.lang.String", "The string to test."},
                             {"REGEX", "java.lang.String", "A java.util.regex pattern."}},
                  .minArgs = 2,
                  .maxArgs = 2,
                  .run = &matchesRegex});
}

} // namespace core::expr
