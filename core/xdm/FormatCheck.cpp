// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/xdm/FormatCheck.h"

#include "core/xdm/DateAutoDetect.h"

#include <algorithm>
#include <cctype>

namespace core::xdm {

namespace {

bool isAsciiAlnum(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

bool hasSpaceOrControl(std::string_view text)
{
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte <= 0x20 || byte == 0x7f;
    });
}

bool isDomainLabel(std::string_view label)
{
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
        return false;
    }
    return std::all_of(label.begin(), label.end(), [](char c) {
        // Bytes past ASCII let internationalised domain names through.
        return isAsciiAlnum(c) || c == '-' || static_cast<unsigned char>(c) >= 0x80;
    });
}

bool isLocalPart(std::string_view local)
{
    if (local.empty() || local.size() > 64 || local.front() == '.' || local.back() == '.' ||
        local.find("..") != std::string_view::npos) {
        return false;
    }
    static constexpr std::string_view kSpecials = "!#$%&'*+/=?^_`{|}~.-";
    return std::all_of(local.begin(), local.end(), [](char c) {
        return isAsciiAlnum(c) || kSpecials.find(c) != std::string_view::npos ||
               static_cast<unsigned char>(c) >= 0x80;
    });
}

} // namespace

// TODO: an approximation of the validator's email check (quoted local parts and IP-literal
// domains are refused); its exact rules are not published, real DCS responses would pin them.
bool FormatCheck::isEmail(std::string_view text)
{
    const size_t at = text.rfind('@');
    if (at == std::string_view::npos || !isLocalPart(text.substr(0, at))) {
        return false;
    }
    const std::string_view domain = text.substr(at + 1);
    if (domain.find('.') == std::string_view::npos) {
        return false;
    }
    size_t start = 0;
    while (start <= domain.size()) {
        const size_t dot = domain.find('.', start);
        const std::string_view label = domain.substr(
            start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
        if (!isDomainLabel(label)) {
            return false;
        }
        if (dot == std::string_view::npos) {
            break;
        }
        start = dot + 1;
    }
    return true;
}

bool FormatCheck::isUri(std::string_view text)
{
    const size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 >= text.size() ||
        !std::isalpha(static_cast<unsigned char>(text.front()))) {
        return false;
    }
    const std::string_view scheme = text.substr(0, colon);
    const bool schemeOk = std::all_of(scheme.begin(), scheme.end(), [](char c) {
        return isAsciiAlnum(c) || c == '+' || c == '-' || c == '.';
    });
    return schemeOk && isUriReference(text);
}

bool FormatCheck::isUriReference(std::string_view text)
{
    if (hasSpaceOrControl(text)) {
        return false;
    }
    static constexpr std::string_view kExcluded = "\"<>\\^`{|}";
    return std::none_of(text.begin(), text.end(),
                        [](char c) { return kExcluded.find(c) != std::string_view::npos; });
}

bool FormatCheck::passes(std::string_view format, std::string_view text)
{
    if (format == "email") {
        return isEmail(text);
    }
    if (format == "uri") {
        return isUri(text);
    }
    if (format == "uri-reference") {
        return isUriReference(text);
    }
    if (format == "date") {
        return DateAutoDetect::parseFullDate(text).has_value();
    }
    if (format == "date-time") {
        return DateAutoDetect::parseRfc3339DateTime(text).has_value();
    }
    return true;
}

const char *FormatCheck::describe(std::string_view format)
{
    if (format == "email") {
        return "a valid email address";
    }
    if (format == "uri") {
        return "a valid URI";
    }
    if (format == "uri-reference") {
        return "a valid URI reference";
    }
    if (format == "date") {
        return "a valid date (yyyy-MM-dd)";
    }
    if (format == "date-time") {
        return "a valid date-time (RFC 3339, e.g. 2019-05-15T20:20:39+00:00)";
    }
    return "valid";
}

} // namespace core::xdm
