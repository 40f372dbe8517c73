// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "MappingTableModel.h"

#include "ui/MappingCommand.h"
#include "ui/StatusIcons.h"

#include <QUndoStack>

namespace ui {

MappingTableModel::MappingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_undoStack(new QUndoStack(this))
{}

QString MappingTableModel::sourceTypeText(core::SourceType type)
{
    switch (type) {
    case core::SourceType::Attribute:
        return QStringLiteral("ATTRIBUTE");
    case core::SourceType::Expression:
        return QStringLiteral("EXPRESSION");
    case core::SourceType::Static:
        return QStringLiteral("STATIC");
    }
    return QStringLiteral("ATTRIBUTE");
}

std::optional<core::SourceType> MappingTableModel::sourceTypeFromText(const QString &text)
{
    for (const auto type :
         {core::SourceType::Attribute, core::SourceType::Expression, core::SourceType::Static}) {
        if (text.compare(sourceTypeText(type), Qt::CaseInsensitive) == 0) {
            return type;
        }
    }
    return std::nullopt;
}

void MappingTableModel::setMappingSet(const core::MappingSet &mappingSet)
{
    beginResetModel();
    m_mappingSet = mappingSet;
    m_rowProblems.clear();
    m_rowProblems.resize(qsizetype(m_mappingSet.mappings().size()));
    endResetModel();
    m_undoStack->clear();
    emit mappingChanged();
}

void MappingTableModel::setProblems(const core::Problems &problems)
{
    QList<core::Problems> rows(rowCount());
    for (const core::Problem &problem : problems) {
        if (problem.mappingIndex >= 0 && problem.mappingIndex < rows.size()) {
            rows[problem.mappingIndex].push_back(problem);
        }
    }
    m_rowProblems = rows;
    if (rowCount() > 0) {
        emit dataChanged(index(0, SourceTypeColumn), index(rowCount() - 1, SourceTypeColumn),
                         {Qt::DecorationRole, Qt::ToolTipRole, SeverityRole});
    }
}

core::Problems MappingTableModel::problemsOf(int row) const
{
    return row >= 0 && row < m_rowProblems.size() ? m_rowProblems.at(row) : core::Problems();
}

void MappingTableModel::addMapping(int row, const core::Mapping &mapping)
{
    m_undoStack->push(MappingCommand::insert(this, qBound(0, row, rowCount()), mapping));
}

void MappingTableModel::removeMapping(int row)
{
    if (row >= 0 && row < rowCount()) {
        m_undoStack->push(MappingCommand::remove(this, row));
    }
}

void MappingTableModel::moveMapping(int from, int to)
{
    if (from >= 0 && from < rowCount() && to >= 0 && to < rowCount() && from != to) {
        m_undoStack->push(MappingCommand::move(this, from, to));
    }
}

int MappingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mappingSet.mappings().size());
}

int MappingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MappingTableModel::fieldText(int row, int column) const
{
    const core::Mapping &mapping = m_mappingSet.mappings().at(size_t(row));
    switch (column) {
    case SourceTypeColumn:
        return sourceTypeText(mapping.sourceType);
    case SourceColumn:
        return core::toQString(mapping.source);
    case DestinationColumn:
        return core::toQString(mapping.destination);
    case DescriptionColumn:
        return core::toQString(mapping.description);
    }
    return {};
}

QVariant MappingTableModel::statusData(int row, int role) const
{
    const core::Problems &problems = m_rowProblems.at(row);
    if (problems.empty()) {
        return role == SeverityRole ? QVariant(-1) : QVariant();
    }
    core::Severity worst = core::Severity::Info;
    QStringList lines;
    for (const core::Problem &problem : problems) {
        worst = std::min(worst, problem.severity);
        lines.append(QStringLiteral("%1: %2").arg(problem.rule, problem.message));
    }
    if (role == SeverityRole) {
        return int(worst);
    }
    if (role == Qt::DecorationRole) {
        return StatusIcons::forSeverity(worst);
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant MappingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        return fieldText(row, index.column());
    }
    if (index.column() == SourceTypeColumn &&
        (role == Qt::DecorationRole || role == Qt::ToolTipRole || role == SeverityRole)) {
        return statusData(row, role);
    }
    if (role == Qt::ToolTipRole && index.column() == SourceColumn) {
        return fieldText(row, SourceColumn);
    }
    return {};
}

bool MappingTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    const QString text = value.toString();
    if (index.column() == SourceTypeColumn && !sourceTypeFromText(text)) {
        return false;
    }
    if (text == fieldText(index.row(), index.column())) {
        return true;
    }
    m_undoStack->push(MappingCommand::edit(this, index.row(), index.column(), text));
    return true;
}

Qt::ItemFlags MappingTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant MappingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section + 1;
    }
    switch (section) {
    case SourceTypeColumn:
        return tr("Source type");
    case SourceColumn:
        return tr("Source");
    case DestinationColumn:
        return tr("Destination");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

void MappingTableModel::insertNow(int row, const core::Mapping &mapping)
{
    auto &rows = m_mappingSet.mappings();
    beginInsertRows(QModelIndex(), row, row);
    rows.insert(rows.begin() + row, mapping);
    m_rowProblems.insert(row, core::Problems());
    endInsertRows();
    emit mappingChanged();
}

void MappingTableModel::removeNow(int row)
{
    auto &rows = m_mappingSet.mappings();
    beginRemoveRows(QModelIndex(), row, row);
    rows.erase(rows.begin() + row);
    m_rowProblems.removeAt(row);
    endRemoveRows();
    emit mappingChanged();
}

void MappingTableModel::moveNow(int from, int to)
{
    auto &rows = m_mappingSet.mappings();
    // beginMoveRows wants the row before which the moved row lands, in the old numbering.
    const int destination = to > from ? to + 1 : to;
    if (!beginMoveRows(QModelIndex(), from, from, QModelIndex(), destination)) {
        return;
    }
    core::Mapping moved = rows.at(size_t(from));
    rows.erase(rows.begin() + from);
    rows.insert(rows.begin() + to, std::move(moved));
    m_rowProblems.move(from, to);
    endMoveRows();
    emit mappingChanged();
}

void MappingTableModel::setFieldNow(int row, int column, const QString &value)
{
    core::Mapping &mapping = m_mappingSet.mappings().at(size_t(row));
    switch (column) {
    case SourceTypeColumn:
        mapping.sourceType = sourceTypeFromText(value).value_or(core::SourceType::Attribute);
        mapping.writtenSourceType = core::toStdString(value.toUpper());
        break;
    case SourceColumn:
        mapping.source = core::toStdString(value);
        break;
    case DestinationColumn:
        mapping.destination = core::toStdString(value);
        break;
    case DescriptionColumn:
        mapping.description = core::toStdString(value);
        break;
    }
    emit dataChanged(index(row, column), index(row, column), {Qt::DisplayRole, Qt::EditRole});
    emit mappingChanged();
}

} // namespace ui
