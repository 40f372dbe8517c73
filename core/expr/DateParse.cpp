// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// Reading dates: Java patterns, strict about the text, java.time's "smart" about the values
// (day 31 of a 30-day month is the last day, 24:00 is the next midnight).
#include "DateFormat.h"

#include "core/expr/Behaviour.h"
#include "core/expr/DatePattern.h"

#include <QRegularExpression>

namespace core::expr {

using detail::PatternElement;

namespace {

struct Fields
{
    std::optional<int> year;
    std::optional<int> month;
    std::optional<int> day;
    std::optional<int> dayOfYear;
    std::optional<int> hour;
    std::optional<int> hour12;
    std::optional<bool> pm;
    std::optional<int> weekday; ///< ISO, Monday = 1
    int minute = 0;
    int second = 0;
    int nanos = 0;
    std::optional<QTimeZone> zone;
};

// Fixed offsets for zone abbreviations (see behaviour::kZoneAbbreviationIsFixedOffset).
const QHash<QString, int> &abbreviations()
{
    static const QHash<QString, int> table = {{QStringLiteral("PST"), -8 * 3600},
                                              {QStringLiteral("PDT"), -7 * 3600},
                                              {QStringLiteral("MST"), -7 * 3600},
                                              {QStringLiteral("MDT"), -6 * 3600},
                                              {QStringLiteral("CST"), -6 * 3600},
                                              {QStringLiteral("CDT"), -5 * 3600},
                                              {QStringLiteral("EST"), -5 * 3600},
                                              {QStringLiteral("EDT"), -4 * 3600},
                                              {QStringLiteral("AKST"), -9 * 3600},
                                              {QStringLiteral("AKDT"), -8 * 3600},
                                              {QStringLiteral("HST"), -10 * 3600},
                                              {QStringLiteral("GMT"), 0},
                                              {QStringLiteral("UTC"), 0},
                                              {QStringLiteral("UT"), 0},
                                              {QStringLiteral("Z"), 0},
                                              {QStringLiteral("WET"), 0},
                                              {QStringLiteral("BST"), 3600},
                                              {QStringLiteral("CET"), 3600},
                                              {QStringLiteral("CEST"), 7200},
                                              {QStringLiteral("EET"), 7200},
                                              {QStringLiteral("EEST"), 3 * 3600},
                                              {QStringLiteral("IST"), 19800},
                                              {QStringLiteral("JST"), 9 * 3600},
                                              {QStringLiteral("KST"), 9 * 3600},
                                              {QStringLiteral("AEST"), 10 * 3600},
                                              {QStringLiteral("AEDT"), 11 * 3600}};
    return table;
}

class PatternReader
{
public:
    PatternReader(QStringView text, QString *error)
        : m_text(text)
        , m_error(error)
    {}

    bool read(const std::vector<PatternElement> &elements, Fields &fields);
    bool atEnd() const { return m_at == m_text.size(); }
    int at() const { return int(m_at); }

private:
    bool readElement(const PatternElement &element, bool adjacent, Fields &fields);
    /// Names, AM/PM, fractions and zones; nullopt when the letter is a plain number.
    std::optional<bool> readTextElement(const PatternElement &element, Fields &fields);
    bool readNumericElement(const PatternElement &element, int fixed, int maxDigits,
                            Fields &fields);
    std::optional<int> readNumber(int minDigits, int maxDigits);
    std::optional<int> readName(const QStringList &names, int count, int *length);
    bool readOffset(bool allowZ, Fields &fields);
    bool readZoneName(Fields &fields);
    bool fail(const QString &what)
    {
        *m_error = QStringLiteral("expected %1 at position %2 of \"%3\"")
                       .arg(what)
                       .arg(m_at + 1)
                       .arg(m_text.toString());
        return false;
    }

