// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "MappingCommand.h"

#include "ui/MappingTableModel.h"

#include <QCoreApplication>

namespace ui {

namespace {

constexpr int kEditCommandId = 0x4d41;

QString tr(const char *text)
{
    return QCoreApplication::translate("ui::MappingCommand", text);
}

} // namespace

MappingCommand::MappingCommand(MappingTableModel *model, Kind kind, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_kind(kind)
{}

MappingCommand *MappingCommand::insert(MappingTableModel *model, int row,
                                       const core::Mapping &mapping)
{
    auto *command = new MappingCommand(model, Kind::Insert, tr("Add mapping"));
    command->m_row = row;
    command->m_mapping = mapping;
    return command;
}

MappingCommand *MappingCommand::remove(MappingTableModel *model, int row)
{
    auto *command = new MappingCommand(model, Kind::Remove, tr("Remove mapping"));
    command->m_row = row;
    command->m_mapping = model->mappingSet().mappings().at(size_t(row));
    return command;
}

MappingCommand *MappingCommand::move(MappingTableModel *model, int from, int to)
{
    auto *command = new MappingCommand(model, Kind::Move, tr("Move mapping"));
    command->m_row = from;
    command->m_target = to;
    return command;
}

MappingCommand *MappingCommand::edit(MappingTableModel *model, int row, int column,
                                     const QString &value)
{
    auto *command = new MappingCommand(model, Kind::Edit, tr("Edit mapping"));
    command->m_row = row;
    command->m_column = column;
    command->m_before = model->fieldText(row, column);
    command->m_after = value;
    return command;
}

void MappingCommand::redo()
{
    switch (m_kind) {
    case Kind::Insert:
        m_model->insertNow(m_row, m_mapping);
        break;
    case Kind::Remove:
        m_model->removeNow(m_row);
        break;
    case Kind::Move:
        m_model->moveNow(m_row, m_target);
        break;
    case Kind::Edit:
        m_model->setFieldNow(m_row, m_column, m_after);
        break;
    }
}

void MappingCommand::undo()
{
    switch (m_kind) {
    case Kind::Insert:
        m_model->removeNow(m_row);
        break;
    case Kind::Remove:
        m_model->insertNow(m_row, m_mapping);
        break;
    case Kind::Move:
        m_model->moveNow(m_target, m_row);
        break;
    case Kind::Edit:
        m_model->setFieldNow(m_row, m_column, m_before);
        break;
    }
}

int MappingCommand::id() const
{
    return m_kind == Kind::Edit ? kEditCommandId : -1;
}

bool MappingCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MappingCommand *>(other);
    if (next->m_row != m_row || next->m_column != m_column ||
        m_column == MappingTableModel::SourceTypeColumn) {
        return false;
    }
    m_after = next->m_after;
    return true;
}

} // namespace ui
