// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/workspace/SavedCase.h"

#include <QTreeWidget>

#include <memory>

namespace core {
class Workspace;
}

namespace ui {

/// The workspace's contents as a tree: flows, payloads, mapping sets, schemas and cases.
/// Payload and mapping files can be created, renamed, duplicated and deleted from it.
class WorkspacePanel : public QTreeWidget
{
    Q_OBJECT

public:
    static constexpr int PathRole = Qt::UserRole + 1;
    static constexpr int KindRole = Qt::UserRole + 2;
    static constexpr int FlowRole = Qt::UserRole + 3;
    /// On case items: "passed" or "failed" once the cases have been run, empty before.
    static constexpr int CaseStateRole = Qt::UserRole + 4;

    explicit WorkspacePanel(QWidget *parent = nullptr);

    void setWorkspace(std::shared_ptr<const core::Workspace> workspace);
    /// The item of a file, or nullptr.
    QTreeWidgetItem *itemForPath(const QString &path) const;

    /// File operations on payloads and mapping sets; each returns the new path or an empty
    /// string when nothing was done.
    QString createFile(const QString &kind, const QString &name);
    QString renameFile(const QString &path, const QString &newName);
    QString duplicateFile(const QString &path);
    bool deleteFile(const QString &path);

signals:
    void fileActivated(const QString &kind, const QString &path);
    void flowActivated(const QString &flowId);
    /// Files were added, renamed or removed: the workspace should be read again.
    void filesChanged();
    void fileRenamed(const QString &from, const QString &to);
    void fileDeleted(const QString &path);
    /// The workspace's saved cases were run and their items marked.
    void casesChecked(int passed, int failed);

private:
    void addGroup(const QString &kind, const QString &title);
    void addFlows();
    void checkCases();
    void markCases(const std::vector<core::CaseOutcome> &outcomes);
    void showContextMenu(const QPoint &position);
    void activate(QTreeWidgetItem *item);
    void askNew(const QString &kind);
    void askRename(const QString &path);
    void askDelete(const QString &path);

    std::shared_ptr<const core::Workspace> m_workspace;
    int m_caseGeneration = 0;
};

} // namespace ui
