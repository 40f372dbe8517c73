// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// The tree-walking evaluator. The tree's depth is bounded by the parser, so recursion here is
// bounded too; every failure is recorded on the Runtime and stops the evaluation.
#include "Runtime.h"

#include "core/expr/Operators.h"

#include <QUuid>

#include <array>

namespace core::expr {

Runtime::Runtime(const Json &record, const EvalContext &context, int localSlots)
    : m_record(record)
    , m_context(context)
    , m_locals(size_t(localSlots))
{}

const QDateTime &Runtime::now()
{
    if (!m_now.isValid()) {
        m_now = m_context.now.isValid() ? m_context.now : QDateTime::currentDateTimeUtc();
        if (m_now.timeSpec() == Qt::LocalTime) {
            m_now = m_now.toUTC();
        }
    }
    return m_now;
}

QString Runtime::nextId()
{
    if (m_context.fixedIds) {
        ++m_ids;
        return QStringLiteral("00000000-0000-4000-8000-%1").arg(m_ids, 12, 10, QLatin1Char('0'));
    }
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Value Runtime::fail(const QString &message)
{
    if (m_error.isEmpty()) {
        m_error = message.isEmpty() ? QStringLiteral("evaluation failed") : message;
    }
    return Value();
}

void Runtime::warn(const QString &message)
{
    if (!m_warnings.contains(message) && m_warnings.size() < 20) {
        m_warnings.append(message);
    }
}

Value Runtime::invoke(const Value &lambda, Args args)
{
    if (!lambda.isLambda()) {
        return fail(QStringLiteral("expected a lambda such as x -> x > 0, found %1")
                        .arg(lambda.typeName()));
    }
    const detail::Node &node = *lambda.asLambda().node;
    for (int i = 0; i < node.parameters; ++i) {
        m_locals[size_t(node.slot + i)] = size_t(i) < args.size() ? args[size_t(i)] : Value();
    }
    return detail::evaluateNode(*node.children.front(), *this);
}

namespace detail {

namespace {

Value readField(const Node &node, const Runtime &runtime)
{
    const Json *current = &runtime.record();
    for (const PathSegment &segment : node.path) {
        if (current->is_object()) {
            const auto it = current->find(segment.key);
            if (it == current->end()) {
                return Value();
            }
            current = &*it;
        } else if (current->is_array() && segment.index >= 0 &&
                   size_t(segment.index) < current->size()) {
            current = &(*current)[size_t(segment.index)];
        } else {
            return Value();
        }
    }
    return Value::fromJson(*current);
}

Value member(const Value &base, const QString &name, int index)
{
    if (base.isMap()) {
        const Value *found = base.find(name);
        return found != nullptr ? *found : Value();
    }
    if (base.isList() && index >= 0 && size_t(index) < base.asList().size()) {
        return base.asList()[size_t(index)];
    }
    return Value();
}

Value indexValue(const Value &base, const Value &index)
{
    if (base.isList() && index.isIntegral()) {
        const Int128 at = index.asInt128();
        const ValueList &list = base.asList();
        return at >= 0 && at < Int128(list.size()) ? list[size_t(at)] : Value();
    }
    if (base.isMap() && !index.isNull()) {
        return member(base, index.toJavaString(), -1);
    }
    return Value();
}

Value evaluateList(const Node &node, Runtime &runtime)
{
    ValueList list;
    list.reserve(node.children.size());
    for (const auto &child : node.children) {
        list.push_back(evaluateNode(*child, runtime));
        if (runtime.failed()) {
            return Value();
        }
    }
    return Value(std::move(list));
}

Value evaluateMap(const Node &node, Runtime &runtime)
{
    ValueMap map;
    map.reserve(node.children.size() / 2);
    for (size_t i = 0; i + 1 < node.children.size(); i += 2) {
        const Value key = evaluateNode(*node.children[i], runtime);
        if (runtime.failed()) {
            return Value();
        }
        if (key.isNull()) {
            return runtime.fail(QStringLiteral("a map key at column %1 is null; write string "
                                               "keys in quotes: {\"name\": value}")
                                    .arg(node.children[i]->offset + 1));
        }
        Value item = evaluateNode(*node.children[i + 1], runtime);
        if (runtime.failed()) {
            return Value();
        }
        const QString name = key.isString() ? key.asString() : key.toJavaString();
        auto existing = std::find_if(map.begin(), map.end(),
                                     [&](const auto &entry) { return entry.first == name; });
        if (existing != map.end()) {
            existing->second = std::move(item);
        } else {
            map.emplace_back(name, std::move(item));
        }
    }
    return Value(std::move(map));
}

QString fieldName(const Node &node)
{
    QStringList names;
    for (const PathSegment &segment : node.path) {
        names.append(segment.name);
    }
    return names.join(QLatin1Char('.'));
}

Value evaluateCall(const Node &node, Runtime &runtime)
{
    const FunctionSpec &spec = *node.function;
    const size_t count = node.children.size();
    std::array<Value, 8> small;
    std::vector<Value> large;
    Value *args = small.data();
    if (count > small.size()) {
        large.resize(count);
        args = large.data();
    }
    for (size_t i = 0; i < count; ++i) {
        const Node &child = *node.children[i];
        if (child.kind == NodeKind::Lambda) {
            args[i] = Value(Lambda{&child});
            continue;
        }
        if (spec.keyAttributeByName && i == 1 && child.kind == NodeKind::Field && !child.quoted &&
            args[0].isList()) {
            args[i] = Value(fieldName(child));
            continue;
        }
        args[i] = evaluateNode(child, runtime);
        if (runtime.failed()) {
            return Value();
        }
    }
    Value result = spec.run(runtime, Args(args, count));
    if (runtime.failed()) {
        runtime.annotate(QStringLiteral("%1() at column %2: ").arg(node.name).arg(node.offset + 1));
        return Value();
    }
    return result;
}

Value evaluateMethod(const Node &node, Runtime &runtime)
{
    const Value receiver = evaluateNode(*node.children[0], runtime);
    const Value argument = runtime.failed() ? Value() : evaluateNode(*node.children[1], runtime);
    if (runtime.failed()) {
        return Value();
    }
    if (receiver.isNull()) {
        return runtime.fail(QStringLiteral(".%1() was called on a null value (column %2)")
                                .arg(node.name)
                                .arg(node.offset + 1));
    }
    switch (node.method) {
    case MethodKind::Equals:
        return Value(javaEquals(receiver, argument));
    case MethodKind::EqualsIgnoreCase:
        if (!receiver.isString()) {
            return runtime.fail(QStringLiteral(".equalsIgnoreCase() needs a string, found %1")
                                    .arg(receiver.typeName()));
        }
        return Value(argument.isString() &&
                     receiver.asString().compare(argument.asString(), Qt::CaseInsensitive) == 0);
    case MethodKind::Get:
        if (receiver.isMap()) {
            return member(receiver,
                          argument.isString() ? argument.asString() : argument.toJavaString(), -1);
        }
        if (receiver.isList() && argument.isIntegral()) {
            const Int128 at = argument.asInt128();
            if (at < 0 || at >= Int128(receiver.asList().size())) {
                return runtime.fail(QStringLiteral(".get(%1): index out of range for an array of "
                                                   "%2 elements")
                                        .arg(int128ToString(at))
                                        .arg(receiver.asList().size()));
            }
            return receiver.asList()[size_t(at)];
        }
        return runtime.fail(QStringLiteral(".get() needs a map or an array with an integer index, "
                                           "found %1")
                                .arg(receiver.typeName()));
    }
    return Value();
}

Value evaluateLogical(const Node &node, Runtime &runtime)
{
    const Value left = evaluateNode(*node.children[0], runtime);
    if (runtime.failed()) {
        return Value();
    }
    const bool leftTrue = isTruthy(left);
    if (node.kind == NodeKind::And ? !leftTrue : leftTrue) {
        return Value(leftTrue);
    }
    const Value right = evaluateNode(*node.children[1], runtime);
    return runtime.failed() ? Value() : Value(isTruthy(right));
}

Value evaluateChoice(const Node &node, Runtime &runtime)
{
    const Value first = evaluateNode(*node.children[0], runtime);
    if (runtime.failed()) {
        return Value();
    }
    switch (node.kind) {
    case NodeKind::Conditional:
        return evaluateNode(*node.children[isTruthy(first) ? 1 : 2], runtime);
    case NodeKind::Elvis:
        return isTruthy(first) ? first : evaluateNode(*node.children[1], runtime);
    default:
        return first.isNull() ? evaluateNode(*node.children[1], runtime) : first;
    }
}

} // namespace

Value evaluateNode(const Node &node, Runtime &runtime)
{
    switch (node.kind) {
    case NodeKind::Literal:
        return node.literal;
    case NodeKind::Field:
        return readField(node, runtime);
    case NodeKind::Local:
        return runtime.local(node.slot);
    case NodeKind::ArrayLit:
        return evaluateList(node, runtime);
    case NodeKind::MapLit:
        return evaluateMap(node, runtime);
    case NodeKind::Unary: {
        const Value operand = evaluateNode(*node.children[0], runtime);
        return runtime.failed() ? Value() : unaryOperator(node.op, operand, runtime);
    }
    case NodeKind::Binary: {
        const Value left = evaluateNode(*node.children[0], runtime);
        const Value right = runtime.failed() ? Value() : evaluateNode(*node.children[1], runtime);
        return runtime.failed() ? Value() : binaryOperator(node.op, left, right, runtime);
    }
    case NodeKind::And:
    case NodeKind::Or:
        return evaluateLogical(node, runtime);
    case NodeKind::Conditional:
    case NodeKind::Elvis:
    case NodeKind::Coalesce:
        return evaluateChoice(node, runtime);
    case NodeKind::Call:
        return evaluateCall(node, runtime);
    case NodeKind::Method:
        return evaluateMethod(node, runtime);
    case NodeKind::Member: {
        const Value base = evaluateNode(*node.children[0], runtime);
        return runtime.failed() ? Value() : member(base, node.name, node.slot);
    }
    case NodeKind::Index: {
        const Value base = evaluateNode(*node.children[0], runtime);
        const Value index = runtime.failed() ? Value() : evaluateNode(*node.children[1], runtime);
        return runtime.failed() ? Value() : indexValue(base, index);
    }
    case NodeKind::Lambda:
        return Value(Lambda{&node});
    }
    return Value();
}

} // namespace detail

} // namespace core::expr
