// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/Logging.h"
#include "core/json/JsonDocument.h"
#include "core/xdm/Schema.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace core::xdm {

namespace {

const char *const kBundledFolder = ":/patchbay/xdm";

SchemaLibrary loadBundled()
{
    SchemaLibrary library;
    const QDir folder(QString::fromLatin1(kBundledFolder));
    const QStringList names = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = folder.filePath(name);
        Result<JsonDocument> doc = JsonDocument::fromFile(path);
        if (!doc) {
            qCWarning(lcXdm) << "bundled XDM definition" << path
                             << "does not parse:" << doc.error().message();
            continue;
        }
        Result<void> added = library.add(doc->root());
        if (!added) {
            qCWarning(lcXdm) << "bundled XDM definition" << path
                             << "is not usable:" << added.error().message();
        }
    }
    qCDebug(lcXdm) << "loaded" << library.ids().size() << "bundled XDM definitions";
    return library;
}

} // namespace

const SchemaLibrary &SchemaLibrary::bundled()
{
    // A function-local static is initialised once, even when threads race to it.
    static const SchemaLibrary library = loadBundled();
    return library;
}

Result<void> SchemaLibrary::add(const Json &definition)
{
    if (!definition.is_object()) {
        return Error(ErrorCode::Schema,
                     QStringLiteral("An XDM definition must be a JSON object, not %1.")
                         .arg(QString::fromLatin1(jsonTypeName(definition))));
    }
    const auto id = definition.find("$id");
    if (id == definition.end() || !id->is_string() || id->get_ref<const std::string &>().empty()) {
        return Error(
            ErrorCode::Schema,
            QStringLiteral("An XDM definition needs a \"$id\" string to be referenced by."));
    }
    m_definitions[id->get<std::string>()] = definition;
    return {};
}

const Json *SchemaLibrary::find(const std::string &id) const
{
    const auto it = m_definitions.find(id);
    return it == m_definitions.end() ? nullptr : &it->second;
}

std::vector<std::string> SchemaLibrary::ids() const
{
    std::vector<std::string> out;
    out.reserve(m_definitions.size());
    for (const auto &entry : m_definitions) {
        out.push_back(entry.first);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace core::xdm
