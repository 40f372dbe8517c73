// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/xdm/DateAutoDetect.h"

#include <array>
#include <cctype>

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
    size_t minLength = 0;            ///< texts shorter or longer cannot match: skipped at once
    size_t maxLength = 0;
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

/// How many characters a token reads, at least and at most.
std::pair<size_t, size_t> widthOf(Token token)
{
    switch (token) {
    case Token::Year:
        return {4, 4};
    case Token::Month1or2:
        return {1, 2};
    case Token::MonthName:
    case Token::Millisecond:
        return {3, 3};
    case Token::OffsetRfc822:
        return {5, 6};
    case Token::OffsetIso:
        return {1, 6};
    case Token::Literal:
        return {1, 1};
    default:
        return {2, 2};
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
    for (const Step &step : pattern.steps) {
        const auto [low, high] = widthOf(step.token);
        pattern.minLength += low;
        pattern.maxLength += high;
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
// TODO: zone names ("PST", "GMT+08:00") are not read, though Java's "Z" accepts them when
// parsing; a table of zone abbreviations and their offsets would make it possible.
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

// TODO: the whole text must match. Java's SimpleDateFormat reads a prefix and ignores the
// rest, so Data Prep may accept "2019-10-23 11:24" as a date where Patchbay reports M12; a
// capture of Data Prep's real behaviour on such inputs would settle which is right.
std::optional<CivilDateTime> read(const CompiledPattern &pattern, std::string_view text)
{
    if (text.size() < pattern.minLength || text.size() > pattern.maxLength) {
        return std::nullopt;
    }
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
    long long yearStart = daysFromYearZero(year, 1, 1);
    while (yearStart > daysSinceYearZero) {
        yearStart = daysFromYearZero(--year, 1, 1);
    }
    for (long long next = daysFromYearZero(year + 1, 1, 1); next <= daysSinceYearZero;
         next = daysFromYearZero(year + 1, 1, 1)) {
        ++year;
        yearStart = next;
    }

    const int dayOfYear = int(daysSinceYearZero - yearStart);
    const int leapDay = isLeap(int(year)) ? 1 : 0;
    int month = 12;
    while (month > 1 &&
           kDaysBeforeMonth[size_t(month - 1)] + (month > 2 ? leapDay : 0) > dayOfYear) {
        --month;
    }
    v.year = int(year);
    v.month = month;
    v.day = dayOfYear - kDaysBeforeMonth[size_t(month - 1)] - (month > 2 ? leapDay : 0) + 1;
}

void appendDigits(std::string &out, int value, int width)
{
    char digits[12];
    int count = 0;
    do {
        digits[count++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 && count < 11);
    for (int pad = count; pad < width; ++pad) {
        out += '0';
    }
    while (count > 0) {
        out += digits[--count];
    }
}

void appendDate(std::string &out, const CivilDateTime &v)
{
    appendDigits(out, v.year, 4);
    out += '-';
    appendDigits(out, v.month, 2);
    out += '-';
    appendDigits(out, v.day, 2);
}

} // namespace

long long CivilDateTime::toEpochSeconds() const
{
    static const long long epochDay = daysFromYearZero(1970, 1, 1);
    const long long minutes =
        (daysFromYearZero(year, month, day) - epochDay) * 1440 + hour * 60 + minute - offsetMinutes;
    return minutes * 60 + second;
}

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
    std::string out;
    out.reserve(20);
    appendDate(out, utc);
    out += 'T';
    appendDigits(out, utc.hour, 2);
    out += ':';
    appendDigits(out, utc.minute, 2);
    out += ':';
    appendDigits(out, utc.second, 2);
    out += 'Z';
    return out;
}

std::string CivilDateTime::toDateText() const
{
    std::string out;
    out.reserve(10);
    appendDate(out, toUtc());
    return out;
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
    const long long chosenSeconds = chosen.toEpochSeconds();
    for (size_t i = first; i < all.size(); ++i) {
        std::optional<CivilDateTime> other = read(all[i], text);
        if (other && other->toEpochSeconds() != chosenSeconds) {
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
