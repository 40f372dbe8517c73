// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "PayloadPane.h"

#include "core/workspace/Workspace.h"
#include "ui/FindBar.h"
#include "ui/HeaderCompleter.h"
#include "ui/JsonEditor.h"
#include "ui/PayloadTemplates.h"
#include "ui/TextFile.h"

#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

PayloadPane::PayloadPane(QWidget *parent)
    : QWidget(parent)
    , m_editor(new JsonEditor(this))
    , m_findBar(new FindBar(m_editor, this))
    , m_completer(new HeaderCompleter(m_editor))
    , m_titleLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("payloadPane"));
    m_editor->setObjectName(QStringLiteral("payloadEditor"));
    m_editor->setAccessibleName(tr("Payload editor"));
    m_titleLabel->setObjectName(QStringLiteral("payloadTitle"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createToolBar());
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);

    connect(m_editor, &QsciScintilla::textChanged, this, &PayloadPane::textEdited);
    connect(m_editor, &QsciScintilla::modificationChanged, this, [this](bool modified) {
        updateTitle();
        emit modificationChanged(modified);
    });
    updateTitle();
}

QToolBar *PayloadPane::createToolBar()
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("payloadToolBar"));
    bar->setIconSize(QSize(16, 16));
    bar->addWidget(m_titleLabel);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    auto *templates = new QMenu(tr("Templates"), this);
    for (const PayloadTemplates::Kind kind : PayloadTemplates::kinds()) {
        templates->addAction(PayloadTemplates::title(kind), this,
                             [this, kind] { applyTemplate(int(kind)); });
    }
    auto *templateButton = new QToolButton(bar);
    templateButton->setText(tr("Template"));
    templateButton->setAccessibleName(tr("Payload templates"));
    templateButton->setMenu(templates);
    templateButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(templateButton);

    bar->addAction(tr("Format"), this, [this] { (void)format(); })
        ->setToolTip(tr("Pretty-print the payload (Ctrl+Shift+F)"));
    bar->addAction(tr("Minify"), this, [this] { (void)minify(); })
        ->setToolTip(tr("Write the payload on one line"));
    return bar;
}

core::Result<void> PayloadPane::openFile(const QString &path)
{
    core::Result<QString> content = TextFile::read(path);
    if (!content) {
        return content.error();
    }
    m_path = path;
    m_untitled.clear();
    m_editor->setText(*content);
    m_editor->setModified(false);
    updateTitle();
    return {};
}

void PayloadPane::setUnsavedText(const QString &content, const QString &path, const QString &title)
{
    m_path = path;
    m_untitled = title;
    m_editor->setText(content);
    m_editor->setModified(true);
    updateTitle();
}

core::Result<void> PayloadPane::save()
{
    if (m_path.isEmpty()) {
        return core::Error(core::ErrorCode::InvalidArgument,
                           tr("The payload has no file yet: use Save As."));
    }
    return saveAs(m_path);
}

core::Result<void> PayloadPane::saveAs(const QString &path)
{
    core::Result<void> written = TextFile::write(path, m_editor->text());
    if (!written) {
        return written;
    }
    m_path = path;
    m_untitled.clear();
    m_editor->setModified(false);
    updateTitle();
    return {};
}

QString PayloadPane::text() const
{
    return m_editor->text();
}

QString PayloadPane::title() const
{
    if (!m_untitled.isEmpty()) {
        return m_untitled;
    }
    return m_path.isEmpty() ? tr("Untitled payload") : QFileInfo(m_path).fileName();
}

bool PayloadPane::isModified() const
{
    return m_editor->isModified();
}

void PayloadPane::updateTitle()
{
    m_titleLabel->setText(
        tr("Payload: %1%2").arg(title(), isModified() ? tr(" (modified)") : QString()));
}

void PayloadPane::setWorkspace(std::shared_ptr<const core::Workspace> workspace)
{
    m_workspace = std::move(workspace);
    QStringList flows;
    QStringList datasets;
    if (m_workspace) {
        for (const core::FlowConfig &flow : m_workspace->flows()) {
            flows.append(core::toQString(flow.id));
        }
        for (const core::DatasetConfig &dataset : m_workspace->datasets()) {
            datasets.append(core::toQString(dataset.id));
        }
    }
    m_completer->setValues(QStringLiteral("flowId"), flows);
    m_completer->setValues(QStringLiteral("datasetId"), datasets);
    m_completer->setValues(QStringLiteral("identityDatasetId"), datasets);
}

void PayloadPane::applyTemplate(int kind)
{
    const QString content =
        PayloadTemplates::text(PayloadTemplates::Kind(kind), m_workspace.get(), m_editor->text());
    m_editor->replaceAllText(content);
    emit statusMessage(tr("Applied the template \"%1\".")
                           .arg(PayloadTemplates::title(PayloadTemplates::Kind(kind))));
}

void PayloadPane::setProblems(const core::Problems &problems)
{
    QList<EditorMark> marks;
    for (const core::Problem &problem : problems) {
        if (problem.origin != core::ProblemOrigin::Payload || problem.line <= 0) {
            continue;
        }
        EditorMark mark;
        mark.line = problem.line;
        mark.column = problem.column;
        mark.severity = problem.severity;
        mark.message = QStringLiteral("%1: %2").arg(problem.rule, problem.message);
        marks.append(mark);
    }
    m_editor->setMarks(marks);
}

void PayloadPane::goTo(int line, int column)
{
    m_editor->goTo(line, column);
}

core::Result<void> PayloadPane::format()
{
    core::Result<void> done = m_editor->format();
    emit statusMessage(done ? tr("Formatted the payload.")
                            : tr("Cannot format: %1").arg(done.error().message()));
    return done;
}

core::Result<void> PayloadPane::minify()
{
    core::Result<void> done = m_editor->minify();
    emit statusMessage(done ? tr("Minified the payload.")
                            : tr("Cannot minify: %1").arg(done.error().message()));
    return done;
}

void PayloadPane::openFind()
{
    m_findBar->open();
}

} // namespace ui
