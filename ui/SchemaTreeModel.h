// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace core::xdm {
class Schema;
struct Field;
} // namespace core::xdm

namespace ui {

/// A resolved XDM schema as a tree: each field with its type, a required mark, and identity
/// and primary identity marks from the schema's identity descriptors. The model copies what it
/// shows, so it does not depend on the schema living on.
class SchemaTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        MarksColumn,
        TitleColumn,
        ColumnCount
    };
    static constexpr int PathRole = Qt::UserRole + 1;

    explicit SchemaTreeModel(QObject *parent = nullptr);
    ~SchemaTreeModel() override;

    void setSchema(const core::xdm::Schema *schema);
    /// Every field's dotted path and type, in tree order, for destination completion.
    QList<QPair<QString, QString>> fieldPaths() const;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node;
    void addChildren(Node *node, const core::xdm::Field &field, const core::xdm::Schema &schema);
    Node *nodeOf(const QModelIndex &index) const;

    std::unique_ptr<Node> m_root;
};

} // namespace ui
