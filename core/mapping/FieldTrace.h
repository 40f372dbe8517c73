// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/json/Json.h"

#include <QString>

#include <string>

namespace core {

/// Where one destination field got its value: for the preview's "where did this come from".
struct FieldTrace
{
    std::string destination; ///< dotted destination path as written in the mapping
    std::string pointer;     ///< RFC 6901 pointer of the value in the mapped entity
    int mappingIndex = -1;
    QString sourceType;   ///< ATTRIBUTE, EXPRESSION or STATIC
    std::string source;   ///< source path, expression text or constant
    Json rawValue;        ///< the value before coercion
    Json value;           ///< the value written (null when dropped)
    QString error;        ///< why the value was nulled, if it was
    bool written = false; ///< a value reached the entity
};

} // namespace core
