// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Result.h"
#include "core/json/Json.h"

#include <QString>
#include <QUrl>

namespace core {

/// Where payloads are sent: one file in a workspace's environments/ folder. Nothing secret is
/// in it; a bearer token lives in the OS keychain under the environment's name.
///
///     {"name": "dev", "endpoint": "https://dcs.adobedc.net", "inletId": "667b...",
///      "flowId": "d5262d48-...", "sandbox": "dev", "authentication": "bearer"}
struct Environment
{
    QString name;
    QUrl endpoint;       ///< scheme and host, such as https://dcs.adobedc.net
    QString inletId;     ///< the connection id in /collection/{inletId}
    QString flowId;      ///< sent as x-adobe-flow-id when set
    QString sandbox;     ///< sent as x-sandbox-name when set
    bool bearer = false; ///< "authentication": "bearer": an Authorization header is sent

    /// The collection URL of a single message; with sync, ?syncValidation=true.
    QUrl collectionUrl(bool sync) const;

    /// Whether the endpoint is this machine (a token may then go over plain HTTP).
    bool isLoopback() const;

    static Result<Environment> fromJson(const Json &json, const QString &where);
    /// environments/NAME.json of the workspace folder.
    static Result<Environment> load(const QString &workspaceDirectory, const QString &name);
};

} // namespace core
