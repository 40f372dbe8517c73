// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "DateFormat.h"

#include "core/expr/Behaviour.h"
#include "core/expr/DatePattern.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>

namespace core::expr {

using detail::PatternElement;

namespace {

QString padded(qint64 value, int width)
{
    const QString digits = QString::number(value < 0 ? -value : value);
    const QString sign = value < 0 ? QStringLiteral("-") : QString();
    return sign +
           (digits.size() < width ? QString(width - digits.size(), QLatin1Char('0')) : QString()) +
           digits;
}

QString offsetText(int seconds, bool colon, bool withSeconds, bool optionalMinutes)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int total = std::abs(seconds);
    const int hours = total / 3600;
    const int minutes = total / 60 % 60;
    QString text = sign + padded(hours, 2);
    if (optionalMinutes && minutes == 0 && total % 60 == 0) {
        return text;
    }
    text += (colon ? QStringLiteral(":") : QString()) + padded(minutes, 2);
    if (withSeconds && total % 60 != 0) {
        text += (colon ? QStringLiteral(":") : QString()) + padded(total % 60, 2);
    }
    return text;
}

QString localizedOffset(int seconds, bool full)
{
    if (seconds == 0) {
        return QStringLiteral("GMT");
    }
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int total = std::abs(seconds);
    if (full) {
        return QStringLiteral("GMT") + offsetText(seconds, true, true, false);
    }
    QString text = QStringLiteral("GMT") + sign + QString::number(total / 3600);
    if (total / 60 % 60 != 0) {
        text += QLatin1Char(':') + padded(total / 60 % 60, 2);
    }
    return text;
}

QString zoneName(const QDateTime &when, bool full)
{
    const QTimeZone zone = when.timeZone();
    const QByteArray id = zone.id();
    if (id.startsWith("UTC+") || id.startsWith("UTC-")) {
        return offsetText(when.offsetFromUtc(), true, true, false);
    }
    if (full) {
        return zone.displayName(when, QTimeZone::LongName, QLocale::c());
    }
    const QString abbreviation = zone.abbreviation(when);
    return abbreviation.isEmpty() ? QString::fromLatin1(id) : abbreviation;
}

QString textField(const QString &name, int count)
{
    if (count == 4) {
        return name;
    }
    return count == 5 ? name.left(1) : name.left(3);
}

QString quarterText(int quarter, int count)
{
    static const char *const ordinals[] = {"1st", "2nd", "3rd", "4th"};
    switch (count) {
    case 1:
        return QString::number(quarter);
    case 2:
        return padded(quarter, 2);
    case 3:
        return QStringLiteral("Q%1").arg(quarter);
    case 4:
        return QStringLiteral("%1 quarter").arg(QLatin1String(ordinals[quarter - 1]));
    default:
        return QString::number(quarter);
    }
}

QString yearText(int year, int count)
{
    if (count == 2) {
        return padded(((year % 100) + 100) % 100, 2);
    }
    return padded(year, count);
}

QString dateField(const PatternElement &element, const DateTime &date)
{
    const QDate day = date.when.date();
    const int count = element.count;
    int weekYear = 0;
    switch (element.letter.unicode()) {
    case u'G': {
        const bool anno = day.year() > 0;
        if (count == 4) {
            return anno ? QStringLiteral("Anno Domini") : QStringLiteral("Before Christ");
        }
        if (count == 5) {
            return anno ? QStringLiteral("A") : QStringLiteral("B");
        }
        return anno ? QStringLiteral("AD") : QStringLiteral("BC");
    }
    case u'y':
        return yearText(day.year(), count);
    case u'Y':
        detail::usWeekOfYear(day, &weekYear);
        return yearText(weekYear, count);
    case u'u':
        return padded(day.dayOfWeek(), count);
    case u'e':
    case u'c':
        if (count >= 3) {
            return textField(detail::dayNames()[day.dayOfWeek() - 1], count);
        }
        return padded(detail::usDayOfWeek(day), count);
    case u'M':
    case u'L':
        return count >= 3 ? textField(detail::monthNames()[day.month() - 1], count)
                          : padded(day.month(), count);
    case u'Q':
    case u'q':
        return quarterText((day.month() - 1) / 3 + 1, count);
    case u'w':
        return padded(detail::usWeekOfYear(day), count);
    case u'W':
        return padded(detail::usWeekOfMonth(day), count);
    case u'D':
        return padded(day.dayOfYear(), count);
    case u'd':
        return padded(day.day(), count);
    case u'F':
        return padded((day.day() - 1) / 7 + 1, count);
    case u'E':
        return textField(detail::dayNames()[day.dayOfWeek() - 1], std::max(count, 3));
    default:
        return QString();
    }
}

QString timeField(const PatternElement &element, const DateTime &date)
{
    const QTime time = date.when.time();
    const int count = element.count;
    switch (element.letter.unicode()) {
    case u'a':
        return time.hour() < 12 ? QStringLiteral("AM") : QStringLiteral("PM");
    case u'H':
        return padded(time.hour(), count);
    case u'k':
        return padded(time.hour() == 0 ? 24 : time.hour(), count);
    case u'K':
        return padded(time.hour() % 12, count);
    case u'h':
        return padded(time.hour() % 12 == 0 ? 12 : time.hour() % 12, count);
    case u'm':
        return padded(time.minute(), count);
    case u's':
        return padded(time.second(), count);
    case u'S':
        return padded(date.nanoOfSecond(), 9).left(std::min(count, 9)) +
               QString(std::max(0, count - 9), QLatin1Char('0'));
    case u'n':
        return padded(date.nanoOfSecond(), count);
    default:
        return QString();
    }
}

QString zoneField(const PatternElement &element, const DateTime &date)
{
    const int offset = date.when.offsetFromUtc();
    const int count = element.count;
    switch (element.letter.unicode()) {
    case u'z':
        return zoneName(date.when, count >= 4);
    case u'V':
        return QString::fromLatin1(date.when.timeZone().id());
    case u'O':
        return localizedOffset(offset, count >= 4);
    case u'Z':
        if (count == 4) {
            return localizedOffset(offset, true);
        }
        if (count == 5) {
            return offset == 0 ? QStringLiteral("Z") : offsetText(offset, true, true, false);
        }
        return offsetText(offset, false, false, false);
    case u'X':
    case u'x':
        if (element.letter == QLatin1Char('X') && offset == 0) {
            return QStringLiteral("Z");
        }
        return offsetText(offset, count == 3 || count == 5, count >= 4, count == 1);
    default:
        return QString();
    }
}

} // namespace

