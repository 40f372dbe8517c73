// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/expr/Value.h"

#include <QString>
#include <QTimeZone>

#include <optional>

namespace core::expr {

/// Formats a date with a Java DateTimeFormatter pattern (letters as Data Prep documents them,
/// quoted literals in '...'). On a bad pattern returns an empty string and sets *error.
QString formatDate(const DateTime &date, QStringView pattern, QString *error);

/// Parses text with a Java pattern, strictly: the whole text must match and every field must
/// be in range. Text without a zone is read in defaultZone. nullopt with *error on failure.
std::optional<DateTime> parseDate(QStringView text, QStringView pattern,
                                  const QTimeZone &defaultZone, QString *error);

/// Parses without a pattern: ISO-8601 first, then Data Prep's auto-detect list in order.
std::optional<DateTime> parseDateAuto(QStringView text, QString *error);

/// The auto-detect patterns, in the order Data Prep tries them.
const QStringList &autoDetectPatterns();

/// ISO-8601 as Patchbay prints dates: 2019-10-23T11:24:00Z or 2019-10-23T13:24:00+02:00.
QString isoDateString(const DateTime &date);

/// A zone from an IANA id ("Europe/Paris"), "UTC"/"Z"/"GMT", or an offset ("+02:00",
/// "UTC+2", "GMT-08:00"). Zones are cached; nullopt for unknown ids.
std::optional<QTimeZone> zoneFromId(const QString &id);

/// The UTC zone, built once.
const QTimeZone &utcZone();

/// Builds a DateTime for a wall-clock time in zone, resolving gaps and overlaps as
/// java.time does: a time in a spring-forward gap moves later by the gap's length, a time
/// in an autumn overlap takes the earlier offset.
std::optional<DateTime> makeDateTime(const QDate &date, const QTime &time, int extraNanos,
                                     const QTimeZone &zone);

} // namespace core::expr
