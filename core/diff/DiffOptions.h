// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Result.h"
#include "core/diff/PointerPatternSet.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace core::diff {

/// What a diff ignores and how it tells array items apart.
///
/// Ignore rules are pointer patterns (see PointerPatternSet): a value whose pointer matches one
/// is left out on both sides, with everything below it. addVolatileIgnores() adds the places of
/// Patchbay's generated messages that differ on every run (message id, transaction id, time).
///
/// Array rules say how the items of the arrays at a pointer pattern are matched. By default
/// items are matched by their whole value, in order. A rule can match object items by one of
/// their fields instead (an item keeps its identity when other fields change, so the change is
/// reported inside it), and can make the array a set, where order means nothing and no move is
/// reported. The first rule whose pattern matches the array's pointer applies.
///
///     DiffOptions options;
///     options.addKey(QStringLiteral("/"), QStringLiteral("_id"));
///     options.addIdentityMapRule();  // identityMap lists are sets of items keyed by "id"
///     options.addVolatileIgnores();
class DiffOptions
{
public:
    enum class Order
    {
        Ordered,  ///< order matters: items are aligned and moved items are reported
        Unordered ///< a set: items are matched wherever they stand, order is not a change
    };

    struct ArrayRule
    {
        QString pattern;
        std::string keyField; ///< empty: items are matched by their whole value
        Order order = Order::Ordered;
    };

    /// Leaves out the values at pointers matching pattern.
    Result<void> addIgnore(const QString &pattern);

    /// Adds the ignore rules of volatilePointers().
    void addVolatileIgnores();

    /// Matches the items of arrays at pattern by the field keyField (empty: by whole value).
    Result<void> addKey(const QString &arrayPattern, const QString &keyField,
                        Order order = Order::Ordered);

    /// Compares every identityMap namespace list as a set of identities keyed by "id", the way
    /// Identity Service treats them.
    void addIdentityMapRule();

    /// Places that hold a new value each time a message is generated or sent: msgId, xactionId
    /// and createdAt of a generated message's header (spec 5.2; "xactionid" is the legacy
    /// spelling of 2.3), and the inlet's receipt fields of a collection response (2.6).
    static QStringList volatilePointers();

    const PointerPatternSet &ignores() const { return m_ignores; }
    const PointerPatternSet &arrayPatterns() const { return m_arrayPatterns; }
    const ArrayRule &arrayRule(int index) const { return m_arrayRules[size_t(index)]; }

private:
    PointerPatternSet m_ignores;
    PointerPatternSet m_arrayPatterns;
    std::vector<ArrayRule> m_arrayRules;
};

} // namespace core::diff
