// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "MainWindow.h"

#include "core/Logging.h"
#include "core/expr/Expression.h"
#include "core/json/JsonDocument.h"
#include "core/workspace/SavedCase.h"
#include "core/workspace/Workspace.h"
#include "core/xdm/Schema.h"
#include "ui/ExpressionEditor.h"
#include "ui/JsonEditor.h"
#include "ui/MappingPane.h"
#include "ui/MappingTableModel.h"
#include "ui/PayloadPane.h"
#include "ui/PreviewController.h"
#include "ui/PreviewPane.h"
#include "ui/ProblemsModel.h"
#include "ui/ProblemsView.h"
#include "ui/Prompter.h"
#include "ui/SchemaTreeModel.h"
#include "ui/SchemaView.h"
#include "ui/SessionJournal.h"
#include "ui/Settings.h"
#include "ui/TextFile.h"
#include "ui/WorkspacePanel.h"
#include "ui/diff/CompareDialog.h"
#include "ui/diff/DiffView.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

QList<FunctionHelp> catalogueHelp()
{
    QList<FunctionHelp> out;
    const core::Json catalogue = core::expr::functionCatalogue();
    for (const core::Json &entry : catalogue) {
        if (!entry.is_object() || !entry.contains("function")) {
            continue;
        }
        FunctionHelp help;
        help.name = core::toQString(entry.value("function", std::string()));
        help.syntax = core::toQString(entry.value("syntax", std::string()));
        help.description = core::toQString(entry.value("description", std::string()));
        out.append(help);
    }
    return out;
}

QSplitter *namedSplitter(Qt::Orientation orientation, const QString &name, QWidget *parent)
{
    auto *splitter = new QSplitter(orientation, parent);
    splitter->setObjectName(name);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/patchbay/icons/patchbay.svg")));
    createPanes();
    createLayout();
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createEmulationMenu();
    createStatusBar();
    connectPanes();
    restoreLayout();
    updateWindowTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanes()
{
    m_workspacePanel = new WorkspacePanel(this);
    m_schema = new SchemaView(this);
    m_payload = new PayloadPane(this);
    m_mapping = new MappingPane(this);
    m_preview = new PreviewPane(this);
    m_problems = new ProblemsView(this);
    m_controller = new PreviewController(this);
    m_journal = new SessionJournal(m_payload, m_mapping, this);
    m_mapping->setFunctions(catalogueHelp());
}

void MainWindow::createLayout()
{
    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->setAccessibleName(tr("Workspace and schema"));
    m_sideTabs->setDocumentMode(true);
    m_sideTabs->addTab(m_workspacePanel, tr("Workspace"));
    m_sideTabs->addTab(m_schema, tr("Schema"));

    auto *main = namedSplitter(Qt::Horizontal, QStringLiteral("mainSplitter"), this);
    auto *centre = namedSplitter(Qt::Vertical, QStringLiteral("editorSplitter"), main);
    auto *right = namedSplitter(Qt::Vertical, QStringLiteral("previewSplitter"), main);
    centre->addWidget(m_payload);
    centre->addWidget(m_mapping);
    right->addWidget(m_preview);

    auto *problemsBox = new QWidget(right);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->setSpacing(2);
    m_problemsLabel = new QLabel(tr("Problems"), problemsBox);
    m_problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    problemsLayout->addWidget(m_problemsLabel);
    problemsLayout->addWidget(m_problems, 1);
    right->addWidget(problemsBox);

    main->addWidget(m_sideTabs);
    main->addWidget(centre);
    main->addWidget(right);
    main->setSizes({280, 620, 500});
    main->setStretchFactor(1, 3);
    main->setStretchFactor(2, 2);
    centre->setSizes({480, 420});
    right->setSizes({600, 300});
    m_splitters = {main, centre, right};
    setCentralWidget(main);
}

void MainWindow::createFileMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&File"));
    menu->addAction(tr("&Open Workspace..."), QKeySequence::Open, this,
                    &MainWindow::chooseWorkspace);
    m_recentMenu = menu->addMenu(tr("Recent Workspaces"));
    updateRecentMenu();
    menu->addAction(tr("Open &Sample Workspace"), this, [this] {
        if (confirmUnsavedLoss()) {
            (void)openWorkspace(core::Workspace::sampleDirectory());
        }
    });
    menu->addSeparator();
    menu->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::saveAll);
    menu->addAction(tr("Save Payload &As..."), QKeySequence::SaveAs, this,
                    &MainWindow::savePayloadAs);
    menu->addAction(tr("&Import Mapping Set..."), this, &MainWindow::importMappingSet);
    menu->addAction(tr("&Export Mapping Set..."), this, &MainWindow::exportMappingSet);
    menu->addSeparator();
    menu->addAction(tr("&Compare Files..."), this, &MainWindow::compareFiles);
    menu->addAction(tr("Compare With &Previous Preview"), QKeySequence(Qt::CTRL | Qt::Key_D), this,
                    &MainWindow::compareWithPreviousPreview);
    menu->addAction(tr("Compare With Opened &Case"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                    this, &MainWindow::compareWithCase);
    menu->addAction(tr("Save Preview As Ca&se"), this, [this] { (void)saveAsCase(); });
    menu->addSeparator();
    menu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::createEditMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Edit"));
    menu->addAction(tr("&Find..."), QKeySequence::Find, m_payload, &PayloadPane::openFind);
    menu->addAction(tr("F&ormat Payload"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this,
                    [this] { (void)m_payload->format(); });
    menu->addAction(tr("&Minify Payload"), this, [this] { (void)m_payload->minify(); });
    menu->addSeparator();
    menu->addAction(tr("&Run Preview"), QKeySequence(Qt::CTRL | Qt::Key_R), m_controller,
                    &PreviewController::runNow);
    menu->addAction(tr("&Next Problem"), QKeySequence(Qt::Key_F8), m_problems,
                    &ProblemsView::activateNext);
}

void MainWindow::createViewMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&View"));
    menu->addAction(tr("&Workspace"), this,
                    [this] { m_sideTabs->setCurrentWidget(m_workspacePanel); });
    menu->addAction(tr("&Schema"), this, [this] { m_sideTabs->setCurrentWidget(m_schema); });
    const QStringList tabs = {tr("Profile message"), tr("Identity message"), tr("JSON Patch view"),
                              tr("Mapped entity"), tr("Stored profile")};
    for (int tab = 0; tab < tabs.size(); ++tab) {
        menu->addAction(tabs.at(tab), QKeySequence(Qt::ALT | (Qt::Key_1 + tab)), this,
                        [this, tab] { m_preview->tabs()->setCurrentIndex(tab); });
    }
}

