// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <QRegularExpression>
#include <QString>

#include <optional>

namespace core::expr {

/// A java.util.regex pattern compiled for QRegularExpression (PCRE2). Java's ASCII POSIX
/// classes (\p{Alpha}, \p{Digit}, ...) are translated; compiled patterns are cached per thread.
/// nullopt with *error when the pattern is invalid.
std::optional<QRegularExpression> javaRegex(const QString &pattern, QString *error);

/// Java's Pattern.split(input, -1): every piece, empty ones included; a zero-width match at
/// the start gives no leading empty piece.
QStringList javaSplit(const QString &input, const QRegularExpression &regex);

} // namespace core::expr