    QStringView m_text;
    qsizetype m_at = 0;
    QString *m_error;
};

std::optional<int> PatternReader::readNumber(int minDigits, int maxDigits)
{
    qsizetype end = m_at;
    while (end < m_text.size() && end - m_at < maxDigits && m_text[end].isDigit() &&
           m_text[end].unicode() < 128) {
        ++end;
    }
    if (end - m_at < minDigits) {
        return std::nullopt;
    }
    const int value = m_text.mid(m_at, end - m_at).toInt();
    m_at = end;
    return value;
}

std::optional<int> PatternReader::readName(const QStringList &names, int count, int *length)
{
    // Longest names first so that "June" is not read as "Jun".
    int best = -1;
    int bestLength = 0;
    for (int i = 0; i < names.size(); ++i) {
        const QString candidate = count == 4   ? names[i]
                                  : count == 5 ? names[i].left(1)
                                               : names[i].left(3);
        if (candidate.size() > bestLength &&
            m_text.mid(m_at).startsWith(candidate, Qt::CaseInsensitive)) {
            best = i;
            bestLength = int(candidate.size());
        }
    }
    if (best < 0) {
        return std::nullopt;
    }
    m_at += bestLength;
    *length = bestLength;
    return best + 1;
}

bool PatternReader::readOffset(bool allowZ, Fields &fields)
{
    if (allowZ && m_at < m_text.size() &&
        (m_text[m_at] == QLatin1Char('Z') || m_text[m_at] == QLatin1Char('z'))) {
        ++m_at;
        fields.zone = utcZone();
        return true;
    }
    static const QRegularExpression offset(
        QStringLiteral("^([+-])(\\d{2})(?::?(\\d{2}))?(?::?(\\d{2}))?"));
    const QRegularExpressionMatch match = offset.match(m_text.mid(m_at));
    if (!match.hasMatch()) {
        return fail(allowZ ? QStringLiteral("an offset such as Z, +02, +0200 or +02:00")
                           : QStringLiteral("an offset such as +0200"));
    }
    const int seconds = match.captured(2).toInt() * 3600 + match.captured(3).toInt() * 60 +
                        match.captured(4).toInt();
    if (seconds > 18 * 3600) {
        return fail(QStringLiteral("an offset within 18 hours"));
    }
    m_at += match.capturedLength(0);
    fields.zone = QTimeZone(match.captured(1) == QLatin1String("-") ? -seconds : seconds);
    return true;
}

bool PatternReader::readZoneName(Fields &fields)
{
    qsizetype end = m_at;
    while (end < m_text.size() &&
           (m_text[end].isLetterOrNumber() || m_text[end] == QLatin1Char('/') ||
            m_text[end] == QLatin1Char('_') || m_text[end] == QLatin1Char('+') ||
            m_text[end] == QLatin1Char('-') || m_text[end] == QLatin1Char(':'))) {
        ++end;
    }
    const QString name = m_text.mid(m_at, end - m_at).toString();
    if (behaviour::kZoneAbbreviationIsFixedOffset && abbreviations().contains(name)) {
        const int seconds = abbreviations().value(name);
        fields.zone = seconds == 0 ? utcZone() : QTimeZone(seconds);
        m_at = end;
        return true;
    }
    if (const std::optional<QTimeZone> zone = zoneFromId(name)) {
        fields.zone = *zone;
        m_at = end;
        return true;
    }
    return fail(
        QStringLiteral("a time zone (an id such as Europe/Paris or an abbreviation such as PST)"));
}

bool PatternReader::readElement(const PatternElement &element, bool adjacent, Fields &fields)
{
    const int count = element.count;
    const int fixed = count >= 2 ? count : 1;
    const int maxDigits = adjacent ? fixed : (count >= 2 ? count : 2);
    if (const std::optional<bool> read = readTextElement(element, fields)) {
        return *read;
    }
    int length = 0;
    switch (element.letter.unicode()) {
    case u'y':
    case u'Y': {
        const auto year =
            count == 2 ? readNumber(2, 2)
                       : readNumber(count >= 4 ? count : 1, adjacent ? std::max(count, 4) : 9);
        if (!year) {
            return fail(QStringLiteral("a year"));
        }
        fields.year = count == 2 ? 2000 + *year : *year;
        return true;
    }
    case u'M':
    case u'L': {
        const auto month = count >= 3 ? readName(detail::monthNames(), count, &length)
                                      : readNumber(fixed, maxDigits);
        if (!month) {
            return fail(QStringLiteral("a month"));
        }
        fields.month = *month;
        return true;
    }
    default:
        break;
    }
    return readNumericElement(element, fixed, maxDigits, fields);
}

std::optional<bool> PatternReader::readTextElement(const PatternElement &element, Fields &fields)
{
    const int count = element.count;
    int length = 0;
    switch (element.letter.unicode()) {
    case u'E': {
        const auto weekday = readName(detail::dayNames(), std::max(count, 3), &length);
        if (!weekday) {
            return fail(QStringLiteral("a day name"));
        }
        fields.weekday = *weekday;
        return true;
    }
    case u'u': {
        const auto weekday = readNumber(1, 1);
        if (!weekday || *weekday < 1 || *weekday > 7) {
            return fail(QStringLiteral("a day-of-week number 1-7"));
        }
        fields.weekday = *weekday;
        return true;
    }
    case u'a': {
        if (m_text.mid(m_at).startsWith(QLatin1String("AM"), Qt::CaseInsensitive) ||
            m_text.mid(m_at).startsWith(QLatin1String("PM"), Qt::CaseInsensitive)) {
            fields.pm = m_text[m_at].toUpper() == QLatin1Char('P');
            m_at += 2;
            return true;
        }
        return fail(QStringLiteral("AM or PM"));
    }
    case u'S': {
        const auto digits = m_at;
        const auto fraction = readNumber(count, count);
        if (!fraction) {
            return fail(QStringLiteral("%1 fraction digit(s)").arg(count));
        }
        QString nine = m_text.mid(digits, count).toString().left(9);
        nine += QString(9 - nine.size(), QLatin1Char('0'));
        fields.nanos = nine.toInt();
        return true;
    }
    case u'z':
    case u'V':
        return readZoneName(fields);
    case u'X':
    case u'x':
    case u'Z':
        return readOffset(element.letter == QLatin1Char('X'), fields);
    case u'O':
        if (m_text.mid(m_at).startsWith(QLatin1String("GMT"))) {
            m_at += 3;
            if (m_at < m_text.size() &&
                (m_text[m_at] == QLatin1Char('+') || m_text[m_at] == QLatin1Char('-'))) {
                return readOffset(false, fields);
            }
            fields.zone = utcZone();
            return true;
        }
        return fail(QStringLiteral("a GMT offset"));
    default:
        return std::nullopt;
    }
}

bool PatternReader::readNumericElement(const PatternElement &element, int fixed, int maxDigits,
                                       Fields &fields)
{
    const std::optional<int> number =
        readNumber(fixed, element.letter == QLatin1Char('D') ? std::max(maxDigits, 3) : maxDigits);
    if (!number) {
        return fail(QStringLiteral("%1 digit(s) for '%2'").arg(fixed).arg(element.letter));
    }
    switch (element.letter.unicode()) {
    case u'd':
        fields.day = *number;
        break;
    case u'D':
        fields.dayOfYear = *number;
        break;
    case u'H':
        fields.hour = *number;
        break;
    case u'k':
        fields.hour = *number == 24 ? 0 : *number;
        break;
    case u'h':
        fields.hour12 = *number % 12;
        break;
    case u'K':
        fields.hour12 = *number;
        break;
    case u'm':
        fields.minute = *number;
        break;
    case u's':
        fields.second = *number;
        break;
    default:
        break; // week fields and quarters are read and checked for digits only
    }
    return true;
}

bool PatternReader::read(const std::vector<PatternElement> &elements, Fields &fields)
{
    for (size_t i = 0; i < elements.size(); ++i) {
        const PatternElement &element = elements[i];
        if (!element.isLetter()) {
            if (!m_text.mid(m_at).startsWith(element.literal)) {
                return fail(QStringLiteral("\"%1\"").arg(element.literal));
            }
            m_at += element.literal.size();
            continue;
        }
        const bool adjacent =
            element.isNumeric() && i + 1 < elements.size() && elements[i + 1].isNumeric();
        if (!readElement(element, adjacent, fields)) {
            return false;
        }
    }
    return true;
}

std::optional<DateTime> resolve(const Fields &fields, const QTimeZone &defaultZone, QString *error)
{
    if (!fields.year) {
        *error = QStringLiteral("the text has no year");
        return std::nullopt;
    }
    QDate date;
    if (fields.dayOfYear && !fields.month) {
        date = QDate(*fields.year, 1, 1).addDays(*fields.dayOfYear - 1);
    } else {
        const int month = fields.month.value_or(1);
        const int day = fields.day.value_or(1);
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            *error = QStringLiteral("month %1, day %2 is not a date").arg(month).arg(day);
            return std::nullopt;
        }
        date =
            QDate(*fields.year, month, std::min(day, QDate(*fields.year, month, 1).daysInMonth()));
    }
    if (fields.weekday && date.dayOfWeek() != *fields.weekday) {
        *error = QStringLiteral("%1 is not a %2")
                     .arg(date.toString(Qt::ISODate), detail::dayNames()[*fields.weekday - 1]);
        return std::nullopt;
    }
    int hour = fields.hour.value_or(0);
    if (fields.hour12) {
        hour = *fields.hour12 + (fields.pm.value_or(false) ? 12 : 0);
    }
    if (hour == 24 && fields.minute == 0 && fields.second == 0 && fields.nanos == 0) {
        date = date.addDays(1);
        hour = 0;
    }
    if (hour > 23 || fields.minute > 59 || fields.second > 59 ||
        (fields.hour12 && *fields.hour12 > 11)) {
        *error = QStringLiteral("%1:%2:%3 is not a time of day")
                     .arg(hour)
                     .arg(fields.minute)
                     .arg(fields.second);
        return std::nullopt;
    }
    const QTime time(hour, fields.minute, fields.second, fields.nanos / 1000000);
    return makeDateTime(date, time, fields.nanos % 1000000, fields.zone.value_or(defaultZone));
}

} // namespace

