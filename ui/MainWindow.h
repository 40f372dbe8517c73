// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Problem.h"
#include "core/Result.h"
#include "core/emulation/ProfileStore.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;

namespace core {
class Workspace;
}

namespace ui {

class MappingPane;
class PayloadPane;
class PreviewController;
class PreviewPane;
class ProblemsView;
class SchemaView;
class SessionJournal;
class WorkspacePanel;
struct PreviewOutcome;

/// The workbench: the workspace and schema on the left, the payload and the mapping set in
/// the middle, the preview and its problems on the right. Each area is its own widget; the
/// window wires them together, keeps the layout and guards unsaved work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a workspace folder: the given one, else the last one, else the sample workspace;
    /// then offers back journaled edits.
    void start(const QString &workspaceDirectory);
    core::Result<void> openWorkspace(const QString &directory);
    void openFlow(const QString &flowId);
    void openFile(const QString &kind, const QString &path);
    /// File -> Compare: two JSON files side by side.
    void compareFiles();
    /// What the last edit changed: the last preview against the one before, in a diff view.
    void compareWithPreviousPreview();
    /// Keeps the current preview of the open payload as a saved case (cases/NAME.json).
    /// Returns the case file, or an empty string when there is nothing to save.
    QString saveAsCase();
    /// The last opened case's expected messages and problems against the current preview.
    void compareWithCase();

    /// Tries every preview on the emulated profile store in folder (a dry run), shown in the
    /// Stored profile tab; an empty folder stops.
    void useProfileStore(const QString &folder);
    /// Applies the current preview's messages to the profile store for real.
    core::Result<core::emulation::Outcome> applyToStore();

    /// Asks to save unsaved documents; false when the user cancelled.
    bool confirmUnsavedLoss();
    bool saveAll();

    PayloadPane *payloadPane() const { return m_payload; }
    MappingPane *mappingPane() const { return m_mapping; }
    PreviewPane *previewPane() const { return m_preview; }
    ProblemsView *problemsView() const { return m_problems; }
    SchemaView *schemaView() const { return m_schema; }
    WorkspacePanel *workspacePanel() const { return m_workspacePanel; }
    PreviewController *previewController() const { return m_controller; }
    SessionJournal *sessionJournal() const { return m_journal; }
    std::shared_ptr<const core::Workspace> workspace() const { return m_workspace; }
    /// How many previews have been shown since the window opened.
    int previewsShown() const { return m_previewsShown; }
    /// The messages and problems of the last two previews, in the form saved cases compare.
    std::shared_ptr<const core::Json> currentReport() const { return m_currentReport; }
    std::shared_ptr<const core::Json> previousReport() const { return m_previousReport; }

signals:
    void previewShown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPanes();
    void createLayout();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createEmulationMenu();
    void chooseProfileStore();
    void createStatusBar();
    void connectPanes();
    void restoreLayout();
    void saveLayout() const;
    void updateRecentMenu();

    void chooseWorkspace();
    void reloadWorkspace();
    void loadSchema(const QString &path);
    void openCase(const QString &path);
    void showOutcome(std::shared_ptr<const PreviewOutcome> outcome);
    void showProblem(const core::Problem &problem);
    void showStatus(const QString &message);
    void updateWindowTitle();
    void savePayloadAs();
    void importMappingSet();
    void exportMappingSet();

    std::shared_ptr<const core::Workspace> m_workspace;
    std::shared_ptr<const PreviewOutcome> m_lastOutcome;
    WorkspacePanel *m_workspacePanel = nullptr;
    SchemaView *m_schema = nullptr;
    PayloadPane *m_payload = nullptr;
    MappingPane *m_mapping = nullptr;
    PreviewPane *m_preview = nullptr;
    ProblemsView *m_problems = nullptr;
    PreviewController *m_controller = nullptr;
    SessionJournal *m_journal = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    QList<QSplitter *> m_splitters;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_flowLabel = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QString m_flowId;
    int m_previewsShown = 0;
    std::shared_ptr<const core::Json> m_currentReport;
    std::shared_ptr<const core::Json> m_previousReport;
    QString m_openCasePath;
};

} // namespace ui
