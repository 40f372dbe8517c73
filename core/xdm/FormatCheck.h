// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <string_view>

namespace core::xdm {

/// The JSON Schema "format" checks streaming validation applies (spec §7.6, X03).
class FormatCheck
{
public:
    /// Whether text passes the named format; formats Patchbay does not check always pass.
    static bool passes(std::string_view format, std::string_view text);

    /// The phrase for a failure: "a valid email address".
    static const char *describe(std::string_view format);

    /// local@domain with a dotted domain of letters, digits and hyphens, and no spaces.
    static bool isEmail(std::string_view text);
    /// An absolute URI: a scheme ("https:", "urn:"), then at least one character, no spaces.
    static bool isUri(std::string_view text);
    /// A URI or a relative reference: no spaces, control characters or unpaired brackets.
    static bool isUriReference(std::string_view text);
};

} // namespace core::xdm
