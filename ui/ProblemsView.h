// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Problem.h"

#include <QTreeView>

namespace ui {

class ProblemsModel;

/// The list of problems under the preview. Activating a problem asks the window to show its
/// place; F8 steps through them.
class ProblemsView : public QTreeView
{
    Q_OBJECT

public:
    explicit ProblemsView(QWidget *parent = nullptr);

    ProblemsModel *problemsModel() const { return m_model; }
    void setProblems(const core::Problems &problems);

    /// Selects and activates the problem after the current one, wrapping around.
    void activateNext();
    /// Activates the problem in a row, as a click does.
    void activateRow(int row);

signals:
    void problemActivated(const core::Problem &problem);

private:
    ProblemsModel *m_model;
};

} // namespace ui
