// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace core::xdm {
class Schema;
}

namespace ui {

class SchemaTreeModel;

/// The target schema as a searchable tree. Searching keeps the ancestors of every match.
class SchemaView : public QWidget
{
    Q_OBJECT

public:
    explicit SchemaView(QWidget *parent = nullptr);

    void setSchema(std::shared_ptr<const core::xdm::Schema> schema, const QString &path);
    std::shared_ptr<const core::xdm::Schema> schema() const { return m_schema; }
    QString path() const { return m_path; }

    SchemaTreeModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *searchField() const { return m_search; }
    QTreeView *tree() const { return m_tree; }

signals:
    /// A field was double-clicked: its dotted path.
    void fieldActivated(const QString &path);

private:
    void applyFilter(const QString &text);

    std::shared_ptr<const core::xdm::Schema> m_schema;
    QString m_path;
    SchemaTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_tree;
    QLabel *m_title;
};

} // namespace ui
