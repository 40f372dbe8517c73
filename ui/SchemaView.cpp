// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "SchemaView.h"

#include "core/xdm/Schema.h"
#include "ui/SchemaTreeModel.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace ui {

SchemaView::SchemaView(QWidget *parent)
    : QWidget(parent)
    , m_model(new SchemaTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_title(new QLabel(this))
{
    setObjectName(QStringLiteral("schemaView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_search->setObjectName(QStringLiteral("schemaSearch"));
    m_search->setPlaceholderText(tr("Search fields"));
    m_search->setAccessibleName(tr("Search the schema"));
    m_search->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("schemaTree"));
    m_tree->setAccessibleName(tr("Schema fields"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setColumnWidth(SchemaTreeModel::NameColumn, 190);
    m_tree->setColumnWidth(SchemaTreeModel::TypeColumn, 90);
    m_title->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_title);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);

    connect(m_search, &QLineEdit::textChanged, this, &SchemaView::applyFilter);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        emit fieldActivated(index.data(SchemaTreeModel::PathRole).toString());
    });
    setSchema(nullptr, QString());
}

void SchemaView::setSchema(std::shared_ptr<const core::xdm::Schema> schema, const QString &path)
{
    m_schema = std::move(schema);
    m_path = path;
    m_model->setSchema(m_schema.get());
    m_title->setText(m_schema ? tr("Schema: %1").arg(core::toQString(m_schema->title()))
                              : tr("No schema loaded."));
    m_title->setToolTip(path);
    m_tree->expandToDepth(0);
}

void SchemaView::applyFilter(const QString &text)
{
    m_proxy->setFilterFixedString(text);
    if (!text.isEmpty()) {
        m_tree->expandAll();
    }
}

} // namespace ui
