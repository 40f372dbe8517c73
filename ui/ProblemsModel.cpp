// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "ProblemsModel.h"

#include "ui/StatusIcons.h"

namespace ui {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProblemsModel::setProblems(const core::Problems &problems)
{
    beginResetModel();
    m_problems = problems;
    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const core::Problem &a, const core::Problem &b) {
                         return int(a.severity) < int(b.severity);
                     });
    endResetModel();
}

QString ProblemsModel::summary() const
{
    if (m_problems.empty()) {
        return tr("No problems");
    }
    int counts[3] = {0, 0, 0};
    for (const core::Problem &problem : m_problems) {
        ++counts[int(problem.severity)];
    }
    QStringList parts = {tr("%n error(s)", nullptr, counts[int(core::Severity::Error)]),
                         tr("%n warning(s)", nullptr, counts[int(core::Severity::Warning)])};
    if (counts[int(core::Severity::Info)] > 0) {
        parts.append(tr("%n note(s)", nullptr, counts[int(core::Severity::Info)]));
    }
    return parts.join(QStringLiteral(", "));
}

QString ProblemsModel::placeText(const core::Problem &problem)
{
    const QString origin = core::originName(problem.origin);
    if (problem.mappingIndex >= 0) {
        return tr("mapping row %1").arg(problem.mappingIndex + 1);
    }
    if (problem.line > 0) {
        return tr("%1 %2:%3").arg(origin).arg(problem.line).arg(problem.column);
    }
    if (!problem.pointer.empty()) {
        return tr("%1 %2").arg(origin, core::toQString(problem.pointer));
    }
    return origin;
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::Problem &item = problem(index.row());
    if (role == Qt::DecorationRole && index.column() == RuleColumn) {
        return StatusIcons::forSeverity(item.severity);
    }
    if (role == Qt::ToolTipRole) {
        return QStringLiteral("%1 %2: %3")
            .arg(core::severityName(item.severity), item.rule, item.message);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case RuleColumn:
        return item.rule;
    case MessageColumn:
        return item.message;
    case PlaceColumn:
        return placeText(item);
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Message");
    case PlaceColumn:
        return tr("Where");
    }
    return {};
}

} // namespace ui
