// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/xdm/DateAutoDetect.h"

#include <array>
#include <cctype>
#include <cstdio>

namespace core::xdm {

namespace {

// The order of spec §6.8; the first pattern that reads the whole text wins.
const std::vector<std::string_view> kPatterns = {"yyyy-MM-dd HH:mm:ssZ",
                                                 "yyyy-MM-dd HH:mm:ss.SSSZ",
                                                 "yyyy-MM-dd HH:mm:ss.SSS",
                                                 "yyyy-MM-dd'T'HH:mm:ss.SSSX",
                                                 "yyyy-MM-dd'T'HH:mm:ss'Z'",
                                                 "yyyy-MM-dd",
                                                 "yyyy/MM/dd",
                                                 "yyyy.MM.dd",
                                                 "yyyy-MMM-dd",
                                                 "yyyyMMdd",
                                                 "MM-dd-yyyy",
                                                 "MMddyyyy",
                                                 "M/dd/yyyy",
                                                 "dd.M.yyyy",
                                                 "M/dd/yyyy hh:mm:ss a",
                                                 "dd.M.yyyy hh:mm:ss a",
                                                 "dd.MMM.yyyy",
                                                 "dd-MMM-yyyy"};

constexpr std::array<std::string_view, 12> kMonthNames = {"jan", "feb", "mar", "apr", "may", "jun",
                                                          "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<int, 12> kDaysBeforeMonth = {0,   31,  59,  90,  120, 151,
                                                  181, 212, 243, 273, 304, 334};

enum class Token
{
    Year,
    Month2,
    Month1or2,
    MonthName,
    Day2,
    Hour24,
    Hour12,
    Minute,
    Second,
    Millisecond,
    OffsetRfc822,
    OffsetIso,
    AmPm,
    Literal
};

struct Step
{
    Token token;
    char literal;
};

struct CompiledPattern
{
    std::string_view text;
    std::vector<Step> steps;
    bool monthAndDayNumeric = false; ///< day and month could be swapped (not year-first)
};

struct Fields
{
    CivilDateTime value;
    int hour12 = -1;
    bool pm = false;
};

Token tokenFor(char letter, size_t count)
{
    switch (letter) {
    case 'y':
        return Token::Year;
    case 'M':
        return count >= 3 ? Token::MonthName : (count == 2 ? Token::Month2 : Token::Month1or2);
    case 'd':
        return Token::Day2;
    case 'H':
        return Token::Hour24;
    case 'h':
        return Token::Hour12;
    case 'm':
        return Token::Minute;
    case 's':
        return Token::Second;
    case 'S':
        return Token::Millisecond;
    case 'Z':
        return Token::OffsetRfc822;
    case 'X':
        return Token::OffsetIso;
    case 'a':
        return Token::AmPm;
    default:
        return Token::Literal;
    }
}

CompiledPattern compile(std::string_view text)
{
    CompiledPattern pattern{text, {}, false};
    for (size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '\'') {
            const size_t end = text.find('\'', i + 1);
            for (size_t j = i + 1; j < end; ++j) {
                pattern.steps.push_back({Token::Literal, text[j]});
            }
            i = end + 1;
            continue;
        }
        size_t count = 1;
        while (i + count < text.size() && text[i + count] == c) {
            ++count;
        }
        const Token token =
            std::isalpha(static_cast<unsigned char>(c)) ? tokenFor(c, count) : Token::Literal;
        pattern.steps.push_back({token, c});
        i += token == Token::Literal ? 1 : count;
    }
    const bool numericMonth = text.find("MMM") == std::string_view::npos;
    pattern.monthAndDayNumeric = numericMonth && text.substr(0, 4) != "yyyy";
    return pattern;
}

const std::vector<CompiledPattern> &compiledPatterns()
{
    static const std::vector<CompiledPattern> compiled = [] {
        std::vector<CompiledPattern> out;
        for (std::string_view text : kPatterns) {
            out.push_back(compile(text));
        }
        return out;
    }();
    return compiled;
}

bool readDigits(std::string_view text, size_t &pos, size_t count, int &out)
{
    if (pos + count > text.size()) {
        return false;
    }
    int value = 0;
    for (size_t i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9') {
            return false;
        }
        value = value * 10 + (c - '0');
    }
    pos += count;
    out = value;
    return true;
}

bool readOneOrTwoDigits(std::string_view text, size_t &pos, int &out)
{
    const bool two =
        pos + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[pos + 1]));
    return readDigits(text, pos, two ? 2 : 1, out);
}

