// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Result.h"

#include <QString>

namespace cli {

/// Where environment tokens are kept: the OS keychain (the Secret Service on Linux, through
/// QtKeychain), under the service "Patchbay" and the key "environment/NAME/token". Tokens are
/// never written to a file, a log or the terminal.
class SecretStore
{
public:
    /// The token of an environment; an error says how to store one when there is none.
    static core::Result<QString> readToken(const QString &environment);
    static core::Result<void> writeToken(const QString &environment, const QString &token);
    static core::Result<void> deleteToken(const QString &environment);
};

} // namespace cli
