// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Problem.h"
#include "core/Result.h"
#include "core/mapping/FieldTrace.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;

namespace core {
class MappingSet;
}

namespace ui {

class ExpressionEditor;
class MappingDelegate;
class MappingTableModel;
struct FunctionHelp;

/// The mapping set being written: its rows as an editable table with undo, the source of the
/// selected row in an expression editor, and where the selected destination got its value.
class MappingPane : public QWidget
{
    Q_OBJECT

public:
    explicit MappingPane(QWidget *parent = nullptr);
    ~MappingPane() override;

    MappingTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ExpressionEditor *expressionEditor() const { return m_expression; }
    QLabel *traceLabel() const { return m_trace; }

    /// Reads a mapping set in any form Data Prep knows; problems of its rows are returned.
    core::Result<core::Problems> openFile(const QString &path);
    /// Shows a mapping set that is not saved yet (recovered from the journal).
    void setUnsavedMappingSet(const core::MappingSet &mappingSet, const QString &path);
    core::Result<void> save();
    /// Writes the Data Prep API form ({name, outputSchema, mappings}) to a file.
    core::Result<void> exportTo(const QString &path) const;
    core::Result<core::Problems> importFrom(const QString &path);

    QString path() const { return m_path; }
    QString title() const;
    bool isModified() const;
    /// The rows as they are now, as the Data Prep API form.
    QString text() const;
    std::shared_ptr<const core::MappingSet> snapshot() const;

    void setProblems(const core::Problems &problems);
    void setTraces(const std::vector<core::FieldTrace> &traces);
    void selectRow(int row);
    int currentRow() const;

    void setSourcePaths(const QStringList &paths);
    void setDestinationPaths(const QList<QPair<QString, QString>> &paths);
    void setFunctions(const QList<FunctionHelp> &functions);

signals:
    void mappingChanged();
    void modificationChanged(bool modified);
    void statusMessage(const QString &message);

private:
    QWidget *createToolBar();
    QWidget *createSourceArea();
    void connectModel();
    void addRow();
    void removeRow();
    void moveRow(int delta);
    void showCurrentRow();
    void commitExpression();
    void showTrace();
    void updateTitle();

    MappingTableModel *m_model;
    MappingDelegate *m_delegate;
    QTableView *m_table;
    ExpressionEditor *m_expression;
    QLabel *m_titleLabel;
    QLabel *m_sourceLabel;
    QLabel *m_trace;
    QString m_path;
    std::vector<core::FieldTrace> m_traces;
    bool m_unsaved = false;
    bool m_syncing = false;
};

} // namespace ui