bool readMonthName(std::string_view text, size_t &pos, int &month)
{
    if (pos + 3 > text.size()) {
        return false;
    }
    for (size_t m = 0; m < kMonthNames.size(); ++m) {
        bool same = true;
        for (size_t i = 0; i < 3 && same; ++i) {
            same = std::tolower(static_cast<unsigned char>(text[pos + i])) == kMonthNames[m][i];
        }
        if (same) {
            month = int(m) + 1;
            pos += 3;
            return true;
        }
    }
    return false;
}

/// "+hh", "+hhmm" or "+hh:mm" (and "Z" when iso); the hours-only form only when iso.
bool readOffset(std::string_view text, size_t &pos, bool iso, int &minutes)
{
    if (iso && pos < text.size() && text[pos] == 'Z') {
        ++pos;
        minutes = 0;
        return true;
    }
    if (pos >= text.size() || (text[pos] != '+' && text[pos] != '-')) {
        return false;
    }
    const int sign = text[pos] == '-' ? -1 : 1;
    size_t at = pos + 1;
    int hours = 0;
    int mins = 0;
    if (!readDigits(text, at, 2, hours)) {
        return false;
    }
    if (at < text.size() && text[at] == ':') {
        ++at;
        if (!readDigits(text, at, 2, mins)) {
            return false;
        }
    } else if (!readDigits(text, at, 2, mins) && !iso) {
        return false;
    }
    if (hours > 18 || mins > 59) {
        return false;
    }
    minutes = sign * (hours * 60 + mins);
    pos = at;
    return true;
}

bool readAmPm(std::string_view text, size_t &pos, bool &pm)
{
    if (pos + 2 > text.size() || std::toupper(static_cast<unsigned char>(text[pos + 1])) != 'M') {
        return false;
    }
    const char c = char(std::toupper(static_cast<unsigned char>(text[pos])));
    if (c != 'A' && c != 'P') {
        return false;
    }
    pm = c == 'P';
    pos += 2;
    return true;
}

bool readStep(const Step &step, std::string_view text, size_t &pos, Fields &f)
{
    CivilDateTime &v = f.value;
    switch (step.token) {
    case Token::Year:
        return readDigits(text, pos, 4, v.year);
    case Token::Month2:
        return readDigits(text, pos, 2, v.month);
    case Token::Month1or2:
        return readOneOrTwoDigits(text, pos, v.month);
    case Token::MonthName:
        return readMonthName(text, pos, v.month);
    case Token::Day2:
        return readDigits(text, pos, 2, v.day);
    case Token::Hour24:
        return readDigits(text, pos, 2, v.hour);
    case Token::Hour12:
        return readDigits(text, pos, 2, f.hour12);
    case Token::Minute:
        return readDigits(text, pos, 2, v.minute);
    case Token::Second:
        return readDigits(text, pos, 2, v.second);
    case Token::Millisecond:
        return readDigits(text, pos, 3, v.millisecond);
    case Token::OffsetRfc822:
        return readOffset(text, pos, false, v.offsetMinutes);
    case Token::OffsetIso:
        return readOffset(text, pos, true, v.offsetMinutes);
    case Token::AmPm:
        return readAmPm(text, pos, f.pm);
    case Token::Literal:
        if (pos < text.size() && text[pos] == step.literal) {
            ++pos;
            return true;
        }
        return false;
    }
    return false;
}

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr std::array<int, 12> lengths = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : lengths[size_t(month - 1)];
}

bool isValid(const CivilDateTime &v)
{
    return v.month >= 1 && v.month <= 12 && v.day >= 1 && v.day <= daysInMonth(v.year, v.month) &&
           v.hour <= 23 && v.minute <= 59 && v.second <= 59;
}

std::optional<CivilDateTime> read(const CompiledPattern &pattern, std::string_view text)
{
    Fields fields;
    size_t pos = 0;
    for (const Step &step : pattern.steps) {
        if (!readStep(step, text, pos, fields)) {
            return std::nullopt;
        }
    }
    if (pos != text.size()) {
        return std::nullopt;
    }
    if (fields.hour12 >= 0) {
        if (fields.hour12 < 1 || fields.hour12 > 12) {
            return std::nullopt;
        }
        fields.value.hour = fields.hour12 % 12 + (fields.pm ? 12 : 0);
    }
    if (!isValid(fields.value)) {
        return std::nullopt;
    }
    return fields.value;
}

