// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "MappingDelegate.h"

#include "ui/MappingTableModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace ui {

MappingDelegate::MappingDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_sources(new QStandardItemModel(this))
    , m_destinations(new QStandardItemModel(this))
{}

void MappingDelegate::setSourcePaths(const QStringList &paths)
{
    m_sources->clear();
    for (const QString &path : paths) {
        m_sources->appendRow(new QStandardItem(path));
    }
}

void MappingDelegate::setDestinationPaths(const QList<QPair<QString, QString>> &paths)
{
    m_destinations->clear();
    for (const auto &[path, type] : paths) {
        auto *item = new QStandardItem(QStringLiteral("%1  (%2)").arg(path, type));
        item->setData(path, Qt::EditRole);
        m_destinations->appendRow(item);
    }
}

QWidget *MappingDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    if (index.column() == MappingTableModel::SourceTypeColumn) {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(tr("Source type"));
        for (const auto type : {core::SourceType::Attribute, core::SourceType::Expression,
                                core::SourceType::Static}) {
            combo->addItem(MappingTableModel::sourceTypeText(type));
        }
        return combo;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    auto *line = qobject_cast<QLineEdit *>(editor);
    QStandardItemModel *paths = index.column() == MappingTableModel::SourceColumn ? m_sources
                                : index.column() == MappingTableModel::DestinationColumn
                                    ? m_destinations
                                    : nullptr;
    if (line && paths) {
        auto *completer = new QCompleter(paths, line);
        completer->setCompletionRole(Qt::EditRole);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        line->setCompleter(completer);
    }
    return editor;
}

void MappingDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void MappingDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace ui
