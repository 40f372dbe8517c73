// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "DiffOptions.h"

#include "core/json/Json.h"

namespace core::diff {

Result<void> DiffOptions::addIgnore(const QString &pattern)
{
    return m_ignores.add(pattern);
}

void DiffOptions::addVolatileIgnores()
{
    for (const QString &pattern : volatilePointers()) {
        // The preset is well formed; a failure here would be a bug in the list.
        const Result<void> added = m_ignores.add(pattern);
        Q_ASSERT(added.isOk());
    }
}

Result<void> DiffOptions::addKey(const QString &arrayPattern, const QString &keyField, Order order)
{
    Result<void> added = m_arrayPatterns.add(arrayPattern);
    if (!added) {
        return added;
    }
    m_arrayRules.push_back(ArrayRule{arrayPattern, toStdString(keyField), order});
    return {};
}

void DiffOptions::addIdentityMapRule()
{
    const Result<void> added =
        addKey(QStringLiteral("/**/identityMap/*"), QStringLiteral("id"), Order::Unordered);
    Q_ASSERT(added.isOk());
}

QStringList DiffOptions::volatilePointers()
{
    return {
        QStringLiteral("/**/header/msgId"),
        QStringLiteral("/**/header/xactionId"),
        QStringLiteral("/**/header/xactionid"),
        QStringLiteral("/**/header/createdAt"),
        QStringLiteral("/xactionId"),
        QStringLiteral("/receivedTimeMs"),
        QStringLiteral("/batchId"),
        QStringLiteral("/responses/*/xactionId"),
    };
}

} // namespace core::diff
