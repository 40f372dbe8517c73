// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Problem.h"
#include "core/json/Json.h"

#include <string>
#include <vector>

namespace core {

namespace xdm {
class Schema;
}

/// One identity found in a mapped entity: from identityMap or from a field that carries an
/// identity descriptor.
struct Identity
{
    std::string namespaceCode;
    std::string id;
    bool primary = false;
    bool fromDescriptor = false;
    std::string pointer; ///< where the value sits in the entity
};

/// Every identity of the entity, identityMap items first, then descriptor fields.
std::vector<Identity> collectIdentities(const Json &entity, const xdm::Schema *schema);

/// The primary identity rules (U18, U19) and the identity value guardrails (U28, U29) of
/// spec §4.4 and §4.7. Pointers point into the entity.
Problems checkIdentities(const std::vector<Identity> &identities, const xdm::Schema *schema);

/// The identity-bearing part of an entity for the Identity create message: identityMap and
/// every descriptor field at its path (spec §5.4).
Json identityEntity(const Json &entity, const xdm::Schema *schema);

} // namespace core