void MainWindow::createEmulationMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("E&mulation"));
    menu->addAction(tr("Use &Profile Store..."), this, &MainWindow::chooseProfileStore);
    menu->addAction(tr("&Stop Using the Profile Store"), this, [this] { useProfileStore({}); });
    menu->addSeparator();
    menu->addAction(tr("&Apply Payload to the Store"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y), this,
                    [this] { (void)applyToStore(); });
}

void MainWindow::chooseProfileStore()
{
    const QString start = m_controller->storeFolder().isEmpty()
                              ? (m_workspace ? m_workspace->directory() : QString())
                              : m_controller->storeFolder();
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder of the emulated profile store"), start);
    if (!folder.isEmpty()) {
        useProfileStore(folder);
    }
}

void MainWindow::useProfileStore(const QString &folder)
{
    m_controller->setStoreFolder(folder);
    if (m_workspace) {
        m_controller->runNow();
    }
    showStatus(folder.isEmpty() ? tr("No profile store in use.")
                                : tr("Previews are tried on the profile store in %1.").arg(folder));
    if (!folder.isEmpty()) {
        m_preview->tabs()->setCurrentIndex(PreviewPane::StoredProfileTab);
    }
}

core::Result<core::emulation::Outcome> MainWindow::applyToStore()
{
    const QString folder = m_controller->storeFolder();
    if (folder.isEmpty() || !m_lastOutcome || !m_lastOutcome->ok()) {
        const QString why = folder.isEmpty() ? tr("Choose a profile store first (Emulation "
                                                  "\u2192 Use Profile Store).")
                                             : tr("There is no preview to apply yet.");
        showStatus(why);
        return core::Error(core::ErrorCode::InvalidArgument, why);
    }
    auto store = core::emulation::ProfileStore::open(folder);
    core::Result<core::emulation::Outcome> outcome =
        store ? (*store)->apply(m_lastOutcome->result) : store.error();
    if (!outcome) {
        showStatus(tr("The profile store refused: %1").arg(outcome.error().message()));
        return outcome;
    }
    showStatus(outcome->applied
                   ? tr("Applied to the profile store: %1.")
                         .arg(core::toQString(outcome->profileKey.text()))
                   : tr("Nothing was applied: the payload has errors or no primary identity."));
    m_controller->runNow(); // the dry run now starts from the new state
    return outcome;
}

