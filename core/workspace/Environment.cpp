// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "Environment.h"

#include "core/json/JsonDocument.h"

#include <QDir>

namespace core {

namespace {

Result<QString> optionalText(const Json &json, const char *member, const QString &where)
{
    const auto found = json.find(member);
    if (found == json.end() || found->is_null()) {
        return QString();
    }
    if (!found->is_string()) {
        return Error(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1: \"%2\" must be a string.").arg(where, QLatin1String(member)));
    }
    return toQString(found->get_ref<const std::string &>());
}

} // namespace

QUrl Environment::collectionUrl(bool sync) const
{
    QUrl url = endpoint;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    url.setPath(path + QStringLiteral("/collection/") + inletId);
    if (sync) {
        url.setQuery(QStringLiteral("syncValidation=true"));
    }
    return url;
}

bool Environment::isLoopback() const
{
    const QString host = endpoint.host();
    return host == QLatin1String("localhost") || host == QLatin1String("::1") ||
           host.startsWith(QLatin1String("127."));
}

Result<Environment> Environment::fromJson(const Json &json, const QString &where)
{
    if (!json.is_object()) {
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("%1: an environment is a JSON object.").arg(where));
    }
    Environment environment;
    QString endpoint;
    QString authentication;
    const std::pair<const char *, QString *> members[] = {
        {"name", &environment.name},       {"endpoint", &endpoint},
        {"inletId", &environment.inletId}, {"flowId", &environment.flowId},
        {"sandbox", &environment.sandbox}, {"authentication", &authentication},
    };
    for (const auto &[member, target] : members) {
        Result<QString> value = optionalText(json, member, where);
        if (!value) {
            return value.error();
        }
        *target = value.value();
    }
    environment.endpoint = QUrl(endpoint, QUrl::StrictMode);
    const QString scheme = environment.endpoint.scheme();
    if (!environment.endpoint.isValid() || environment.endpoint.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("%1: \"endpoint\" must be an http or https URL such as "
                                    "https://dcs.adobedc.net, not \"%2\".")
                         .arg(where, endpoint));
    }
    if (environment.inletId.isEmpty()) {
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("%1: \"inletId\" (the streaming connection's id) is missing.")
                         .arg(where));
    }
    if (authentication != QLatin1String("bearer") && authentication != QLatin1String("none") &&
        !authentication.isEmpty()) {
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("%1: \"authentication\" is \"none\" or \"bearer\", not \"%2\".")
                         .arg(where, authentication));
    }
    environment.bearer = authentication == QLatin1String("bearer");
    return environment;
}

Result<Environment> Environment::load(const QString &workspaceDirectory, const QString &name)
{
    const QString file =
        QDir(workspaceDirectory).filePath(QStringLiteral("environments/%1.json").arg(name));
    Result<JsonDocument> doc = JsonDocument::fromFile(file);
    if (!doc) {
        return Error(doc.error().code(),
                     QStringLiteral("environment %1: %2").arg(name, doc.error().message()));
    }
    Result<Environment> environment = fromJson(doc->root(), file);
    if (environment && environment->name.isEmpty()) {
        environment->name = name;
    }
    return environment;
}

} // namespace core
