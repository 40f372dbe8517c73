// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "Expression.h"

#include "core/Logging.h"
#include "core/expr/Ast.h"
#include "core/expr/Behaviour.h"
#include "core/expr/Parser.h"
#include "core/expr/Runtime.h"

#include <algorithm>

namespace core::expr {

namespace {

QString fieldPath(const detail::Node &node)
{
    QString path;
    for (const detail::PathSegment &segment : node.path) {
        if (segment.index >= 0) {
            path += QStringLiteral("[%1]").arg(segment.index);
            continue;
        }
        if (!path.isEmpty()) {
            path += QLatin1Char('.');
        }
        path += segment.name;
    }
    return path;
}

void collectFields(const detail::Node &node, std::vector<std::string> &fields)
{
    std::string path;
    if (node.kind == detail::NodeKind::Field) {
        path = toStdString(fieldPath(node));
    } else if (node.kind == detail::NodeKind::Call && node.function != nullptr &&
               (qstrcmp(node.function->name, "contains_key") == 0 ||
                qstrcmp(node.function->name, "is_set") == 0) &&
               !node.children.empty() && node.children[0]->kind == detail::NodeKind::Literal &&
               node.children[0]->literal.isString()) {
        path = toStdString(node.children[0]->literal.asString());
    }
    if (!path.empty() && std::find(fields.begin(), fields.end(), path) == fields.end()) {
        fields.push_back(path);
    }
    for (const auto &child : node.children) {
        collectFields(*child, fields);
    }
}

ArrayIntent intentOf(const detail::Node &root)
{
    if (root.kind != detail::NodeKind::Call || root.function == nullptr) {
        return ArrayIntent::None;
    }
    if (qstrcmp(root.function->name, "upsert_array_append") == 0) {
        return ArrayIntent::Append;
    }
    if (qstrcmp(root.function->name, "upsert_array_replace") == 0) {
        return ArrayIntent::Replace;
    }
    return ArrayIntent::None;
}

Error toError(const ExpressionError &detail)
{
    return Error(detail.rule == QLatin1String("M03") ? ErrorCode::Limit : ErrorCode::Parse,
                 QStringLiteral("%1 (%2)").arg(detail.message, detail.rule))
        .at(detail.line, detail.column, detail.offset);
}

} // namespace

Result<Expression> Expression::compile(std::string_view text, ExpressionError *detail)
{
    const QString source = toQString(text);
    ExpressionError error;
    if (source.size() > behaviour::kMaxExpressionLength) {
        error.rule = QStringLiteral("M03");
        error.message = QStringLiteral("the expression has %1 characters; Data Prep accepts at "
                                       "most %2")
                            .arg(source.size())
                            .arg(behaviour::kMaxExpressionLength);
        error.expected =
            QStringLiteral("at most %1 characters").arg(behaviour::kMaxExpressionLength);
        error.found = QStringLiteral("%1 characters").arg(source.size());
        error.offset = behaviour::kMaxExpressionLength;
        error.length = int(source.size()) - behaviour::kMaxExpressionLength;
        detail::locate(error, source);
    } else {
        detail::Parser parser(source);
        auto root = parser.parse();
        if (root) {
            auto program = std::make_shared<detail::Program>();
            program->text = std::string(text);
            program->localSlots = parser.localSlots();
            program->intent = intentOf(*root);
            collectFields(*root, program->fields);
            program->root = std::move(root);
            Expression expression;
            expression.m_program = std::move(program);
            return expression;
        }
        error = parser.error();
    }
    qCDebug(lcExpr) << "expression rejected:" << error.rule << error.message;
    if (detail != nullptr) {
        *detail = error;
    }
    return toError(error);
}

Evaluation Expression::evaluate(const Json &record, const EvalContext &context) const
{
    Evaluation result;
    if (!m_program) {
        result.error = QStringLiteral("the expression was not compiled");
        return result;
    }
    Runtime runtime(record, context, m_program->localSlots);
    const Value value = detail::evaluateNode(*m_program->root, runtime);
    result.warnings = runtime.warnings();
    if (runtime.failed()) {
        result.error = runtime.error();
        return result;
    }
    result.value = value.toJson();
    result.intent = m_program->intent;
    return result;
}

const std::vector<std::string> &Expression::referencedFields() const
{
    static const std::vector<std::string> none;
    return m_program ? m_program->fields : none;
}

const std::string &Expression::text() const
{
    static const std::string none;
    return m_program ? m_program->text : none;
}

} // namespace core::expr
