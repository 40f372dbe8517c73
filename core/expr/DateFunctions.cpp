// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/expr/Behaviour.h"
#include "core/expr/DateFormat.h"
#include "core/expr/DatePattern.h"
#include "core/expr/FunctionSupport.h"

#include <limits>

namespace core::expr {

namespace {

constexpr const char *kCategory = "Date and time";
constexpr const char *kDate = "java.time.ZonedDateTime";
constexpr const char *kString = "java.lang.String";

enum class Part
{
    Year,
    Quarter,
    Month,
    DayOfYear,
    Day,
    Week,
    Weekday,
    Hour,
    Hour12,
    Minute,
    Second,
    Millisecond
};

std::optional<Part> partNamed(const QString &name)
{
    static const QHash<QString, Part> parts = {{QStringLiteral("year"), Part::Year},
                                               {QStringLiteral("yyyy"), Part::Year},
                                               {QStringLiteral("yy"), Part::Year},
                                               {QStringLiteral("quarter"), Part::Quarter},
                                               {QStringLiteral("qq"), Part::Quarter},
                                               {QStringLiteral("q"), Part::Quarter},
                                               {QStringLiteral("month"), Part::Month},
                                               {QStringLiteral("mm"), Part::Month},
                                               {QStringLiteral("m"), Part::Month},
                                               {QStringLiteral("dayofyear"), Part::DayOfYear},
                                               {QStringLiteral("dy"), Part::DayOfYear},
                                               {QStringLiteral("y"), Part::DayOfYear},
                                               {QStringLiteral("day"), Part::Day},
                                               {QStringLiteral("dd"), Part::Day},
                                               {QStringLiteral("d"), Part::Day},
                                               {QStringLiteral("week"), Part::Week},
                                               {QStringLiteral("ww"), Part::Week},
                                               {QStringLiteral("w"), Part::Week},
                                               {QStringLiteral("weekday"), Part::Weekday},
                                               {QStringLiteral("dw"), Part::Weekday},
                                               {QStringLiteral("hour"), Part::Hour},
                                               {QStringLiteral("hh"), Part::Hour},
                                               {QStringLiteral("hh24"), Part::Hour},
                                               {QStringLiteral("hh12"), Part::Hour12},
                                               {QStringLiteral("minute"), Part::Minute},
                                               {QStringLiteral("mi"), Part::Minute},
                                               {QStringLiteral("n"), Part::Minute},
                                               {QStringLiteral("second"), Part::Second},
                                               {QStringLiteral("ss"), Part::Second},
                                               {QStringLiteral("s"), Part::Second},
                                               {QStringLiteral("millisecond"), Part::Millisecond},
                                               {QStringLiteral("sss"), Part::Millisecond}};
    const auto found = parts.constFind(name.trimmed().toLower());
    return found == parts.constEnd() ? std::nullopt : std::optional<Part>(*found);
}

Value nowFn(Runtime &runtime, Args)
{
    return Value(DateTime{runtime.now().toTimeZone(utcZone()), 0});
}

Value timestampFn(Runtime &runtime, Args)
{
    return Value::longValue(runtime.now().toMSecsSinceEpoch());
}

bool patternArg(Runtime &runtime, Args args, size_t i, QString &pattern)
{
    if (!stringArg(runtime, args, i, "FORMAT", pattern)) {
        return false;
    }
    // The docs wrap patterns in backticks inside the quotes; that is markdown, not pattern.
    if (pattern.size() >= 2 && pattern.startsWith(QLatin1Char('`')) &&
        pattern.endsWith(QLatin1Char('`'))) {
        pattern = pattern.mid(1, pattern.size() - 2);
    }
    return true;
}

Value formatted(Runtime &runtime, const DateTime &date, const QString &pattern)
{
    QString error;
    const QString text = formatDate(date, pattern, &error);
    return error.isEmpty() ? Value(text) : runtime.fail(error);
}

Value formatFn(Runtime &runtime, Args args)
{
    if (isNullArg(args, 0)) {
        return Value();
    }
    DateTime date;
    QString pattern;
    if (!dateArg(runtime, args, 0, "DATE", date) || !patternArg(runtime, args, 1, pattern)) {
        return Value();
    }
    return formatted(runtime, date, pattern);
}

std::optional<DateTime> fromEpochMillis(Runtime &runtime, const Value &value)
{
    const Value number = value.isString()
                             ? Value::integral(parseInt128(value.asString().trimmed()).value_or(0))
                             : value;
    if (!number.isIntegral() || (value.isString() && !parseInt128(value.asString().trimmed()))) {
        runtime.fail(QStringLiteral("TIMESTAMP must be epoch milliseconds, found %1")
                         .arg(value.toJavaString()));
        return std::nullopt;
    }
    const Int128 ms = number.asInt128();
    if (ms < -62135596800000LL * 4 || ms > 253402300799999LL * 4) {
        runtime.fail(QStringLiteral("TIMESTAMP %1 is out of range").arg(int128ToString(ms)));
        return std::nullopt;
    }
    return DateTime{QDateTime::fromMSecsSinceEpoch(qint64(ms), utcZone()), 0};
}

Value dformatFn(Runtime &runtime, Args args)
{
    if (isNullArg(args, 0)) {
        return Value();
    }
    QString pattern;
    const auto date = fromEpochMillis(runtime, args[0]);
    if (!date || !patternArg(runtime, args, 1, pattern)) {
        return Value();
    }
    return formatted(runtime, *date, pattern);
}

Value dateFn(Runtime &runtime, Args args)
{
    if (isNullArg(args, 0)) {
        static_assert(behaviour::kDateDefaultOnlyForNull);
        return args.size() > 2 ? args[2] : Value();
    }
    const Value &input = args[0];
    if (input.isDate()) {
        return input;
    }
    if (input.isIntegral()) {
        const auto date = fromEpochMillis(runtime, input);
        return date ? Value(*date) : Value();
    }
    QString text;
    if (!stringArg(runtime, args, 0, "DATE", text)) {
        return Value();
    }
    QString error;
    std::optional<DateTime> date;
    if (isNullArg(args, 1)) {
        date = parseDateAuto(text, &error);
    } else {
        QString pattern;
        if (!patternArg(runtime, args, 1, pattern)) {
            return Value();
        }
        date = parseDate(text.trimmed(), pattern,
                         *zoneFromId(QLatin1String(behaviour::kDefaultZone)), &error);
    }
    return date ? Value(*date) : runtime.fail(error);
}

int partOf(Part part, const DateTime &date)
{
    const QDate day = date.when.date();
    const QTime time = date.when.time();
    switch (part) {
    case Part::Year:
        return day.year();
    case Part::Quarter:
        return (day.month() - 1) / 3 + 1;
    case Part::Month:
        return day.month();
    case Part::DayOfYear:
        return day.dayOfYear();
    case Part::Day:
        return day.day();
    case Part::Week:
        return detail::usWeekOfYear(day);
    case Part::Weekday:
        static_assert(behaviour::kWeekdaySundayIsOne);
        return detail::usDayOfWeek(day);
    case Part::Hour:
        return time.hour();
    case Part::Hour12:
        return time.hour() % 12 == 0 ? 12 : time.hour() % 12;
    case Part::Minute:
        return time.minute();
    case Part::Second:
        return time.second();
    case Part::Millisecond:
        return time.msec();
    }
    return 0;
}

Value datePart(Runtime &runtime, Args args)
{
    QString name;
    if (!stringArg(runtime, args, 0, "COMPONENT", name)) {
        return Value();
    }
    const std::optional<Part> part = partNamed(name);
    if (!part) {
        return runtime.fail(QStringLiteral("unknown COMPONENT \"%1\"; use year, quarter, month, "
                                           "dayofyear, day, week, weekday, hour, minute, second or "
                                           "millisecond")
                                .arg(name));
    }
    if (isNullArg(args, 1)) {
        return Value();
    }
    DateTime date;
    if (!dateArg(runtime, args, 1, "DATE", date)) {
        return Value();
    }
    return Value::integer(partOf(*part, date));
}

// Replaces one part of day/time; false when value is out of the part's range. java.time's
// withMonth/withYear move a day past the month's end to its last day.
bool replacePart(Part part, int value, QDate &day, QTime &time)
{
    const auto withDay = [](int y, int m, int d) {
        return QDate(y, m, std::min(d, QDate(y, m, 1).daysInMonth()));
    };
    const auto in = [value](int low, int high) { return value >= low && value <= high; };
    switch (part) {
    case Part::Year:
        return in(-999999, 999999) && (day = withDay(value, day.month(), day.day())).isValid();
    case Part::Month:
        return in(1, 12) && (day = withDay(day.year(), value, day.day())).isValid();
    case Part::Day:
        return in(1, day.daysInMonth()) && (day = QDate(day.year(), day.month(), value)).isValid();
    case Part::Hour:
        return in(0, 23) &&
               (time = QTime(value, time.minute(), time.second(), time.msec())).isValid();
    case Part::Minute:
        return in(0, 59) &&
               (time = QTime(time.hour(), value, time.second(), time.msec())).isValid();
    case Part::Second:
        return in(0, 59) &&
               (time = QTime(time.hour(), time.minute(), value, time.msec())).isValid();
    default:
        return false;
    }
}

Value setDatePart(Runtime &runtime, Args args)
{
    QString name;
    qint64 value = 0;
    if (!stringArg(runtime, args, 0, "COMPONENT", name) ||
        !intArg(runtime, args, 1, "VALUE", value)) {
        return Value();
    }
    const std::optional<Part> part = partNamed(name);
    const QList<Part> settable = {Part::Year, Part::Month,  Part::Day,
                                  Part::Hour, Part::Minute, Part::Second};
    if (!part || !settable.contains(*part)) {
        return runtime.fail(QStringLiteral("set_date_part cannot set \"%1\"; use year, month, day, "
                                           "hour, minute or second")
                                .arg(name));
    }
    if (isNullArg(args, 2)) {
        return Value();
    }
    DateTime date;
    if (!dateArg(runtime, args, 2, "DATE", date)) {
        return Value();
    }
    QDate day = date.when.date();
    QTime time = date.when.time();
    if (!replacePart(*part, int(value), day, time)) {
        return runtime.fail(QStringLiteral("%1 is out of range for %2").arg(value).arg(name));
    }
    const auto result = makeDateTime(day, time, date.extraNanos, date.when.timeZone());
    return result ? Value(*result) : runtime.fail(QStringLiteral("the date cannot be built"));
}

Value makeDateTimeFn(Runtime &runtime, Args args)
{
    static const char *const names[] = {"YEAR",   "MONTH",  "DAY",       "HOUR",
                                        "MINUTE", "SECOND", "NANOSECOND"};
    static const qint64 lows[] = {-999999, 1, 1, 0, 0, 0, 0};
    static const qint64 highs[] = {999999, 12, 31, 23, 59, 59, 999999999};
    qint64 parts[7] = {};
    for (size_t i = 0; i < 7; ++i) {
        if (!intArg(runtime, args, i, names[i], parts[i])) {
            return Value();
        }
        if (parts[i] < lows[i] || parts[i] > highs[i]) {
            return runtime.fail(QStringLiteral("%1 %2 is out of range %3-%4")
                                    .arg(QLatin1String(names[i]))
                                    .arg(parts[i])
                                    .arg(lows[i])
                                    .arg(highs[i]));
        }
    }
    QString zoneId;
    if (!stringArg(runtime, args, 7, "TIMEZONE", zoneId)) {
        return Value();
    }
    const auto zone = zoneFromId(zoneId);
    if (!zone) {
        return runtime.fail(
            QStringLiteral("unknown TIMEZONE \"%1\"; use an IANA id such as America/Los_Angeles")
                .arg(zoneId));
    }
    const QDate day{int(parts[0]), int(parts[1]), 1};
    if (parts[2] > day.daysInMonth()) {
        return runtime.fail(QStringLiteral("DAY %1 does not exist in %2-%3")
                                .arg(parts[2])
                                .arg(parts[0])
                                .arg(parts[1]));
    }
    const QTime time{int(parts[3]), int(parts[4]), int(parts[5]), int(parts[6] / 1000000)};
    const auto date = makeDateTime(QDate(int(parts[0]), int(parts[1]), int(parts[2])), time,
                                   int(parts[6] % 1000000), *zone);
    return date ? Value(*date) : runtime.fail(QStringLiteral("the date cannot be built"));
}

Value toUtc(Runtime &runtime, Args args)
{
    if (isNullArg(args, 0)) {
        return Value();
    }
    DateTime date;
    if (!dateArg(runtime, args, 0, "DATE", date)) {
        return Value();
    }
    return Value(DateTime{date.when.toTimeZone(utcZone()), date.extraNanos});
}

Value toZone(Runtime &runtime, Args args)
{
    if (isNullArg(args, 0)) {
        return Value();
    }
    DateTime date;
    QString zoneId;
    if (!dateArg(runtime, args, 0, "DATE", date) || !stringArg(runtime, args, 1, "ZONE", zoneId)) {
        return Value();
    }
    const auto zone = zoneFromId(zoneId);
    if (!zone) {
        return runtime.fail(
            QStringLiteral("unknown ZONE \"%1\"; use an IANA id such as Europe/Paris").arg(zoneId));
    }
    return Value(DateTime{date.when.toTimeZone(*zone), date.extraNanos});
}

void registerFormatting(FunctionRegistry &registry)
{
    registry.add({.name = "format",
                  .category = kCategory,
                  .syntax = "format(DATE, FORMAT)",
                  .description = "Formats a date with a Java DateTimeFormatter pattern.",
                  .returns = kString,
                  .example = "format(date(\"2019-10-23T11:24:00+00:00\"), \"yyyy-MM-dd HH:mm:ss\")",
                  .result = "\"2019-10-23 11:24:00\"",
                  .params = {{"DATE", kDate, "The date to format."},
                             {"FORMAT", kString, "The pattern, e.g. yyyy-MM-dd HH:mm:ss."}},
                  .minArgs = 2,
                  .maxArgs = 2,
                  .run = &formatFn});
    registry.add(
        {.name = "dformat",
         .category = kCategory,
         .syntax = "dformat(TIMESTAMP, FORMAT)",
         .description = "Formats epoch milliseconds, in UTC, with a Java pattern.",
         .returns = kString,
         .example = "dformat(1571829875000, \"yyyy-MM-dd'T'HH:mm:ss.SSSX\")",
         .result = "\"2019-10-23T11:24:35.000Z\"",
         .params = {{"TIMESTAMP", "java.lang.Long", "Milliseconds since 1970-01-01T00:00Z."},
                    {"FORMAT", kString, "The pattern."}},
         .minArgs = 2,
         .maxArgs = 2,
         .run = &dformatFn});
    registry.add({.name = "date",
                  .category = kCategory,
                  .syntax = "date(DATE, FORMAT, DEFAULT_DATE)",
                  .description = "Reads a date from a string, with FORMAT describing the input or, "
                                 "without it, by auto-detection; text without a zone is UTC. "
                                 "DEFAULT_DATE is returned when DATE is null.",
                  .returns = kDate,
                  .example = "date(\"2019-10-23 11:24\", \"yyyy-MM-dd HH:mm\", now())",
                  .result = "2019-10-23T11:24:00Z",
                  .params = {{"DATE", kString, "The text to read."},
                             {"FORMAT", kString, "The input's pattern; optional."},
                             {"DEFAULT_DATE", kDate, "Returned for a null DATE; optional."}},
                  .minArgs = 1,
                  .maxArgs = 3,
                  .run = &dateFn});
}

void registerParts(FunctionRegistry &registry)
{
    registry.add({.name = "date_part",
                  .category = kCategory,
                  .syntax = "date_part(COMPONENT, DATE)",
                  .description =
                      "One component of a date as an integer: year, quarter, month, "
                      "dayofyear, day, week, weekday (Sunday = 1), hour, minute, second, "
                      "millisecond, or their short names.",
                  .returns = "java.lang.Integer",
                  .example = "date_part(\"MM\", date(\"2019-10-17 11:55:12\"))",
                  .result = "10",
                  .params = {{"COMPONENT", kString, "The component's name (case-insensitive)."},
                             {"DATE", kDate, "The date."}},
                  .minArgs = 2,
                  .maxArgs = 2,
                  .run = &datePart});
    registry.add({.name = "set_date_part",
                  .category = kCategory,
                  .syntax = "set_date_part(COMPONENT, VALUE, DATE)",
                  .description = "Replaces one component (year, month, day, hour, minute, second) "
                                 "of a date.",
                  .returns = kDate,
                  .example = "set_date_part(\"m\", 4, date(\"2016-11-09T11:44:44.797\"))",
                  .result = "2016-04-09T11:44:44Z",
                  .params = {{"COMPONENT", kString, "The component to replace."},
                             {"VALUE", "java.lang.Integer", "Its new value."},
                             {"DATE", kDate, "The date."}},
                  .minArgs = 3,
                  .maxArgs = 3,
                  .run = &setDatePart});
    registry.add(
        {.name = "make_date_time",
         .category = kCategory,
         .syntax = "make_date_time(YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, NANOSECOND, TIMEZONE)",
         .description = "Builds a date from its parts in a time zone.",
         .returns = kDate,
         .example = "make_date_time(2019, 10, 17, 11, 55, 12, 999, \"America/Los_Angeles\")",
         .result = "2019-10-17T11:55:12-07:00",
         .params = {{"YEAR", "java.lang.Integer", "The year."},
                    {"MONTH", "java.lang.Integer", "1-12."},
                    {"DAY", "java.lang.Integer", "1-31."},
                    {"HOUR", "java.lang.Integer", "0-23."},
                    {"MINUTE", "java.lang.Integer", "0-59."},
                    {"SECOND", "java.lang.Integer", "0-59."},
                    {"NANOSECOND", "java.lang.Integer", "0-999999999."},
                    {"TIMEZONE", kString, "An IANA zone id."}},
         .minArgs = 8,
         .maxArgs = 8,
         .run = &makeDateTimeFn},
        {"make_timestamp"});
}

} // namespace

void registerDateFunctions(FunctionRegistry &registry)
{
    registry.add({.name = "now",
                  .category = kCategory,
                  .syntax = "now()",
                  .description = "The current time, in UTC.",
                  .returns = kDate,
                  .example = "now()",
                  .result = "2021-10-26T10:10:24Z",
                  .minArgs = 0,
                  .maxArgs = 0,
                  .run = &nowFn});
    registry.add({.name = "timestamp",
                  .category = kCategory,
                  .syntax = "timestamp()",
                  .description = "The current time in milliseconds since the epoch.",
                  .returns = "java.lang.Long",
                  .example = "timestamp()",
                  .result = "1571850624571",
                  .minArgs = 0,
                  .maxArgs = 0,
                  .run = &timestampFn});
    registerFormatting(registry);
    registerParts(registry);
    registry.add(
        {.name = "zone_date_to_utc",
         .category = kCategory,
         .syntax = "zone_date_to_utc(DATE)",
         .description = "The same instant in UTC.",
         .returns = kDate,
         .example =
             "zone_date_to_utc(date(\"2019-10-17T11:55:12 PST\", \"yyyy-MM-dd'T'HH:mm:ss z\"))",
         .result = "2019-10-17T19:55:12Z",
         .params = {{"DATE", kDate, "The date."}},
         .minArgs = 1,
         .maxArgs = 1,
         .run = &toUtc});
    registry.add({.name = "zone_date_to_zone",
                  .category = kCategory,
                  .syntax = "zone_date_to_zone(DATE, ZONE)",
                  .description = "The same instant in another time zone.",
                  .returns = kDate,
                  .example = "zone_date_to_zone(now(), \"Europe/Paris\")",
                  .result = "2021-10-26T12:10:24+02:00",
                  .params = {{"DATE", kDate, "The date."}, {"ZONE", kString, "An IANA zone id."}},
                  .minArgs = 2,
                  .maxArgs = 2,
                  .run = &toZone});
}

} // namespace core::expr
