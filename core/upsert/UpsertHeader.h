// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Problem.h"
#include "core/json/Json.h"

#include <string>

namespace core {

/// The header of a raw streaming payload and what its operations ask for (spec §2.4, §3.1).
/// Reading it never fails: whatever is missing or of the wrong type becomes a problem, and the
/// documented defaults apply (operations.data is create when absent).
struct UpsertHeader
{
    bool present = false; ///< the payload has a top-level "header" object
    bool hasOperations = false;
    std::string flowId;
    std::string imsOrgId;
    std::string datasetId;
    std::string data = "create"; ///< create, merge or delete once checked
    bool dataGiven = false;
    std::string identity; ///< "create" or empty
    std::string identityDatasetId;

    bool isMerge() const { return data == "merge"; }
    bool isDelete() const { return data == "delete"; }
    bool createsIdentities() const { return identity == "create"; }

    /// Reads payload["header"]; problems about types go to problems (U03-U09).
    static UpsertHeader read(const Json &payload, Problems &problems);
};

} // namespace core
