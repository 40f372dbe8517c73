// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Result.h"
#include "core/workspace/Environment.h"

#include <QNetworkRequest>

namespace cli {

/// The request that posts one message to an environment's collection endpoint: its headers,
/// a transfer timeout, and the bearer token from the keychain when the environment asks for
/// one. Refuses to send a token over plain HTTP to another machine.
core::Result<QNetworkRequest> collectionRequest(const core::Environment &environment, bool sync,
                                                int timeoutSeconds);

} // namespace cli
