// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/expr/Ast.h"
#include "core/expr/Expression.h"
#include "core/expr/FunctionRegistry.h"
#include "core/expr/Value.h"

#include <QStringList>

#include <vector>

namespace core::expr {

/// The state of one evaluation: the record, the clock, the first error and any warnings.
/// Functions report a failure with `return runtime.fail(...)`; evaluation stops at the first.
class Runtime
{
public:
    Runtime(const Json &record, const EvalContext &context, int localSlots);

    const Json &record() const { return m_record; }
    const EvalContext &context() const { return m_context; }

    /// The evaluation's "now": the fixed clock when given, else the real one, read once.
    const QDateTime &now();
    /// The next id for uuid()/guid(): random, or counting up from 1 with fixedIds.
    QString nextId();

    Value fail(const QString &message);
    bool failed() const { return !m_error.isEmpty(); }
    /// Puts the failing function's name and place in front of the error.
    void annotate(const QString &prefix) { m_error.prepend(prefix); }
    const QString &error() const { return m_error; }
    void warn(const QString &message);
    const QStringList &warnings() const { return m_warnings; }

    /// Calls a lambda argument with its parameters bound to args.
    Value invoke(const Value &lambda, Args args);

    Value &local(int slot) { return m_locals[size_t(slot)]; }

private:
    const Json &m_record;
    const EvalContext &m_context;
    QDateTime m_now;
    QString m_error;
    QStringList m_warnings;
    std::vector<Value> m_locals;
    int m_ids = 0;
};

namespace detail {
/// Evaluates one node of a compiled tree.
Value evaluateNode(const Node &node, Runtime &runtime);
} // namespace detail

} // namespace core::expr
