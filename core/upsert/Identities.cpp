// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "Identities.h"

#include "core/json/JsonPointer.h"
#include "core/xdm/Schema.h"

#include <QString>

#include <algorithm>

namespace core {

namespace {

constexpr size_t kMaxIdentitiesPerRecord = 20;
constexpr int kMaxIdentityLength = 1024;
constexpr int kEcidLength = 38;

const Json *lookupNames(const Json &root, const std::vector<std::string> &names)
{
    const Json *node = &root;
    for (const std::string &name : names) {
        if (!node->is_object()) {
            return nullptr;
        }
        const auto found = node->find(name);
        if (found == node->end()) {
            return nullptr;
        }
        node = &*found;
    }
    return node;
}

void collectIdentityMap(const Json &entity, std::vector<Identity> &out)
{
    const auto map = entity.find("identityMap");
    if (map == entity.end() || !map->is_object()) {
        return;
    }
    for (auto space = map->begin(); space != map->end(); ++space) {
        if (!space->is_array()) {
            continue;
        }
        for (size_t i = 0; i < space->size(); ++i) {
            const Json &item = (*space)[i];
            if (!item.is_object() || !item.contains("id") || !item["id"].is_string()) {
                continue;
            }
            Identity identity;
            identity.namespaceCode = space.key();
            identity.id = item["id"].get<std::string>();
            identity.primary = item.value("primary", false) == true;
            identity.pointer =
                jsonpointer::append(jsonpointer::append("/identityMap", space.key()), i) + "/id";
            out.push_back(std::move(identity));
        }
    }
}

bool isEcid(const std::string &code)
{
    return QString::fromStdString(code).compare(QLatin1String("ECID"), Qt::CaseInsensitive) == 0;
}

Problem identityProblem(const char *rule, Severity severity, const QString &message,
                        const std::string &pointer)
{
    Problem problem;
    problem.rule = QLatin1String(rule);
    problem.severity = severity;
    problem.message = message;
    problem.pointer = pointer;
    return problem;
}

// §4.7: ECID is 38 digits; others at most 1024 characters and not a placeholder word.
void checkValue(const Identity &identity, Problems &problems)
{
    const QString value = QString::fromStdString(identity.id);
    const QString space = QString::fromStdString(identity.namespaceCode);
    if (isEcid(identity.namespaceCode)) {
        const bool digits = std::all_of(value.begin(), value.end(),
                                        [](QChar c) { return c.isDigit() && c.unicode() < 128; });
        if (value.size() != kEcidLength || !digits) {
            problems.push_back(identityProblem(
                "U28", Severity::Error,
                QStringLiteral("ECID \"%1\" must be exactly 38 digits; the record is skipped.")
                    .arg(value),
                identity.pointer));
        }
        return;
    }
    if (value.size() > kMaxIdentityLength) {
        problems.push_back(identityProblem(
            "U28", Severity::Error,
            QStringLiteral("The %1 identity is %2 characters long; identities over 1024 "
                           "characters are skipped.")
                .arg(space)
                .arg(value.size()),
            identity.pointer));
    }
    const QString word = value.trimmed().toLower();
    if (word.isEmpty() || word == QLatin1String("null") || word == QLatin1String("anonymous") ||
        word == QLatin1String("invalid")) {
        problems.push_back(identityProblem(
            "U28", Severity::Error,
            QStringLiteral("The %1 identity \"%2\" is blocked at ingestion: empty, blank, "
                           "\"null\", \"anonymous\" and \"invalid\" are not identities.")
                .arg(space, value),
            identity.pointer));
    }
}

void checkPrimary(const std::vector<Identity> &identities, const xdm::Schema *schema,
                  Problems &problems)
{
    std::vector<const Identity *> mapPrimaries;
    const Identity *descriptorPrimary = nullptr;
    for (const Identity &identity : identities) {
        if (identity.primary && identity.fromDescriptor) {
            descriptorPrimary = &identity;
        } else if (identity.primary) {
            mapPrimaries.push_back(&identity);
        }
    }
    if (mapPrimaries.size() > 1) {
        problems.push_back(identityProblem(
            "U19", Severity::Warning,
            QStringLiteral("%1 identityMap items are marked primary; a schema has one primary "
                           "identity, and which one AEP picks is not documented.")
                .arg(mapPrimaries.size()),
            mapPrimaries[1]->pointer));
    }
    if (descriptorPrimary && !mapPrimaries.empty() &&
        (descriptorPrimary->id != mapPrimaries.front()->id)) {
        problems.push_back(identityProblem(
            "U19", Severity::Warning,
            QStringLiteral("The primary identity descriptor field says \"%1\" but identityMap "
                           "marks \"%2\" primary; the descriptor is taken.")
                .arg(QString::fromStdString(descriptorPrimary->id),
                     QString::fromStdString(mapPrimaries.front()->id)),
            mapPrimaries.front()->pointer));
    }
    if (!descriptorPrimary && mapPrimaries.empty()) {
        const xdm::IdentityDescriptor *descriptor = schema ? schema->primaryDescriptor() : nullptr;
        std::string where = "/identityMap";
        if (descriptor) {
            where = jsonpointer::join(descriptor->path);
        }
        problems.push_back(identityProblem(
            "U18", Severity::Error,
            descriptor ? QStringLiteral("The mapped record has no value at %1, the primary "
                                        "identity: Profile cannot find or key the entity.")
                             .arg(QString::fromStdString(where))
                       : QStringLiteral("The mapped record has no primary identity (no identityMap "
                                        "item with primary: true): Profile cannot find or key "
                                        "the entity."),
            where));
    }
}

} // namespace

std::vector<Identity> collectIdentities(const Json &entity, const xdm::Schema *schema)
{
    std::vector<Identity> out;
    collectIdentityMap(entity, out);
    if (!schema) {
        return out;
    }
    for (const xdm::IdentityDescriptor &descriptor : schema->identityDescriptors()) {
        const Json *value = lookupNames(entity, descriptor.path);
        if (!value || !value->is_string()) {
            continue;
        }
        Identity identity;
        identity.namespaceCode = descriptor.namespaceCode;
        identity.id = value->get<std::string>();
        identity.primary = descriptor.primary;
        identity.fromDescriptor = true;
        identity.pointer = jsonpointer::join(descriptor.path);
        out.push_back(std::move(identity));
    }
    return out;
}

Problems checkIdentities(const std::vector<Identity> &identities, const xdm::Schema *schema)
{
    Problems problems;
    checkPrimary(identities, schema, problems);
    for (const Identity &identity : identities) {
        checkValue(identity, problems);
    }
    if (identities.size() > kMaxIdentitiesPerRecord) {
        problems.push_back(identityProblem(
            "U29", Severity::Warning,
            QStringLiteral("The record holds %1 identities; the guardrail is 20 per record.")
                .arg(identities.size()),
            "/identityMap"));
    }
    return problems;
}

Json identityEntity(const Json &entity, const xdm::Schema *schema)
{
    Json out = Json::object();
    const auto map = entity.find("identityMap");
    if (map != entity.end() && map->is_object() && !map->empty()) {
        out["identityMap"] = *map;
    }
    if (!schema) {
        return out;
    }
    for (const xdm::IdentityDescriptor &descriptor : schema->identityDescriptors()) {
        const Json *value = lookupNames(entity, descriptor.path);
        if (!value || descriptor.path.empty()) {
            continue;
        }
        Json *node = &out;
        for (size_t i = 0; i + 1 < descriptor.path.size(); ++i) {
            node = &(*node)[descriptor.path[i]];
        }
        (*node)[descriptor.path.back()] = *value;
    }
    return out;
}

} // namespace core
