// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/json/Json.h"
#include "core/mapping/Mapper.h"

#include <vector>

namespace core::emulation {

/// Applies an update's partial document to a stored fragment as the Profile side is specified
/// to (spec §5.3, partly inferred): objects merge by key, a present scalar overwrites, absent
/// attributes and nulls leave the stored value alone, upsert_array_append appends,
/// upsert_array_replace and arrays without intent replace, and identityMap items are added
/// unless the namespace already holds their id.
void mergeUpdate(Json &stored, const Json &update, const std::vector<ArrayWrite> &arrays);

/// Folds one fragment into a merged profile view: the same rules, arrays replaced, so that the
/// most recently written fragment wins where two disagree.
void mergeFragment(Json &profile, const Json &fragment);

} // namespace core::emulation