long long floorDiv(long long a, long long b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

/// Days from 0000-01-01 in the proleptic Gregorian calendar.
long long daysFromYearZero(long long year, int month, int day)
{
    const long long leapYearsBefore =
        floorDiv(year - 1, 4) - floorDiv(year - 1, 100) + floorDiv(year - 1, 400) + 1;
    const int leapDay = month > 2 && isLeap(int(year)) ? 1 : 0;
    return 365 * year + leapYearsBefore + kDaysBeforeMonth[size_t(month - 1)] + leapDay + day - 1;
}

void setDate(CivilDateTime &v, long long daysSinceYearZero)
{
    long long year = daysSinceYearZero * 400 / 146097;
    while (daysFromYearZero(year, 1, 1) > daysSinceYearZero) {
        --year;
    }
    while (daysFromYearZero(year + 1, 1, 1) <= daysSinceYearZero) {
        ++year;
    }
    int month = 12;
    while (daysFromYearZero(year, month, 1) > daysSinceYearZero) {
        --month;
    }
    v.year = int(year);
    v.month = month;
    v.day = int(daysSinceYearZero - daysFromYearZero(year, month, 1)) + 1;
}

std::string dateText(const CivilDateTime &v)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", v.year, v.month, v.day);
    return buffer;
}

} // namespace

CivilDateTime CivilDateTime::toUtc() const
{
    const long long minutes =
        daysFromYearZero(year, month, day) * 1440 + hour * 60 + minute - offsetMinutes;
    CivilDateTime utc = *this;
    setDate(utc, floorDiv(minutes, 1440));
    const long long inDay = minutes - floorDiv(minutes, 1440) * 1440;
    utc.hour = int(inDay / 60);
    utc.minute = int(inDay % 60);
    utc.offsetMinutes = 0;
    return utc;
}

std::string CivilDateTime::toDateTimeText() const
{
    // Seconds precision, as Data Prep renders date-time values (spec: function example ex-072).
    const CivilDateTime utc = toUtc();
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:%02dZ", dateText(utc).c_str(), utc.hour,
                  utc.minute, utc.second);
    return buffer;
}

std::string CivilDateTime::toDateText() const
{
    return dateText(toUtc());
}

const std::vector<std::string_view> &DateAutoDetect::patterns()
{
    return kPatterns;
}

std::optional<CivilDateTime> DateAutoDetect::parseFullDate(std::string_view text)
{
    static const CompiledPattern fullDate = compile("yyyy-MM-dd");
    return read(fullDate, text);
}

std::optional<CivilDateTime> DateAutoDetect::parseRfc3339DateTime(std::string_view text)
{
    static const CompiledPattern head = compile("yyyy-MM-dd'T'HH:mm:ss");
    const size_t headLength = 19;
    if (text.size() < headLength + 1) {
        return std::nullopt;
    }
    std::optional<CivilDateTime> value = read(head, text.substr(0, headLength));
    if (!value) {
        return std::nullopt;
    }

    size_t pos = headLength;
    if (text[pos] == '.') {
        const size_t start = ++pos;
        int millis = 0;
        while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos]))) {
            if (pos - start < 3) {
                millis = millis * 10 + (text[pos] - '0');
            }
            ++pos;
        }
        if (pos == start) {
            return std::nullopt;
        }
        for (size_t digits = pos - start; digits < 3; ++digits) {
            millis *= 10;
        }
        value->millisecond = millis;
    }

    // RFC 3339 offsets are "Z" or "+hh:mm", nothing shorter.
    const std::string_view zone = text.substr(pos);
    if (zone != "Z" && (zone.size() != 6 || zone[3] != ':')) {
        return std::nullopt;
    }
    if (!readOffset(text, pos, true, value->offsetMinutes) || pos != text.size()) {
        return std::nullopt;
    }
    return value;
}

DateDetection DateAutoDetect::detect(std::string_view text)
{
    DateDetection found;
    if (std::optional<CivilDateTime> iso = parseRfc3339DateTime(text)) {
        found.reading = DateReading{*iso, "RFC 3339"};
        return found;
    }

    const std::vector<CompiledPattern> &all = compiledPatterns();
    size_t first = 0;
    for (; first < all.size() && !found.reading; ++first) {
        if (std::optional<CivilDateTime> value = read(all[first], text)) {
            found.reading = DateReading{*value, all[first].text};
        }
    }
    if (!found.reading) {
        return found;
    }

    const CivilDateTime &chosen = found.reading->value;
    const std::string chosenText = chosen.toDateTimeText();
    for (size_t i = first; i < all.size(); ++i) {
        std::optional<CivilDateTime> other = read(all[i], text);
        if (other && other->toDateTimeText() != chosenText) {
            found.ambiguity =
                "pattern " + std::string(all[i].text) + " reads it as " + other->toDateTimeText();
            return found;
        }
    }

    const CompiledPattern &winner = all[first - 1];
    if (winner.monthAndDayNumeric && chosen.day <= 12 && chosen.day != chosen.month) {
        CivilDateTime swapped = chosen;
        std::swap(swapped.day, swapped.month);
        found.ambiguity = "with day and month swapped it would be " + swapped.toDateText();
    }
    return found;
}

} // namespace core::xdm
