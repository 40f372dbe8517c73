// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Problem.h"
#include "core/mapping/MappingSet.h"

#include <QAbstractTableModel>

class QUndoStack;

namespace ui {

/// The rows of a mapping set as a table: source type, source, destination, description.
/// Every change goes through the undo stack; the first column shows each row's status from the
/// pipeline's problems that carry its mapping index.
class MappingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SourceTypeColumn,
        SourceColumn,
        DestinationColumn,
        DescriptionColumn,
        ColumnCount
    };
    /// The worst severity of a row's problems as an int, or -1 when it has none.
    static constexpr int SeverityRole = Qt::UserRole + 1;

    explicit MappingTableModel(QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_undoStack; }

    /// Shows a new mapping set; the undo history starts afresh.
    void setMappingSet(const core::MappingSet &mappingSet);
    const core::MappingSet &mappingSet() const { return m_mappingSet; }

    /// Keeps the problems that belong to a row (mappingIndex >= 0).
    void setProblems(const core::Problems &problems);
    core::Problems problemsOf(int row) const;

    // Undoable edits.
    void addMapping(int row, const core::Mapping &mapping);
    void removeMapping(int row);
    void moveMapping(int from, int to);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Applied by MappingCommand on redo and undo; they bypass the undo stack.
    void insertNow(int row, const core::Mapping &mapping);
    void removeNow(int row);
    void moveNow(int from, int to);
    void setFieldNow(int row, int column, const QString &value);
    QString fieldText(int row, int column) const;

    static QString sourceTypeText(core::SourceType type);
    static std::optional<core::SourceType> sourceTypeFromText(const QString &text);

signals:
    /// Any change of the rows, by an edit, an undo or a redo.
    void mappingChanged();

private:
    QVariant statusData(int row, int role) const;

    core::MappingSet m_mappingSet;
    QList<core::Problems> m_rowProblems;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace ui