std::optional<DateTime> parseDate(QStringView text, QStringView pattern,
                                  const QTimeZone &defaultZone, QString *error)
{
    const auto elements = detail::splitPattern(pattern, error);
    if (!elements) {
        return std::nullopt;
    }
    Fields fields;
    PatternReader reader(text, error);
    if (!reader.read(*elements, fields)) {
        return std::nullopt;
    }
    if (!reader.atEnd()) {
        *error = QStringLiteral("unexpected text at position %1 of \"%2\" after the pattern \"%3\"")
                     .arg(reader.at() + 1)
                     .arg(text.toString(), pattern.toString());
        return std::nullopt;
    }
    return resolve(fields, defaultZone, error);
}

const QStringList &autoDetectPatterns()
{
    static const QStringList patterns = {QStringLiteral("yyyy-MM-dd HH:mm:ssZ"),
                                         QStringLiteral("yyyy-MM-dd HH:mm:ss.SSSZ"),
                                         QStringLiteral("yyyy-MM-dd HH:mm:ss.SSS"),
                                         QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.SSSX"),
                                         QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"),
                                         QStringLiteral("yyyy-MM-dd"),
                                         QStringLiteral("yyyy/MM/dd"),
                                         QStringLiteral("yyyy.MM.dd"),
                                         QStringLiteral("yyyy-MMM-dd"),
                                         QStringLiteral("yyyyMMdd"),
                                         QStringLiteral("MM-dd-yyyy"),
                                         QStringLiteral("MMddyyyy"),
                                         QStringLiteral("M/dd/yyyy"),
                                         QStringLiteral("dd.M.yyyy"),
                                         QStringLiteral("M/dd/yyyy hh:mm:ss a"),
                                         QStringLiteral("dd.M.yyyy hh:mm:ss a"),
                                         QStringLiteral("dd.MMM.yyyy"),
                                         QStringLiteral("dd-MMM-yyyy")};
    return patterns;
}

