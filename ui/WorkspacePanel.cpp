// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "WorkspacePanel.h"

#include "core/Logging.h"
#include "core/workspace/Workspace.h"
#include "ui/Prompter.h"
#include "ui/TextFile.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QtConcurrent/QtConcurrentRun>

namespace ui {

namespace {

const QString kPayloads = QStringLiteral("payloads");
const QString kMappings = QStringLiteral("mappings");

QString withJsonSuffix(QString name)
{
    name = name.trimmed();
    if (!name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        name += QStringLiteral(".json");
    }
    return name;
}

bool isPlainFileName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) &&
           !name.contains(QLatin1Char('\\')) && name != QLatin1String(".json") &&
           !name.startsWith(QLatin1Char('.'));
}

QString emptyDocument(const QString &kind)
{
    if (kind == kMappings) {
        return QStringLiteral(
            "{\n  \"name\": \"\",\n  \"outputSchema\": {},\n  \"mappings\": []\n}\n");
    }
    return QStringLiteral("{\n  \"header\": {},\n  \"body\": {}\n}\n");
}

} // namespace

WorkspacePanel::WorkspacePanel(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("workspacePanel"));
    setAccessibleName(tr("Workspace files"));
    setHeaderHidden(true);
    setColumnCount(1);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setUniformRowHeights(true);

    connect(this, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(item); });
    connect(this, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { activate(item); });
    connect(this, &QWidget::customContextMenuRequested, this, &WorkspacePanel::showContextMenu);
}

void WorkspacePanel::setWorkspace(std::shared_ptr<const core::Workspace> workspace)
{
    m_workspace = std::move(workspace);
    clear();
    if (!m_workspace) {
        return;
    }
    addFlows();
    addGroup(kPayloads, tr("Payloads"));
    addGroup(kMappings, tr("Mapping sets"));
    addGroup(QStringLiteral("schemas"), tr("Schemas"));
    addGroup(QStringLiteral("cases"), tr("Cases"));
    expandAll();
    checkCases();
}

// Runs the saved cases off the GUI thread; a result for an older workspace is dropped.
void WorkspacePanel::checkCases()
{
    const int generation = ++m_caseGeneration;
    auto workspace = m_workspace;
    auto *watcher = new QFutureWatcher<std::vector<core::CaseOutcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_caseGeneration) {
            markCases(watcher->result());
        }
    });
    watcher->setFuture(QtConcurrent::run([workspace] { return core::runCases(workspace); }));
}

void WorkspacePanel::markCases(const std::vector<core::CaseOutcome> &outcomes)
{
    int passed = 0;
    for (const core::CaseOutcome &outcome : outcomes) {
        QTreeWidgetItem *item = itemForPath(outcome.file);
        passed += outcome.passed ? 1 : 0;
        if (!item) {
            continue;
        }
        const QString name = QFileInfo(outcome.file).fileName();
        item->setData(0, CaseStateRole,
                      outcome.passed ? QStringLiteral("passed") : QStringLiteral("failed"));
        item->setText(0, outcome.passed ? tr("%1 (passes)").arg(name) : tr("%1 (fails)").arg(name));
        item->setForeground(0,
                            outcome.passed ? palette().text() : QBrush(QColor(0xc0, 0x30, 0x30)));
        item->setToolTip(0, outcome.passed ? tr("The case passes.")
                                           : (outcome.error.isEmpty()
                                                  ? tr("The result differs from the expected "
                                                       "one: see Compare With Opened Case.")
                                                  : outcome.error));
    }
    Q_EMIT casesChecked(passed, int(outcomes.size()) - passed);
}

void WorkspacePanel::addFlows()
{
    auto *group = new QTreeWidgetItem(this, {tr("Flows")});
    group->setData(0, KindRole, QStringLiteral("flows"));
    group->setFlags(Qt::ItemIsEnabled);
    for (const core::FlowConfig &flow : m_workspace->flows()) {
        const QString id = core::toQString(flow.id);
        const QString name = flow.name.empty() ? id : core::toQString(flow.name);
        auto *item = new QTreeWidgetItem(group, {name});
        item->setData(0, FlowRole, id);
        item->setData(0, KindRole, QStringLiteral("flow"));
        item->setToolTip(0, tr("Flow %1\nMapping set: %2\nSchema: %3")
                                .arg(id, QFileInfo(flow.mappingFile).fileName(),
                                     QFileInfo(flow.schemaFile).fileName()));
    }
}

void WorkspacePanel::addGroup(const QString &kind, const QString &title)
{
    auto *group = new QTreeWidgetItem(this, {title});
    group->setData(0, KindRole, kind);
    group->setFlags(Qt::ItemIsEnabled);
    for (const QString &file : m_workspace->files(kind)) {
        const QString path = QFileInfo(file).isAbsolute() ? file : m_workspace->path(file);
        auto *item = new QTreeWidgetItem(group, {QFileInfo(path).fileName()});
        item->setData(0, PathRole, path);
        item->setData(0, KindRole, kind);
        item->setToolTip(0, QDir::toNativeSeparators(path));
    }
}

