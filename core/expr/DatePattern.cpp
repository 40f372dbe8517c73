// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "DatePattern.h"

#include "core/expr/Behaviour.h"

#include <cstring>

namespace core::expr::detail {

namespace {

constexpr const char *kKnownLetters = "GyYuMLQqwWDdFEecaHkKhmsSnzZXxOV";

} // namespace

bool PatternElement::isNumeric() const
{
    if (!isLetter()) {
        return false;
    }
    switch (letter.unicode()) {
    case u'M':
    case u'L':
    case u'Q':
    case u'q':
    case u'E':
        return count <= 2 && letter != QLatin1Char('E');
    case u'y':
    case u'Y':
    case u'u':
    case u'w':
    case u'W':
    case u'D':
    case u'd':
    case u'F':
    case u'e':
    case u'c':
    case u'H':
    case u'k':
    case u'K':
    case u'h':
    case u'm':
    case u's':
    case u'S':
    case u'n':
        return true;
    default:
        return false;
    }
}

std::optional<std::vector<PatternElement>> splitPattern(QStringView pattern, QString *error)
{
    std::vector<PatternElement> elements;
    const auto addLiteral = [&elements](const QString &text) {
        if (!elements.empty() && !elements.back().isLetter()) {
            elements.back().literal += text;
        } else {
            elements.push_back(PatternElement{QChar(), 0, text});
        }
    };
    for (qsizetype i = 0; i < pattern.size();) {
        const QChar c = pattern[i];
        if (c == QLatin1Char('\'')) {
            const qsizetype close = pattern.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0) {
                *error = QStringLiteral("the quote at position %1 of the pattern is not closed")
                             .arg(i + 1);
                return std::nullopt;
            }
            addLiteral(close == i + 1 ? QStringLiteral("'")
                                      : pattern.mid(i + 1, close - i - 1).toString());
            i = close + 1;
            continue;
        }
        if (c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('{') ||
            c == QLatin1Char('}') || c == QLatin1Char('#')) {
            // TODO: optional sections ([...]) of DateTimeFormatter are not supported; they would
            // need backtracking in the parser and "print if present" in the formatter.
            *error =
                QStringLiteral("'%1' in a pattern (optional sections) is not supported").arg(c);
            return std::nullopt;
        }
        if (!c.isLetter() || c.unicode() > 127) {
            addLiteral(QString(c));
            ++i;
            continue;
        }
        if (std::strchr(kKnownLetters, char(c.unicode())) == nullptr) {
            *error = QStringLiteral("unknown pattern letter '%1'").arg(c);
            return std::nullopt;
        }
        qsizetype end = i;
        while (end < pattern.size() && pattern[end] == c) {
            ++end;
        }
        elements.push_back(PatternElement{c, int(end - i), QString()});
        i = end;
    }
    return elements;
}

const QStringList &monthNames()
{
    static const QStringList names = {
        QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
        QStringLiteral("April"),   QStringLiteral("May"),      QStringLiteral("June"),
        QStringLiteral("July"),    QStringLiteral("August"),   QStringLiteral("September"),
        QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December")};
    return names;
}

const QStringList &dayNames()
{
    static const QStringList names = {QStringLiteral("Monday"),    QStringLiteral("Tuesday"),
                                      QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
                                      QStringLiteral("Friday"),    QStringLiteral("Saturday"),
                                      QStringLiteral("Sunday")};
    return names;
}

int usDayOfWeek(const QDate &date)
{
    return date.dayOfWeek() % 7 + 1;
}

int usWeekOfYear(const QDate &date, int *weekBasedYear)
{
    static_assert(behaviour::kFirstDayOfWeek == 7 && behaviour::kMinimalDaysInFirstWeek == 1,
                  "the week arithmetic below assumes Sunday-start weeks holding 1 January");
    const QDate nextJanuary(date.year() + 1, 1, 1);
    const QDate nextWeekOne = nextJanuary.addDays(-(usDayOfWeek(nextJanuary) - 1));
    if (date >= nextWeekOne) {
        if (weekBasedYear != nullptr) {
            *weekBasedYear = date.year() + 1;
        }
        return 1;
    }
    if (weekBasedYear != nullptr) {
        *weekBasedYear = date.year();
    }
    const QDate january(date.year(), 1, 1);
    return (date.dayOfYear() - 1 + usDayOfWeek(january) - 1) / 7 + 1;
}

int usWeekOfMonth(const QDate &date)
{
    const QDate first(date.year(), date.month(), 1);
    return (date.day() - 1 + usDayOfWeek(first) - 1) / 7 + 1;
}

} // namespace core::expr::detail
