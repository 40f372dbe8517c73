// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <QStyledItemDelegate>

class QStandardItemModel;

namespace ui {

/// Editors of the mapping table's cells: a choice of source type, and line edits that
/// complete source paths from the payload and destination paths (with their types) from the
/// schema.
class MappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MappingDelegate(QObject *parent = nullptr);

    void setSourcePaths(const QStringList &paths);
    /// Each entry is a dotted path and its XDM type.
    void setDestinationPaths(const QList<QPair<QString, QString>> &paths);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QStandardItemModel *m_sources;
    QStandardItemModel *m_destinations;
};

} // namespace ui
