// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Result.h"
#include "core/json/Json.h"

#include <memory>
#include <string>

namespace core::xdm {

struct Field;

/// Builds the Field tree of a resolved schema node: it works out each field's XDM type, checks
/// that constraints have the JSON types they need, and compiles patterns once.
class FieldBuilder
{
public:
    /// where names the node in messages (a JSON pointer into the resolved schema).
    static Result<std::unique_ptr<Field>> build(const Json &node, std::string name,
                                                const std::string &where);

private:
    static Result<std::unique_ptr<Field>> build(const Json &node, std::string name,
                                                const std::string &where, int depth);
    static Result<void> readType(const Json &node, Field &field, const std::string &where);
    static Result<void> readConstraints(const Json &node, Field &field, const std::string &where);
    static Result<void> readPattern(const Json &node, Field &field, const std::string &where);
    static Result<void> readProperties(const Json &node, Field &field, const std::string &where,
                                       int depth);
    static Result<void> readRequired(const Json &node, Field &field, const std::string &where);
    static Result<void> readChildren(const Json &node, Field &field, const std::string &where,
                                     int depth);
};

} // namespace core::xdm
