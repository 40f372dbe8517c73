// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "ProblemsView.h"

#include "ui/ProblemsModel.h"

#include <QHeaderView>

namespace ui {

ProblemsView::ProblemsView(QWidget *parent)
    : QTreeView(parent)
    , m_model(new ProblemsModel(this))
{
    setModel(m_model);
    setObjectName(QStringLiteral("problemsView"));
    setAccessibleName(tr("Problems"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(ProblemsModel::RuleColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(ProblemsModel::PlaceColumn, QHeaderView::ResizeToContents);

    connect(this, &QTreeView::activated, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(this, &QTreeView::clicked, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });
}

void ProblemsView::setProblems(const core::Problems &problems)
{
    m_model->setProblems(problems);
}

void ProblemsView::activateRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    setCurrentIndex(m_model->index(row, 0));
    emit problemActivated(m_model->problem(row));
}

void ProblemsView::activateNext()
{
    const int count = m_model->rowCount();
    if (count == 0) {
        return;
    }
    const int current = currentIndex().isValid() ? currentIndex().row() : -1;
    activateRow((current + 1) % count);
}

} // namespace ui