void MainWindow::createStatusBar()
{
    m_flowLabel = new QLabel(statusBar());
    m_flowLabel->setObjectName(QStringLiteral("flowLabel"));
    statusBar()->addPermanentWidget(m_flowLabel);
    showStatus(tr("Ready"));
}

void MainWindow::connectPanes()
{
    connect(m_payload, &PayloadPane::textEdited, this,
            [this] { m_controller->setPayloadText(m_payload->text()); });
    connect(m_mapping, &MappingPane::mappingChanged, this,
            [this] { m_controller->setMappingSet(m_mapping->snapshot()); });
    connect(m_payload, &PayloadPane::modificationChanged, this, &MainWindow::updateWindowTitle);
    connect(m_mapping, &MappingPane::modificationChanged, this, &MainWindow::updateWindowTitle);
    connect(m_payload, &PayloadPane::statusMessage, this, &MainWindow::showStatus);
    connect(m_mapping, &MappingPane::statusMessage, this, &MainWindow::showStatus);
    connect(m_controller, &PreviewController::resultReady, this, &MainWindow::showOutcome);
    connect(m_problems, &ProblemsView::problemActivated, this, &MainWindow::showProblem);
    connect(m_workspacePanel, &WorkspacePanel::fileActivated, this, &MainWindow::openFile);
    connect(m_workspacePanel, &WorkspacePanel::flowActivated, this, &MainWindow::openFlow);
    connect(m_workspacePanel, &WorkspacePanel::filesChanged, this, &MainWindow::reloadWorkspace);
    connect(m_workspacePanel, &WorkspacePanel::fileDeleted, this, [this](const QString &path) {
        if (path == m_payload->path()) {
            m_payload->setUnsavedText(m_payload->text(), QString(), tr("Deleted payload"));
        }
    });
    connect(m_schema, &SchemaView::fieldActivated, this, [this](const QString &path) {
        const int row = m_mapping->currentRow();
        if (row >= 0) {
            m_mapping->model()->setData(
                m_mapping->model()->index(row, MappingTableModel::DestinationColumn), path);
        }
    });
}

void MainWindow::restoreLayout()
{
    resize(Settings::kDefaultWidth, Settings::kDefaultHeight);
    restoreGeometry(Settings::windowGeometry());
    restoreState(Settings::windowState());
    for (QSplitter *splitter : std::as_const(m_splitters)) {
        const QByteArray state = Settings::splitterState(splitter->objectName());
        if (!state.isEmpty()) {
            splitter->restoreState(state);
        }
    }
}

