// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

// Every choice Patchbay makes where Adobe's Data Prep documentation is silent or wrong, in one
// place. Each constant names the behaviour, says what Patchbay does and why. The choices follow
// the Java libraries Data Prep evidently runs on (Apache Commons JEXL 3, java.time, Guava,
// java.net.URLEncoder) unless a documented example clearly shows otherwise.

namespace core::expr::behaviour {

/// Longest expression accepted (calculated fields in the AEP UI are capped at 4096 characters).
inline constexpr int kMaxExpressionLength = 4096;

/// Deepest nesting of sub-expressions the parser accepts; deeper input is a compile error, so
/// evaluation can never exhaust the stack.
inline constexpr int kMaxNestingDepth = 256;

/// concat() and `+` with a string operand render null as "" (Commons StringUtils style) and
/// add a warning. Java's String.valueOf(null) would give "null"; the docs do not say.
inline constexpr bool kConcatRendersNullAsEmpty = true;

/// A date inside string concatenation renders like java.util.Date#toString, as the only
/// documented example shows ("Fri Sep 25 15:17:31 PDT 2020").
inline constexpr const char *kDateInStringPattern = "EEE MMM dd HH:mm:ss zzz yyyy";

/// Dates in JSON output are ISO-8601 with seconds precision and the offset ("Z" for UTC): the
/// documented results drop milliseconds (set_date_part example: .797 is not shown).
inline constexpr bool kIsoOutputShowsFraction = false;

/// Arithmetic on a null operand is a runtime error (attribute nulled with a message), not
/// JEXL's lenient "null counts as 0". The spec advises not to rely on lenient mode.
inline constexpr bool kNullArithmeticIsError = true;

/// Integer division truncates like Java (5 / 2 is 2) and adds a warning when it loses a
/// remainder, because Data Prep's behaviour is unverified.
inline constexpr bool kWarnOnTruncatingDivision = true;

/// The string "false" is falsy, like JEXL's toBoolean(String); so are "", null, 0 and empty
/// arrays and maps.
inline constexpr bool kStringFalseIsFalsy = true;

/// instr() returns the 0-based offset (the example gives 6 for "com" in "adobe.com") and -1
/// when not found, like Java's String.indexOf; START_POSITION is 0-based too.
inline constexpr int kInstrNotFound = -1;

/// extract_regex() finds the first match (Matcher.find) and returns null when nothing matches;
/// matches_regex() matches the whole string (String.matches).
inline constexpr bool kExtractRegexUsesFind = true;

/// explode() keeps empty pieces, trailing ones included (Pattern.split(input, -1)). The
/// documented result ["Hi,", "there"] drops a '!' that no split can drop; Patchbay returns
/// ["Hi,", "there!"].
inline constexpr bool kExplodeKeepsTrailingEmpty = true;

/// get_url_encoded() is java.net.URLEncoder with "+" written as "%20" and "*" as "%2A", as the
/// documented character table shows; "|" becomes "%7C" (the table's "%5C" is the backslash).
/// get_url_decoded() is URLDecoder: "+" decodes to a space.
inline constexpr bool kUrlDecodePlusAsSpace = true;

/// crc32() prints the four CRC-32 bytes least significant first, as Guava's HashCode does
/// ("my text" gives 8df92e80 although the CRC value is 0x802ef98d).
inline constexpr bool kCrc32LittleEndianHex = true;

/// Zone abbreviations in parsed text ("PST", "EDT") are fixed offsets: the documented
/// zone_date_to_utc example turns 11:55:12 PST on 17 October into 19:55:12Z, which needs
/// PST = UTC-08:00 (java.time would read PST as Los Angeles and apply daylight time).
inline constexpr bool kZoneAbbreviationIsFixedOffset = true;

/// Text without a zone or offset is read as UTC (every documented date() result ends in Z).
inline constexpr const char *kDefaultZone = "UTC";

/// Pattern letter 'u' is the day-of-week number (1 = Monday), as Data Prep's pattern table
/// documents; java.time itself would read 'u' as the year.
inline constexpr bool kPatternUIsDayOfWeek = true;

/// Week numbers (w, W, Y and date_part "week") use the en-US week: weeks start on Sunday and
/// week 1 is the one that contains 1 January, as java.time's default locale would.
inline constexpr int kFirstDayOfWeek = 7; // Sunday, ISO numbering
inline constexpr int kMinimalDaysInFirstWeek = 1;

/// date_part("weekday") counts Sunday = 1 ... Saturday = 7 (SQL DATEPART style, which is where
/// the component names come from). "w" means week, not weekday.
inline constexpr bool kWeekdaySundayIsOne = true;

/// date() without a format first tries ISO-8601 (with 'T' or a space, seconds optional,
/// fraction and offset or zone optional), then the documented auto-detect list in order. The
/// documented date("2019-10-23 11:24") only works with that ISO step.
inline constexpr bool kDateAutoDetectTriesIsoFirst = true;

/// date(DATE, FORMAT, DEFAULT) returns the default only when DATE is null; an unparseable DATE
/// is an error (the doc says "if the date provided is null").
inline constexpr bool kDateDefaultOnlyForNull = true;

/// to_bigint() of text with a fraction keeps the exact decimal value, as the documented
/// example shows (to_bigint("1000000.34") gives 1000000.34); integral text is a big integer.
inline constexpr bool kToBigintKeepsFraction = true;

/// to_integer() and the other conversions trim surrounding whitespace before parsing and
/// accept a leading sign; anything else that is not a number is an error.
inline constexpr bool kConversionsTrim = true;

/// json_to_object() returns an object or array argument unchanged (the documented example
/// passes a map literal rather than JSON text).
inline constexpr bool kJsonToObjectAcceptsObjects = true;

/// min() and max() skip null arguments; all-null gives null.
inline constexpr bool kMinMaxSkipNulls = true;

/// str_to_object() and get_values() trim keys and values, skip pairs with an empty key and
/// keep an empty value as "".
inline constexpr bool kStrToObjectSkipsEmptyKeys = true;

/// object_to_map(ARRAY, KEY) and array_to_map(): when several elements have the same key
/// value the first one wins, as add_to_map documents for duplicate keys.
inline constexpr bool kMapFirstKeyWins = true;

/// upsert_array_replace() accepts and ignores an extra argument, as the documented example
/// passes one ("upsert_array_replace([123, 456], 1)").
inline constexpr int kUpsertArrayMaxArguments = 2;

/// get_url_query_str() splits the raw query text without %-decoding; a repeated key keeps
/// the last value; no query gives an empty map.
inline constexpr bool kQueryRepeatedKeyLastWins = true;

/// User-agent fields that cannot be found read "Unknown" (names) and "??" (versions), the
/// values Yauaa, the analyser Data Prep's device classes come from, uses.
inline constexpr const char *kUnknownName = "Unknown";
inline constexpr const char *kUnknownVersion = "??";

} // namespace core::expr::behaviour
