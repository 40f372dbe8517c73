// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Problem.h"

#include <QAbstractTableModel>

namespace ui {

/// The problems of the last preview: rule with its severity, message and place.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RuleColumn,
        MessageColumn,
        PlaceColumn,
        ColumnCount
    };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setProblems(const core::Problems &problems);
    const core::Problems &problems() const { return m_problems; }
    const core::Problem &problem(int row) const { return m_problems.at(size_t(row)); }

    /// "3 errors, 1 warning" or "No problems".
    QString summary() const;
    /// Where a problem is, as the list shows it: "payload 4:17", "mapping row 3", ...
    static QString placeText(const core::Problem &problem);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    core::Problems m_problems;
};

} // namespace ui