std::optional<DateTime> parseIsoDate(QStringView text)
{
    static const QRegularExpression iso(QStringLiteral(
        "^([+-]?\\d{4,9})-(\\d{2})-(\\d{2})(?:[Tt "
        "](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
        "(?:\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?(?::?\\d{2})?|[A-Za-z][A-Za-z0-9_/+-]*))?"
        "(?:\\[([A-Za-z0-9_/+-]+)\\])?$"));
    const QRegularExpressionMatch match = iso.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    Fields fields;
    fields.year = match.captured(1).toInt();
    fields.month = match.captured(2).toInt();
    fields.day = match.captured(3).toInt();
    fields.hour = match.captured(4).toInt();
    fields.minute = match.captured(5).toInt();
    fields.second = match.captured(6).toInt();
    QString fraction = match.captured(7);
    fields.nanos = (fraction + QString(9 - fraction.size(), QLatin1Char('0'))).toInt();
    const QString zoneText = match.captured(9).isEmpty() ? match.captured(8) : match.captured(9);
    if (!zoneText.isEmpty()) {
        QString error;
        PatternReader reader(zoneText, &error);
        const bool isOffset = zoneText.front() == QLatin1Char('+') ||
                              zoneText.front() == QLatin1Char('-') ||
                              zoneText == QLatin1String("Z") || zoneText == QLatin1String("z");
        const std::vector<PatternElement> zoneElement = {
            PatternElement{isOffset ? QLatin1Char('X') : QLatin1Char('z'), 1, QString()}};
        if (!reader.read(zoneElement, fields) || !reader.atEnd()) {
            return std::nullopt;
        }
    }
    QString error;
    return resolve(fields, utcZone(), &error);
}

std::optional<DateTime> parseDateAuto(QStringView text, QString *error)
{
    if (behaviour::kDateAutoDetectTriesIsoFirst) {
        if (auto iso = parseIsoDate(text)) {
            return iso;
        }
    }
    for (const QString &pattern : autoDetectPatterns()) {
        QString ignored;
        if (auto date = parseDate(text, pattern, utcZone(), &ignored)) {
            return date;
        }
    }
    *error = QStringLiteral("\"%1\" matches none of the date formats Data Prep detects (ISO-8601, "
                            "yyyy-MM-dd HH:mm:ssZ, ..., dd-MMM-yyyy); give the format explicitly")
                 .arg(text.toString());
    return std::nullopt;
}

} // namespace core::expr