QTreeWidgetItem *WorkspacePanel::itemForPath(const QString &path) const
{
    for (QTreeWidgetItemIterator it(const_cast<WorkspacePanel *>(this)); *it; ++it) {
        if ((*it)->data(0, PathRole).toString() == path) {
            return *it;
        }
    }
    return nullptr;
}

void WorkspacePanel::activate(QTreeWidgetItem *item)
{
    if (!item) {
        return;
    }
    const QString flow = item->data(0, FlowRole).toString();
    if (!flow.isEmpty()) {
        emit flowActivated(flow);
        return;
    }
    const QString path = item->data(0, PathRole).toString();
    if (!path.isEmpty()) {
        emit fileActivated(item->data(0, KindRole).toString(), path);
    }
}

void WorkspacePanel::showContextMenu(const QPoint &position)
{
    QTreeWidgetItem *item = itemAt(position);
    if (!item || !m_workspace) {
        return;
    }
    const QString kind = item->data(0, KindRole).toString();
    if (kind != kPayloads && kind != kMappings) {
        return;
    }
    const QString path = item->data(0, PathRole).toString();
    QMenu menu(this);
    menu.addAction(kind == kPayloads ? tr("New payload...") : tr("New mapping set..."), this,
                   [this, kind] { askNew(kind); });
    if (!path.isEmpty()) {
        menu.addAction(tr("Rename..."), this, [this, path] { askRename(path); });
        menu.addAction(tr("Duplicate"), this, [this, path] { duplicateFile(path); });
        menu.addAction(tr("Delete"), this, [this, path] { askDelete(path); });
    }
    menu.exec(viewport()->mapToGlobal(position));
}

void WorkspacePanel::askNew(const QString &kind)
{
    const QString name = QInputDialog::getText(this, tr("New file"), tr("File name:"));
    if (!name.isEmpty()) {
        createFile(kind, name);
    }
}

void WorkspacePanel::askRename(const QString &path)
{
    const QString name = QInputDialog::getText(this, tr("Rename"), tr("New file name:"),
                                               QLineEdit::Normal, QFileInfo(path).fileName());
    if (!name.isEmpty()) {
        renameFile(path, name);
    }
}

void WorkspacePanel::askDelete(const QString &path)
{
    const auto answer =
        Prompter::ask(this, QStringLiteral("delete-file"), tr("Delete file"),
                      tr("Delete %1? This cannot be undone.").arg(QFileInfo(path).fileName()),
                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes) {
        deleteFile(path);
    }
}

QString WorkspacePanel::createFile(const QString &kind, const QString &name)
{
    const QString fileName = withJsonSuffix(name);
    if (!m_workspace || !isPlainFileName(fileName)) {
        return {};
    }
    const QString path =
        QDir(m_workspace->directory()).filePath(kind + QLatin1Char('/') + fileName);
    if (QFileInfo::exists(path)) {
        Prompter::warn(this, QStringLiteral("file-exists"), tr("New file"),
                       tr("%1 exists already.").arg(fileName));
        return {};
    }
    if (core::Result<void> written = TextFile::write(path, emptyDocument(kind)); !written) {
        Prompter::warn(this, QStringLiteral("file-error"), tr("New file"),
                       written.error().message());
        return {};
    }
    emit filesChanged();
    return path;
}

QString WorkspacePanel::renameFile(const QString &path, const QString &newName)
{
    const QString fileName = withJsonSuffix(newName);
    const QString target = QFileInfo(path).dir().filePath(fileName);
    if (!isPlainFileName(fileName) || QFileInfo::exists(target) || !QFile::rename(path, target)) {
        Prompter::warn(this, QStringLiteral("file-error"), tr("Rename"),
                       tr("Cannot rename %1 to %2.").arg(QFileInfo(path).fileName(), fileName));
        return {};
    }
    qCInfo(lcUi) << "renamed" << path << "to" << target;
    emit fileRenamed(path, target);
    emit filesChanged();
    return target;
}

QString WorkspacePanel::duplicateFile(const QString &path)
{
    const QFileInfo info(path);
    QString target;
    for (int copy = 1; copy < 1000; ++copy) {
        target = info.dir().filePath(
            QStringLiteral("%1-copy%2.json").arg(info.completeBaseName()).arg(copy));
        if (!QFileInfo::exists(target)) {
            break;
        }
    }
    if (!QFile::copy(path, target)) {
        Prompter::warn(this, QStringLiteral("file-error"), tr("Duplicate"),
                       tr("Cannot copy %1.").arg(info.fileName()));
        return {};
    }
    emit filesChanged();
    return target;
}

bool WorkspacePanel::deleteFile(const QString &path)
{
    if (!QFile::remove(path)) {
        Prompter::warn(this, QStringLiteral("file-error"), tr("Delete"),
                       tr("Cannot delete %1.").arg(QFileInfo(path).fileName()));
        return false;
    }
    qCInfo(lcUi) << "deleted" << path;
    emit fileDeleted(path);
    emit filesChanged();
    return true;
}

} // namespace ui
