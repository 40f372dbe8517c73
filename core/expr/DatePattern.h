// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace core::expr::detail {

/// One piece of a Java date pattern: a run of one letter ("yyyy") or literal text.
struct PatternElement
{
    QChar letter; ///< null for literal text
    int count = 0;
    QString literal;

    bool isLetter() const { return !letter.isNull(); }
    bool isNumeric() const;
};

/// Splits a pattern; nullopt with *error for unknown letters or an unclosed quote.
std::optional<std::vector<PatternElement>> splitPattern(QStringView pattern, QString *error);

/// English names, as java.time prints them with its default locale.
const QStringList &monthNames();
const QStringList &dayNames(); ///< Monday first

/// The en-US week (Sunday start, week 1 holds 1 January): week of year and week-based year.
int usWeekOfYear(const QDate &date, int *weekBasedYear = nullptr);
int usWeekOfMonth(const QDate &date);
/// Day of week counted from Sunday = 1.
int usDayOfWeek(const QDate &date);

} // namespace core::expr::detail
