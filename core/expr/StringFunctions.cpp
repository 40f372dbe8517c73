// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// String functions. Lengths and positions count UTF-16 code units, as Java's String does.
#include "core/expr/Behaviour.h"
#include "core/expr/FunctionSupport.h"
#include "core/expr/JavaRegex.h"
#include "core/expr/Operators.h"

namespace core::expr {

namespace {

constexpr const char *kString = "java.lang.String";
constexpr const char *kCategory = "String";

// Character.isWhitespace: spaces and controls, but not the no-break spaces.
bool isJavaWhitespace(QChar c)
{
    const char16_t u = c.unicode();
    if (u == 0x00A0 || u == 0x2007 || u == 0x202F) {
        return false;
    }
    return c.isSpace() || (u >= 0x1C && u <= 0x1F);
}

// Most string functions give null for a null input; this reads the input or says it was null.
bool inputOrNull(Runtime &runtime, Args args, QString &input, bool &wasNull)
{
    wasNull = isNullArg(args, 0);
    return wasNull || stringArg(runtime, args, 0, "INPUT", input);
}

Value concat(Runtime &runtime, Args args)
{
    QString text;
    for (const Value &arg : args) {
        text += concatString(arg, runtime);
    }
    return Value(text);
}

Value explode(Runtime &runtime, Args args)
{
    QString input;
    bool wasNull = false;
    if (!inputOrNull(runtime, args, input, wasNull) || wasNull) {
        return Value();
    }
    QString pattern = QStringLiteral(",");
    if (!isNullArg(args, 1) && !stringArg(runtime, args, 1, "REGEX", pattern)) {
        return Value();
    }
    QString error;
    const auto regex = javaRegex(pattern, &error);
    if (!regex) {
        return runtime.fail(error);
    }
    static_assert(behaviour::kExplodeKeepsTrailingEmpty);
    return stringList(javaSplit(input, *regex));
}

Value instr(Runtime &runtime, Args args)
{
    QString input;
    QString needle;
    bool wasNull = false;
    if (!inputOrNull(runtime, args, input, wasNull) || wasNull) {
        return Value();
    }
    if (!stringArg(runtime, args, 1, "SUBSTRING", needle)) {
        return Value();
    }
    qint64 start = 0;
    qint64 occurrence = 1;
    if (!isNullArg(args, 2) && !intArg(runtime, args, 2, "START_POSITION", start)) {
        return Value();
    }
    if (!isNullArg(args, 3) && !intArg(runtime, args, 3, "OCCURRENCE", occurrence)) {
        return Value();
    }
    if (occurrence < 1) {
        return runtime.fail(
            QStringLiteral("OCCURRENCE must be 1 or more, found %1").arg(occurrence));
    }
    qsizetype at = std::max<qint64>(start, 0) - 1;
    for (qint64 n = 0; n < occurrence; ++n) {
        at = input.indexOf(needle, at + 1);
        if (at < 0) {
            return Value::integer(behaviour::kInstrNotFound);
        }
    }
    return Value::integer(qint32(at));
}

Value replacestr(Runtime &runtime, Args args)
{
    QString input;
    QString find;
    QString replacement;
    bool wasNull = false;
    if (!inputOrNull(runtime, args, input, wasNull) || wasNull) {
        return Value();
    }
    if (!stringArg(runtime, args, 1, "TO_FIND", find)) {
        return Value();
    }
    if (!isNullArg(args, 2) && !stringArg(runtime, args, 2, "TO_REPLACE", replacement)) {
        return Value();
    }
    if (find.isEmpty()) {
        // String.replace("", x) puts x before every character and at the end.
        QString out = replacement;
        for (const QChar c : input) {
            out += c;
            out += replacement;
        }
        return Value(out);
    }
    return Value(input.replace(find, replacement, Qt::CaseSensitive));
}

Value substr(Runtime &runtime, Args args)
{
    QString input;
    bool wasNull = false;
    if (!inputOrNull(runtime, args, input, wasNull) || wasNull) {
        return Value();
    }
    qint64 start = 0;
    qint64 length = 0;
    if (!intArg(runtime, args, 1, "START_INDEX", start)) {
        return Value();
    }
    qint64 end = input.size();
    if (!isNullArg(args, 2)) {
        if (!intArg(runtime, args, 2, "LENGTH", length)) {
            return Value();
        }
    }
    // Commons StringUtils.substring: a negative start counts from the end; both ends clamp.
    if (start < 0) {
        start = std::max<qint64>(0, start + input.size());
    }
    start = std::min<qint64>(start, input.size());
    if (!isNullArg(args, 2)) {
        end = std::clamp<qint64>(start + length, 0, input.size());
    }
    return Value(end <= start ? QString() : input.mid(start, end - start));
}

Value lower(Runtime &runtime, Args args)
{
    QString input;
    bool wasNull = false;
    if (!inputOrNull(runtime, args, input, wasNull) || wasNull) {
        return Value();
    }
    return Value(input.toLower());
}

Value upper(Runtime &runtime, Args args)
{
    QString input;
    bool wasNull = false;
    if (!inputOrNull(runtime, args, input, wasNull) || wasNull) {
        return Value();
    }
    return Value(input.toUpper());
}

Value split(Runtime &runtime, Args args)
{
    QString input;
    bool wasNull = false;
    if (!inputOrNull(runtime, args, input, wasNull) || wasNull) {
        return Value();
    }
    QString separators;
    if (!isNullArg(args, 1) && !stringArg(runtime, args, 1, "SEPARATOR", separators)) {
        return Value();
    }
    QStringList pieces;
    QString current;
    for (const QChar c : input) {
        const bool cut = separators.isEmpty() ? isJavaWhitespace(c) : separators.contains(c);
        if (!cut) {
            current += c;
        } else if (!current.isEmpty()) {
            pieces.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty()) {
        pieces.append(current);
    }
    return stringList(pieces);
}

Value join(Runtime &runtime, Args args)
{
    QString separator;
    if (!isNullArg(args, 0) && !stringArg(runtime, args, 0, "SEPARATOR", separator)) {
        return Value();
    }
    if (args.size() == 2 && args[1].isNull()) {
        return Value();
    }
    const Args items =
        args.size() == 2 && args[1].isList() ? Args(args[1].asList()) : args.subspan(1);
    QStringList parts;
    for (const Value &item : items) {
        parts.append(item.isNull() ? QString() : item.toJavaString());
    }
    return Value(parts.join(separator));
}

Value pad(Runtime &runtime, Args args, bool left)
{
    if (isNullArg(args, 0)) {
        return Value();
    }
    QString input;
    qint64 count = 0;
    QString padding = QStringLiteral(" ");
    if (!stringArg(runtime, args, 0, "INPUT", input) || !intArg(runtime, args, 1, "COUNT", count)) {
        return Value();
    }
    if (!isNullArg(args, 2) && !stringArg(runtime, args, 2, "PADDING", padding)) {
        return Value();
    }
    if (padding.isEmpty()) {
        padding = QStringLiteral(" ");
    }
    const qint64 missing = count - input.size();
    if (missing <= 0) {
        return Value(input);
    }
    if (missing > 1 << 24) {
        return runtime.fail(QStringLiteral("COUNT %1 is too large").arg(count));
    }
    QString fill = padding.repeated((missing + padding.size() - 1) / padding.size()).left(missing);
    return Value(left ? fill + input : input + fill);
}

Value lpad(Runtime &runtime, Args args)
{
    return pad(runtime, args, true);
}

Value rpad(Runtime &runtime, Args args)
{
    return pad(runtime, args, false);
}

Value side(Runtime &runtime, Args args, bool fromLeft)
{
    if (isNullArg(args, 0)) {
        return Value();
    }
    QString input;
    qint64 count = 0;
    if (!stringArg(runtime, args, 0, "STRING", input) ||
        !intArg(runtime, args, 1, "COUNT", count)) {
        return Value();
    }
    if (count < 0) {
        return Value(QString());
    }
    return Value(fromLeft ? input.left(count) : input.right(count));
}

Value leftFn(Runtime &runtime, Args args)
{
    return side(runtime, args, true);
}

Value rightFn(Runtime &runtime, Args args)
{
    return side(runtime, args, false);
}

Value trimSides(Runtime &runtime, Args args, bool start, bool end)
{
    if (isNullArg(args, 0)) {
        return Value();
    }
    QString input;
    if (!stringArg(runtime, args, 0, "STRING", input)) {
        return Value();
    }
    qsizetype from = 0;
    qsizetype to = input.size();
    while (start && from < to && isJavaWhitespace(input[from])) {
        ++from;
    }
    while (end && to > from && isJavaWhitespace(input[to - 1])) {
        --to;
    }
    return Value(input.mid(from, to - from));
}

Value ltrim(Runtime &runtime, Args args)
{
    return trimSides(runtime, args, true, false);
}

Value rtrim(Runtime &runtime, Args args)
{
    return trimSides(runtime, args, false, true);
}

Value trim(Runtime &runtime, Args args)
{
    return trimSides(runtime, args, true, true);
}

Value equalsFn(Runtime &runtime, Args args)
{
    if (args[0].isNull()) {
        return runtime.fail(QStringLiteral("STRING1 is null"));
    }
    return Value(javaEquals(args[0], args[1]));
}

Value equalsIgnoreCase(Runtime &runtime, Args args)
{
    QString a;
    if (!stringArg(runtime, args, 0, "STRING1", a)) {
        return Value();
    }
    return Value(args[1].isString() && a.compare(args[1].asString(), Qt::CaseInsensitive) == 0);
}

void registerCaseFunctions(FunctionRegistry &registry)
{
    registry.add({.name = "lower",
                  .category = kCategory,
                  .syntax = "lower(INPUT)",
                  .description = "Converts a string to lower case (locale-independent).",
                  .returns = kString,
                  .example = "lower(\"HeLLo\")",
                  .result = "\"hello\"",
                  .params = {{"INPUT", kString, "The string to convert."}},
                  .minArgs = 1,
                  .maxArgs = 1,
                  .run = &lower},
                 {"lcase"});
    registry.add({.name = "upper",
                  .category = kCategory,
                  .syntax = "upper(INPUT)",
                  .description = "Converts a string to upper case (locale-independent).",
                  .returns = kString,
                  .example = "upper(\"HeLLo\")",
                  .result = "\"HELLO\"",
                  .params = {{"INPUT", kString, "The string to convert."}},
                  .minArgs = 1,
                  .maxArgs = 1,
                  .run = &upper},
                 {"ucase"});
}

void registerPadAndTrim(FunctionRegistry &registry)
{
    // One registration per function: a table, long by nature, read entry by entry.
    const std::vector<FunctionParam> padParams = {
        {"INPUT", kString, "The string to pad; may be null."},
        {"COUNT", "java.lang.Integer", "The length of the result."},
        {"PADDING", kString, "The padding, repeated and cut to fit; null or empty is a space."}};
    registry.add({.name = "lpad",
                  .category = kCategory,
                  .syntax = "lpad(INPUT, COUNT, PADDING)",
                  .description = "Pads the left side of a string to COUNT characters.",
                  .returns = kString,
                  .example = "lpad(\"bat\", 8, \"yz\")",
                  .result = "\"yzyzybat\"",
                  .params = padParams,
                  .minArgs = 2,
                  .maxArgs = 3,
                  .run = &lpad});
    registry.add({.name = "rpad",
                  .category = kCategory,
                  .syntax = "rpad(INPUT, COUNT, PADDING)",
                  .description = "Pads the right side of a string to COUNT characters.",
                  .returns = kString,
                  .example = "rpad(\"bat\", 8, \"yz\")",
                  .result = "\"batyzyzy\"",
                  .params = padParams,
                  .minArgs = 2,
                  .maxArgs = 3,
                  .run = &rpad});
    const std::vector<FunctionParam> sideParams = {
        {"STRING", kString, "The string."}, {"COUNT", "java.lang.Integer", "How many characters."}};
    registry.add({.name = "left",
                  .category = kCategory,
                  .syntax = "left(STRING, COUNT)",
                  .description = "The first COUNT characters of a string.",
                  .returns = kString,
                  .example = "left(\"abcde\", 2)",
                  .result = "\"ab\"",
                  .params = sideParams,
                  .minArgs = 2,
                  .maxArgs = 2,
                  .run = &leftFn});
    registry.add({.name = "right",
                  .category = kCategory,
                  .syntax = "right(STRING, COUNT)",
                  .description = "The last COUNT characters of a string.",
                  .returns = kString,
                  .example = "right(\"abcde\", 2)",
                  .result = "\"de\"",
                  .params = sideParams,
                  .minArgs = 2,
                  .maxArgs = 2,
                  .run = &rightFn});
    const std::vector<FunctionParam> trimParams = {{"STRING", kString, "The string to trim."}};
    registry.add({.name = "ltrim",
                  .category = kCategory,
                  .syntax = "ltrim(STRING)",
                  .description = "Removes whitespace from the start of a string.",
                  .returns = kString,
                  .example = "ltrim(\" hello\")",
                  .result = "\"hello\"",
                  .params = trimParams,
                  .minArgs = 1,
                  .maxArgs = 1,
                  .run = &ltrim});
    registry.add({.name = "rtrim",
                  .category = kCategory,
                  .syntax = "rtrim(STRING)",
                  .description = "Removes whitespace from the end of a string.",
                  .returns = kString,
                  .example = "rtrim(\"hello \")",
                  .result = "\"hello\"",
                  .params = trimParams,
                  .minArgs = 1,
                  .maxArgs = 1,
                  .run = &rtrim});
    registry.add({.name = "trim",
                  .category = kCategory,
                  .syntax = "trim(STRING)",
                  .description = "Removes whitespace from both ends of a string.",
                  .returns = kString,
                  .example = "trim(\" hello \")",
                  .result = "\"hello\"",
                  .params = trimParams,
                  .minArgs = 1,
                  .maxArgs = 1,
                  .run = &trim});
}

void registerEquality(FunctionRegistry &registry)
{
    const std::vector<FunctionParam> params = {
        {"STRING1", kString, "The string the method is called on."},
        {"STRING2", kString, "The string to compare with."}};
    registry.add({.name = "equals",
                  .category = kCategory,
                  .syntax = "STRING1.equals(STRING2)",
                  .description = "Whether two strings are equal, case-sensitively.",
                  .returns = "java.lang.Boolean",
                  .example = "\"string1\".equals(\"STRING1\")",
                  .result = "false",
                  .params = params,
                  .minArgs = 2,
                  .maxArgs = 2,
                  .run = &equalsFn});
    registry.add({.name = "equalsIgnoreCase",
                  .category = kCategory,
                  .syntax = "STRING1.equalsIgnoreCase(STRING2)",
                  .description = "Whether two strings are equal, ignoring case.",
                  .returns = "java.lang.Boolean",
                  .example = "\"string1\".equalsIgnoreCase(\"STRING1\")",
                  .result = "true",
                  .params = params,
                  .minArgs = 2,
                  .maxArgs = 2,
                  .run = &equalsIgnoreCase});
}

} // namespace

void registerStringFunctions(FunctionRegistry &registry)
{
    // One registration per function: a table, long by nature, read entry by entry.
    registry.add({.name = "concat",
                  .category = kCategory,
                  .syntax = "concat(STRING_1, STRING_2, ...)",
                  .description = "Joins the string forms of all arguments. A null argument adds "
                                 "nothing.",
                  .returns = kString,
                  .example = "concat(\"Hi, \", \"there\", \"!\")",
                  .result = "\"Hi, there!\"",
                  .params = {{"STRING", "java.lang.Object", "The values to join, in order."}},
                  .minArgs = 1,
                  .maxArgs = -1,
                  .run = &concat});
    registry.add({.name = "explode",
                  .category = kCategory,
                  .syntax = "explode(STRING, REGEX)",
                  .description = "Splits a string with a regular expression (default \",\") and "
                                 "keeps empty pieces.",
                  .returns = "java.lang.String[]",
                  .example = "explode(\"Hi, there!\", \" \")",
                  .result = "[\"Hi,\", \"there!\"]",
                  .params = {{"STRING", kString, "The string to split."},
                             {"REGEX", kString, "The delimiter, a regular expression."}},
                  .minArgs = 1,
                  .maxArgs = 2,
                  .run = &explode});
    registry.add(
        {.name = "instr",
         .category = kCategory,
         .syntax = "instr(INPUT, SUBSTRING, START_POSITION, OCCURRENCE)",
         .description = "The 0-based position of the n-th occurrence of SUBSTRING at or "
                        "after START_POSITION, or -1.",
         .returns = "java.lang.Integer",
         .example = "instr(\"adobe.com\", \"com\")",
         .result = "6",
         .params = {{"INPUT", kString, "The string to search."},
                    {"SUBSTRING", kString, "The string to find."},
                    {"START_POSITION", "java.lang.Integer", "Where to start (0-based); optional."},
                    {"OCCURRENCE", "java.lang.Integer", "Which occurrence (default 1); optional."}},
         .minArgs = 2,
         .maxArgs = 4,
         .run = &instr});
    registry.add({.name = "replacestr",
                  .category = kCategory,
                  .syntax = "replacestr(INPUT, TO_FIND, TO_REPLACE)",
                  .description = "Replaces every occurrence of the literal TO_FIND.",
                  .returns = kString,
                  .example = "replacestr(\"This is a string re test\", \"re\", \"replace\")",
                  .result = "\"This is a string replace test\"",
                  .params = {{"INPUT", kString, "The string."},
                             {"TO_FIND", kString, "The text to find."},
                             {"TO_REPLACE", kString, "The replacement."}},
                  .minArgs = 3,
                  .maxArgs = 3,
                  .run = &replacestr});
    registry.add({.name = "substr",
                  .category = kCategory,
                  .syntax = "substr(INPUT, START_INDEX, LENGTH)",
                  .description = "LENGTH characters from the 0-based START_INDEX; both ends clamp "
                                 "to the string, a negative start counts from the end.",
                  .returns = kString,
                  .example = "substr(\"This is a substring test\", 7, 8)",
                  .result = "\" a subst\"",
                  .params = {{"INPUT", kString, "The string."},
                             {"START_INDEX", "java.lang.Integer", "The 0-based start."},
                             {"LENGTH", "java.lang.Integer", "How many characters."}},
                  .minArgs = 2,
                  .maxArgs = 3,
                  .run = &substr});
    registerCaseFunctions(registry);
    registry.add({.name = "split",
                  .category = kCategory,
                  .syntax = "split(INPUT, SEPARATOR)",
                  .description = "Splits a string at any of the separator characters and returns "
                                 "the non-empty pieces.",
                  .returns = "java.lang.String[]",
                  .example = "split(\"Hello world\", \" \")",
                  .result = "[\"Hello\", \"world\"]",
                  .params = {{"INPUT", kString, "The string to split."},
                             {"SEPARATOR", kString, "The separator characters."}},
                  .minArgs = 1,
                  .maxArgs = 2,
                  .run = &split});
    registry.add({.name = "join",
                  .category = kCategory,
                  .syntax = "join(SEPARATOR, [OBJECTS])",
                  .description = "Joins the elements of an array with a separator; null elements "
                                 "are empty.",
                  .returns = kString,
                  .example = "join(\" \", to_array(true, \"Hello\", \"world\"))",
                  .result = "\"Hello world\"",
                  .params = {{"SEPARATOR", kString, "Placed between elements."},
                             {"OBJECTS", "java.lang.Object[]", "The array to join."}},
                  .minArgs = 2,
                  .maxArgs = -1,
                  .run = &join});
    registerPadAndTrim(registry);
    registerEquality(registry);
}

} // namespace core::expr