void MainWindow::saveLayout() const
{
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    for (const QSplitter *splitter : m_splitters) {
        Settings::setSplitterState(splitter->objectName(), splitter->saveState());
    }
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentWorkspaces();
    for (const QString &directory : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(directory), this, [this, directory] {
            if (confirmUnsavedLoss()) {
                (void)openWorkspace(directory);
            }
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::start(const QString &workspaceDirectory)
{
    QString directory = workspaceDirectory;
    if (directory.isEmpty()) {
        directory = Settings::lastWorkspace();
    }
    if (directory.isEmpty() || !QFileInfo::exists(directory)) {
        directory = core::Workspace::sampleDirectory();
    }
    if (core::Result<void> opened = openWorkspace(directory); !opened) {
        Prompter::warn(this, QStringLiteral("workspace-error"), tr("Open workspace"),
                       opened.error().message());
    }
    m_journal->offerRecovery(this);
    m_controller->setPayloadText(m_payload->text());
    m_controller->setMappingSet(m_mapping->snapshot());
    m_controller->runNow();
}

core::Result<void> MainWindow::openWorkspace(const QString &directory)
{
    core::Result<core::Workspace> opened = core::Workspace::open(directory);
    if (!opened) {
        return opened.error();
    }
    m_workspace = std::make_shared<const core::Workspace>(std::move(opened).value());
    qCInfo(lcUi) << "opened workspace" << directory;
    Settings::addRecentWorkspace(m_workspace->directory());
    Settings::setLastWorkspace(m_workspace->directory());
    updateRecentMenu();
    m_journal->setWorkspace(m_workspace->directory());
    m_workspacePanel->setWorkspace(m_workspace);
    m_payload->setWorkspace(m_workspace);
    m_controller->setWorkspace(m_workspace);

    const QStringList payloads = m_workspace->files(QStringLiteral("payloads"));
    if (!payloads.isEmpty()) {
        // Start on a payload that works; the sample's broken ones are there to be explored.
        const auto working = std::find_if(payloads.begin(), payloads.end(), [](const QString &p) {
            return !QFileInfo(p).fileName().startsWith(QLatin1String("broken"));
        });
        openFile(QStringLiteral("payloads"),
                 working != payloads.end() ? *working : payloads.first());
    }
    if (!m_workspace->flows().empty()) {
        openFlow(core::toQString(m_workspace->flows().front().id));
    }
    updateWindowTitle();
    return {};
}

void MainWindow::reloadWorkspace()
{
    core::Result<core::Workspace> opened = core::Workspace::open(m_workspace->directory());
    if (!opened) {
        showStatus(opened.error().message());
        return;
    }
    m_workspace = std::make_shared<const core::Workspace>(std::move(opened).value());
    m_workspacePanel->setWorkspace(m_workspace);
    m_payload->setWorkspace(m_workspace);
    m_controller->setWorkspace(m_workspace);
}

void MainWindow::chooseWorkspace()
{
    if (!confirmUnsavedLoss()) {
        return;
    }
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Open Workspace"));
    if (directory.isEmpty()) {
        return;
    }
    if (core::Result<void> opened = openWorkspace(directory); !opened) {
        Prompter::warn(this, QStringLiteral("workspace-error"), tr("Open workspace"),
                       opened.error().message());
    }
}

void MainWindow::openFlow(const QString &flowId)
{
    const core::FlowConfig *flow =
        m_workspace ? m_workspace->flow(core::toStdString(flowId)) : nullptr;
    if (!flow) {
        return;
    }
    m_flowId = flowId;
    if (flow->mappingFile != m_mapping->path()) {
        openFile(QStringLiteral("mappings"), flow->mappingFile);
    }
    loadSchema(flow->schemaFile);
    m_flowLabel->setText(
        tr("Flow: %1").arg(flow->name.empty() ? flowId : core::toQString(flow->name)));
}

void MainWindow::loadSchema(const QString &path)
{
    core::Result<core::xdm::Schema> schema =
        core::xdm::Schema::fromFile(path, core::xdm::SchemaLibrary::bundled());
    if (!schema) {
        showStatus(tr("Cannot load the schema: %1").arg(schema.error().message()));
        return;
    }
    auto shared = std::make_shared<const core::xdm::Schema>(std::move(schema).value());
    m_schema->setSchema(shared, path);
    m_mapping->setDestinationPaths(m_schema->model()->fieldPaths());
    m_controller->setSchema(shared);
}

void MainWindow::openFile(const QString &kind, const QString &path)
{
    if (kind == QLatin1String("schemas")) {
        loadSchema(path);
        m_sideTabs->setCurrentWidget(m_schema);
        return;
    }
    if (kind == QLatin1String("cases")) {
        openCase(path);
        return;
    }
    const bool payload = kind == QLatin1String("payloads");
    if (payload ? m_payload->isModified() : m_mapping->isModified()) {
        const auto answer = Prompter::ask(
            this, QStringLiteral("unsaved-document"), tr("Unsaved edits"),
            tr("%1 has unsaved edits. Save them before opening another file?")
                .arg(payload ? m_payload->title() : m_mapping->title()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel ||
            (answer == QMessageBox::Save && !(payload ? m_payload->save() : m_mapping->save()))) {
            return;
        }
    }
    if (payload) {
        if (core::Result<void> opened = m_payload->openFile(path); !opened) {
            showStatus(opened.error().message());
        }
        m_controller->setPayloadText(m_payload->text());
        return;
    }
    core::Result<core::Problems> opened = m_mapping->openFile(path);
    if (!opened) {
        showStatus(opened.error().message());
    }
    m_controller->setMappingSet(m_mapping->snapshot());
}

void MainWindow::openCase(const QString &path)
{
    m_openCasePath = path;
    core::Result<core::JsonDocument> parsed = core::JsonDocument::fromFile(path);
    const core::Json *payload =
        parsed && parsed->root().is_object() && parsed->root().contains("payload")
            ? &parsed->root().at("payload")
            : nullptr;
    // A case names its payload file, or holds the payload itself.
    if (payload && payload->is_string() && m_workspace) {
        openFile(QStringLiteral("payloads"),
                 m_workspace->path(core::toQString(payload->get<std::string>())));
        return;
    }
    if (!payload || !payload->is_object()) {
        showStatus(tr("%1 holds no payload.").arg(QFileInfo(path).fileName()));
        return;
    }
    if (confirmUnsavedLoss()) {
        m_payload->setUnsavedText(core::toQString(core::dumpJson(*payload, 2)) + QLatin1Char('\n'),
                                  QString(), tr("Case %1").arg(QFileInfo(path).completeBaseName()));
        m_controller->setPayloadText(m_payload->text());
    }
}

void MainWindow::showOutcome(std::shared_ptr<const PreviewOutcome> outcome)
{
    m_lastOutcome = outcome;
    core::Problems problems = outcome->result.problems;
    if (!outcome->ok()) {
        core::Problem failure;
        failure.rule = QStringLiteral("W00");
        failure.origin = core::ProblemOrigin::Workspace;
        failure.message = outcome->error;
        problems = {failure};
        m_preview->showFailure(outcome->error);
    } else {
        m_preview->showResult(outcome->result);
        m_preview->showStoredProfile(outcome->emulation, outcome->emulationError,
                                     m_controller->storeFolder());
        m_previousReport = m_currentReport;
        m_currentReport =
            std::make_shared<const core::Json>(core::SavedCase::comparable(outcome->result));
    }
    m_problems->setProblems(problems);
    m_problemsLabel->setText(tr("Problems: %1").arg(m_problems->problemsModel()->summary()));
    m_payload->setProblems(problems);
    m_mapping->setProblems(problems);
    m_mapping->setTraces(outcome->result.traces);
    m_mapping->setSourcePaths(outcome->sourcePaths);
    ++m_previewsShown;
    emit previewShown();
}

void MainWindow::showProblem(const core::Problem &problem)
{
    if (problem.mappingIndex >= 0) {
        m_mapping->selectRow(problem.mappingIndex);
        m_mapping->table()->setFocus();
        return;
    }
    if (problem.origin == core::ProblemOrigin::Payload && problem.line > 0) {
        m_payload->goTo(problem.line, problem.column);
    }
    showStatus(problem.message);
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::updateWindowTitle()
{
    const QString name = m_workspace ? m_workspace->name() : tr("No workspace");
    const bool modified = m_payload->isModified() || m_mapping->isModified();
    setWindowTitle(tr("%1%2 - Patchbay").arg(name, modified ? QStringLiteral(" *") : QString()));
}

bool MainWindow::saveAll()
{
    if (m_payload->isModified() && m_payload->path().isEmpty()) {
        savePayloadAs();
    }
    bool ok = true;
    for (core::Result<void> saved :
         {m_payload->isModified() ? m_payload->save() : core::Result<void>(),
          m_mapping->isModified() ? m_mapping->save() : core::Result<void>()}) {
        if (!saved) {
            Prompter::warn(this, QStringLiteral("save-error"), tr("Save"), saved.error().message());
            ok = false;
        }
    }
    m_journal->forgetSaved();
    updateWindowTitle();
    showStatus(ok ? tr("Saved.") : tr("Some files could not be saved."));
    return ok;
}

bool MainWindow::confirmUnsavedLoss()
{
    if (!m_payload->isModified() && !m_mapping->isModified()) {
        return true;
    }
    const auto answer = Prompter::ask(
        this, QStringLiteral("unsaved-changes"), tr("Unsaved edits"),
        tr("There are unsaved edits. Save them first? Discarding loses them."),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) {
        return false;
    }
    if (answer == QMessageBox::Save) {
        return saveAll();
    }
    m_journal->journal().clear();
    return true;
}

void MainWindow::savePayloadAs()
{
    const QString start = m_workspace ? m_workspace->path(QStringLiteral("payloads")) : QString();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Payload As"), start, tr("JSON files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    if (core::Result<void> saved = m_payload->saveAs(path); !saved) {
        Prompter::warn(this, QStringLiteral("save-error"), tr("Save"), saved.error().message());
        return;
    }
    m_journal->forgetSaved();
    reloadWorkspace();
    updateWindowTitle();
}

void MainWindow::importMappingSet()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Mapping Set"), QString(),
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    core::Result<core::Problems> imported = m_mapping->importFrom(path);
    showStatus(imported ? tr("Imported %1.").arg(QFileInfo(path).fileName())
                        : imported.error().message());
}

void MainWindow::exportMappingSet()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Mapping Set"), QString(),
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    core::Result<void> exported = m_mapping->exportTo(path);
    showStatus(exported ? tr("Exported the mapping set in the Data Prep API format.")
                        : exported.error().message());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmUnsavedLoss()) {
        event->ignore();
        return;
    }
    saveLayout();
    m_journal->journal().clear();
    event->accept();
}

void MainWindow::compareFiles()
{
    auto *dialog = new diff::CompareDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (dialog->chooseFiles()) {
        dialog->show();
    } else {
        dialog->deleteLater();
    }
}

// What did my edit change: the last preview against the one before it.
void MainWindow::compareWithPreviousPreview()
{
    if (!m_previousReport || !m_currentReport) {
        showStatus(tr("There is no earlier preview to compare with yet: edit the payload or "
                      "the mapping set first."));
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("previewDiffDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("What the last edit changed"));
    auto *view = new diff::DiffView(dialog);
    view->setDocuments(m_previousReport, m_currentReport, tr("Previous preview"),
                       tr("Current preview"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    dialog->resize(1100, 700);
    dialog->show();
}

QString MainWindow::saveAsCase()
{
    const QString payload = m_payload->path();
    if (!m_workspace || !m_currentReport || payload.isEmpty()) {
        showStatus(tr("Save the payload in the workspace and wait for its preview first."));
        return QString();
    }
    const QString name = QFileInfo(payload).completeBaseName();
    const QString relative = QDir(m_workspace->directory()).relativeFilePath(payload);
    const core::SavedCase saved = core::SavedCase::fromComparable(
        name, std::string(), core::toStdString(relative), *m_currentReport);
    const QString file = m_workspace->path(QStringLiteral("cases/%1.json").arg(name));
    QDir().mkpath(QFileInfo(file).absolutePath());
    const core::Result<void> written = saved.save(file);
    if (!written) {
        showStatus(written.error().message());
        return QString();
    }
    showStatus(tr("Saved case %1.").arg(name));
    reloadWorkspace();
    return file;
}

void MainWindow::compareWithCase()
{
    core::Result<core::SavedCase> saved =
        m_openCasePath.isEmpty()
            ? core::Result<core::SavedCase>(core::Error(core::ErrorCode::NotFound, QString()))
            : core::SavedCase::fromFile(m_openCasePath);
    if (!saved || !m_currentReport) {
        showStatus(m_openCasePath.isEmpty() ? tr("Open a case from the side panel first.")
                                            : tr("The case cannot be read."));
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("caseDiffDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Case %1 against the current preview").arg(saved->name()));
    auto *view = new diff::DiffView(dialog);
    view->setDocuments(std::make_shared<const core::Json>(saved->expected()), m_currentReport,
                       tr("Expected by the case"), tr("Current preview"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    dialog->resize(1100, 700);
    dialog->show();
}

} // namespace ui
