// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "FunctionRegistry.h"

#include <algorithm>
#include <vector>

namespace core::expr {

const FunctionRegistry &FunctionRegistry::instance()
{
    static const FunctionRegistry registry;
    return registry;
}

FunctionRegistry::FunctionRegistry()
{
    registerStringFunctions(*this);
    registerRegexFunctions(*this);
    registerHashFunctions(*this);
    registerUrlFunctions(*this);
    registerDateFunctions(*this);
    registerObjectFunctions(*this);
    registerArrayFunctions(*this);
    registerMapFunctions(*this);
    registerLogicalFunctions(*this);
    registerConversionFunctions(*this);
    registerSpecialFunctions(*this);
    registerUserAgentFunctions(*this);
    registerAnalyticsFunctions(*this);
}

void FunctionRegistry::add(FunctionSpec spec, std::initializer_list<const char *> aliases)
{
    Q_ASSERT(!m_byName.contains(QLatin1String(spec.name)));
    m_functions.push_back(spec);
    m_byName.insert(QLatin1String(spec.name), &m_functions.back());
    for (const char *alias : aliases) {
        FunctionSpec copy = spec;
        copy.aliasOf = spec.name;
        copy.name = alias;
        m_functions.push_back(copy);
        m_byName.insert(QLatin1String(alias), &m_functions.back());
    }
}

const FunctionSpec *FunctionRegistry::find(const QString &name) const
{
    return m_byName.value(name, nullptr);
}

QString FunctionRegistry::nearest(const QString &name) const
{
    QString best;
    int bestDistance = std::max<int>(2, int(name.size()) / 3) + 1;
    for (const FunctionSpec &spec : m_functions) {
        const QString candidate = QLatin1String(spec.name);
        const int distance = editDistance(name.toLower(), candidate.toLower());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(size_t(b.size()) + 1);
    for (size_t j = 0; j < previous.size(); ++j) {
        previous[j] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[size_t(j)] =
                std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

} // namespace core::expr
