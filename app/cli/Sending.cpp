// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "Sending.h"

#include "SecretStore.h"

namespace cli {

core::Result<QNetworkRequest> collectionRequest(const core::Environment &environment, bool sync,
                                                int timeoutSeconds)
{
    QNetworkRequest request(environment.collectionUrl(sync));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutSeconds * 1000);
    if (!environment.flowId.isEmpty()) {
        request.setRawHeader("x-adobe-flow-id", environment.flowId.toUtf8());
    }
    if (!environment.sandbox.isEmpty()) {
        request.setRawHeader("x-sandbox-name", environment.sandbox.toUtf8());
    }
    if (!environment.bearer) {
        return request;
    }
    // A token leaves this machine only encrypted; TLS certificates are always verified.
    if (environment.endpoint.scheme() != QLatin1String("https") && !environment.isLoopback()) {
        return core::Error(core::ErrorCode::InvalidArgument,
                           QStringLiteral("Environment %1 sends a bearer token, so its endpoint "
                                          "must be https (or this machine), not %2.")
                               .arg(environment.name, environment.endpoint.toString()));
    }
    core::Result<QString> token = SecretStore::readToken(environment.name);
    if (!token) {
        return token.error();
    }
    request.setRawHeader("Authorization", "Bearer " + token->toUtf8());
    return request;
}

} // namespace cli
