// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core::xdm {

/// A calendar date and time as written, with the UTC offset it was written in.
struct CivilDateTime
{
    int year = 1970;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millisecond = 0;
    int offsetMinutes = 0; ///< east of UTC; 0 also when the text had no zone (taken as UTC)

    /// Seconds since 1970-01-01T00:00:00Z (milliseconds left out).
    long long toEpochSeconds() const;
    /// The same instant in UTC.
    CivilDateTime toUtc() const;
    /// ISO 8601 in UTC to the second: "2019-10-23T11:24:00Z" (milliseconds are dropped).
    std::string toDateTimeText() const;
    /// The UTC date: "2019-10-23".
    std::string toDateText() const;
};

/// One reading of a text by one of the auto-detect patterns.
struct DateReading
{
    CivilDateTime value;
    std::string_view pattern; ///< as Data Prep's documentation writes it: "MMddyyyy"
};

/// The result of detecting a date in a text: the reading that wins and whether another
/// reading was possible (rule M11).
struct DateDetection
{
    std::optional<DateReading> reading;
    std::string ambiguity; ///< how else the text could be read; empty when it cannot
};

/// Data Prep's date auto-detection (spec §6.8): the documented Java patterns are tried in order
/// and the first that matches the whole text wins. Before them, strict RFC 3339 forms (the
/// forms the destination's own format describes, like "2019-05-15T20:20:39+00:00") are
/// accepted as they are. Matching is strict: fixed widths ("SSS" is exactly three digits),
/// real calendar dates, no leniency. A text without a zone is taken as UTC.
///
///     DateDetection found = DateAutoDetect::detect("12112020");
///     found.reading->pattern;  // "MMddyyyy"
///     found.ambiguity;         // not empty: 11 December could also be 12 November
class DateAutoDetect
{
public:
    static DateDetection detect(std::string_view text);

    /// Strict RFC 3339 date-time ("2019-05-15T20:20:39Z", any fraction, "Z" or "+hh:mm").
    static std::optional<CivilDateTime> parseRfc3339DateTime(std::string_view text);
    /// Strict full date ("2019-05-15").
    static std::optional<CivilDateTime> parseFullDate(std::string_view text);

    /// The documented patterns, in the order they are tried.
    static const std::vector<std::string_view> &patterns();
};

} // namespace core::xdm