QString formatDate(const DateTime &date, QStringView pattern, QString *error)
{
    const auto elements = detail::splitPattern(pattern, error);
    if (!elements) {
        return QString();
    }
    QString text;
    for (const PatternElement &element : *elements) {
        if (!element.isLetter()) {
            text += element.literal;
            continue;
        }
        QString field = dateField(element, date);
        if (field.isNull()) {
            field = timeField(element, date);
        }
        if (field.isNull()) {
            field = zoneField(element, date);
        }
        text += field;
    }
    return text;
}

QString isoDateString(const DateTime &date)
{
    const QDateTime &when = date.when;
    QString text = when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (behaviour::kIsoOutputShowsFraction && date.nanoOfSecond() != 0) {
        QString fraction = padded(date.nanoOfSecond(), 9);
        while (fraction.endsWith(QLatin1Char('0'))) {
            fraction.chop(1);
        }
        text += QLatin1Char('.') + fraction;
    }
    const int offset = when.offsetFromUtc();
    return text + (offset == 0 ? QStringLiteral("Z") : offsetText(offset, true, true, false));
}

const QTimeZone &utcZone()
{
    static const QTimeZone utc = QTimeZone::utc();
    return utc;
}

std::optional<QTimeZone> zoneFromId(const QString &id)
{
    static QMutex mutex;
    static QHash<QString, QTimeZone> cache;
    const QString trimmed = id.trimmed();
    if (trimmed == QLatin1String("Z") || trimmed == QLatin1String("UTC") ||
        trimmed == QLatin1String("GMT") || trimmed == QLatin1String("UT")) {
        return utcZone();
    }
    QMutexLocker lock(&mutex);
    const auto cached = cache.constFind(trimmed);
    if (cached != cache.constEnd()) {
        return *cached;
    }
    static const QRegularExpression offset(
        QStringLiteral("^(?:UTC|GMT|UT)?([+-])(\\d{1,2})(?::?(\\d{2}))?(?::?(\\d{2}))?$"));
    const QRegularExpressionMatch match = offset.match(trimmed);
    QTimeZone zone;
    if (match.hasMatch()) {
        const int seconds = match.captured(2).toInt() * 3600 + match.captured(3).toInt() * 60 +
                            match.captured(4).toInt();
        if (seconds <= 18 * 3600) {
            zone = QTimeZone(match.captured(1) == QLatin1String("-") ? -seconds : seconds);
        }
    } else if (QTimeZone::isTimeZoneIdAvailable(trimmed.toLatin1())) {
        zone = QTimeZone(trimmed.toLatin1());
    }
    if (!zone.isValid()) {
        return std::nullopt;
    }
    cache.insert(trimmed, zone);
    return zone;
}

std::optional<DateTime> makeDateTime(const QDate &date, const QTime &time, int extraNanos,
                                     const QTimeZone &zone)
{
    if (!date.isValid() || !time.isValid() || !zone.isValid()) {
        return std::nullopt;
    }
    const qint64 local = QDateTime(date, time, utcZone()).toMSecsSinceEpoch();
    const auto offsetAt = [&zone](qint64 ms) {
        return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, utcZone()));
    };
    const qint64 day = 86400000;
    const int early = offsetAt(local - day);
    const int late = offsetAt(local + day);
    qint64 instant = local - qint64(early) * 1000;
    if (offsetAt(instant) != early) {
        const qint64 lateInstant = local - qint64(late) * 1000;
        // In a gap neither offset fits: java.time moves the time later by the gap's length,
        // which is what reading it with the earlier offset does.
        instant = offsetAt(lateInstant) == late ? lateInstant : instant;
    }
    return DateTime{QDateTime::fromMSecsSinceEpoch(instant, zone), extraNanos};
}

} // namespace core::expr
