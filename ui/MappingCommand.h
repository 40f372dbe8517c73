// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/mapping/MappingSet.h"

#include <QUndoCommand>

namespace ui {

class MappingTableModel;

/// One undoable change of a mapping set table: a row added, removed or moved, or one cell
/// edited. Consecutive edits of the same cell merge into one step.
class MappingCommand : public QUndoCommand
{
public:
    enum class Kind
    {
        Insert,
        Remove,
        Move,
        Edit
    };

    static MappingCommand *insert(MappingTableModel *model, int row, const core::Mapping &mapping);
    static MappingCommand *remove(MappingTableModel *model, int row);
    static MappingCommand *move(MappingTableModel *model, int from, int to);
    static MappingCommand *edit(MappingTableModel *model, int row, int column,
                                const QString &value);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    MappingCommand(MappingTableModel *model, Kind kind, const QString &text);

    MappingTableModel *m_model;
    Kind m_kind;
    int m_row = 0;
    int m_target = 0;
    int m_column = 0;
    core::Mapping m_mapping;
    QString m_before;
    QString m_after;
};

} // namespace ui
