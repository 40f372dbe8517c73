// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "DiffView.h"

#include "core/Logging.h"
#include "core/diff/JsonPatch.h"
#include "ui/diff/ChangeListModel.h"
#include "ui/diff/DiffDocument.h"
#include "ui/diff/DiffEditor.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QStringList>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace ui::diff {

namespace {

constexpr int kContextAbove = 3;

// The size of a value as compact JSON, roughly, counted only until it passes limit.
qsizetype roughSize(const core::Json &value, qsizetype limit)
{
    qsizetype size = 0;
    std::vector<const core::Json *> pending{&value};
    while (!pending.empty() && size <= limit) {
        const core::Json *next = pending.back();
        pending.pop_back();
        if (next->is_object()) {
            for (auto it = next->begin(); it != next->end(); ++it) {
                size += qsizetype(it.key().size()) + 4;
                pending.push_back(&it.value());
            }
            size += 2;
        } else if (next->is_array()) {
            for (const core::Json &item : *next) {
                pending.push_back(&item);
            }
            size += 2 + qsizetype(next->size());
        } else if (next->is_string()) {
            size += qsizetype(next->get_ref<const std::string &>().size()) + 2;
        } else {
            size += 6;
        }
    }
    return size;
}

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    button->setAccessibleName(action->text());
    return button;
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChangeListModel(this))
{
    setUpActions();
    setUpLayout();
    connectEditors();
    updateSummary();
    updateActions();
}

DiffView::~DiffView() = default;

void DiffView::setUpActions()
{
    const auto action = [this](const QString &text, const QString &icon, const QKeySequence &key,
                               void (DiffView::*slot)()) {
        auto *created = new QAction(QIcon::fromTheme(icon), text, this);
        created->setShortcut(key);
        created->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (!key.isEmpty()) {
            created->setToolTip(
                QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        }
        connect(created, &QAction::triggered, this, slot);
        addAction(created);
        return created;
    };
    m_previousAction = action(tr("Previous"), QStringLiteral("go-up"),
                              QKeySequence(Qt::SHIFT | Qt::Key_F7), &DiffView::previousChange);
    m_nextAction = action(tr("Next"), QStringLiteral("go-down"), QKeySequence(Qt::Key_F7),
                          &DiffView::nextChange);
    m_expandAction = action(tr("Unfold all"), QStringLiteral("zoom-in"), QKeySequence(),
                            &DiffView::expandAllFolds);
    m_swapAction = action(tr("Swap sides"), QStringLiteral("object-flip-horizontal"),
                          QKeySequence(), &DiffView::swapSides);
    m_copyPatchAction =
        action(tr("Copy patch"), QStringLiteral("edit-copy"), QKeySequence(), &DiffView::copyPatch);
    m_copyPatchAction->setToolTip(tr("Copy the JSON Patch (RFC 6902) that turns the left "
                                     "document into the right one"));
}

void DiffView::setUpLayout()
{
    m_changeList = new QListView(this);
    m_changeList->setModel(m_model);
    m_changeList->setUniformItemSizes(true);
    m_changeList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changeList->setAccessibleName(tr("Changes"));
    QFont listFont(QStringLiteral("DejaVu Sans Mono"));
    listFont.setStyleHint(QFont::Monospace);
    listFont.setPointSize(9);
    m_changeList->setFont(listFont);
    m_changeList->setIconSize(QSize(10, 10));
    m_changeList->setAlternatingRowColors(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(createEditorPane());
    splitter->addWidget(m_changeList);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(createToolRow());
    layout->addWidget(splitter, 1);
}

QWidget *DiffView::createToolRow()
{
    auto *row = new QWidget(this);
    m_summary = new QLabel(row);
    m_summary->setAccessibleName(tr("Summary of the differences"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_volatileBox = new QCheckBox(tr("Ignore volatile fields"), row);
    m_volatileBox->setChecked(true);
    m_volatileBox->setToolTip(tr("Leave out message ids, transaction ids and times, which "
                                 "differ on every run"));
    m_volatileBox->setAccessibleName(m_volatileBox->text());
    m_identityMapBox = new QCheckBox(tr("identityMap as sets"), row);
    m_identityMapBox->setChecked(true);
    m_identityMapBox->setToolTip(tr("Compare identityMap lists by identity id, in any order"));
    m_identityMapBox->setAccessibleName(m_identityMapBox->text());
    connect(m_volatileBox, &QCheckBox::toggled, this, &DiffView::compare);
    connect(m_identityMapBox, &QCheckBox::toggled, this, &DiffView::compare);

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_volatileBox);
    layout->addWidget(m_identityMapBox);
    for (QAction *action :
         {m_previousAction, m_nextAction, m_expandAction, m_swapAction, m_copyPatchAction}) {
        layout->addWidget(toolButton(action, row));
    }
    return row;
}

QWidget *DiffView::createEditorPane()
{
    auto *pane = new QWidget(this);
    m_leftTitleLabel = new QLabel(pane);
    m_rightTitleLabel = new QLabel(pane);
    for (QLabel *label : {m_leftTitleLabel, m_rightTitleLabel}) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        label->setContentsMargins(4, 2, 4, 0);
        label->setTextFormat(Qt::PlainText);
    }
    m_leftEditor = new DiffEditor(Side::Left, pane);
    m_rightEditor = new DiffEditor(Side::Right, pane);
    m_leftEditor->setAccessibleName(tr("Left document"));
    m_rightEditor->setAccessibleName(tr("Right document"));
    m_leftTitleLabel->setBuddy(m_leftEditor);
    m_rightTitleLabel->setBuddy(m_rightEditor);

    auto *layout = new QGridLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(4);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_leftTitleLabel, 0, 0);
    layout->addWidget(m_rightTitleLabel, 0, 1);
    layout->addWidget(m_leftEditor, 1, 0);
    layout->addWidget(m_rightEditor, 1, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    return pane;
}

void DiffView::connectEditors()
{
    for (DiffEditor *editor : {m_leftEditor, m_rightEditor}) {
        DiffEditor *other = editor == m_leftEditor ? m_rightEditor : m_leftEditor;
        connect(editor, &DiffEditor::scrolled, this,
                [this, editor, other] { syncScroll(editor, other); });
        connect(editor, &QsciScintilla::marginClicked, this,
                [this](int, int line, Qt::KeyboardModifiers) { unfoldAt(line); });
        connect(editor, &QsciScintillaBase::SCN_DOUBLECLICK, this,
                [this](int, int line, int) { unfoldAt(line); });
    }
    connect(m_changeList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DiffView::onListCurrentChanged);
}

void DiffView::setDocuments(const core::Json &left, const core::Json &right,
                            const QString &leftTitle, const QString &rightTitle)
{
    setDocuments(std::make_shared<const core::Json>(left),
                 std::make_shared<const core::Json>(right), leftTitle, rightTitle);
}

void DiffView::setDocuments(std::shared_ptr<const core::Json> left,
                            std::shared_ptr<const core::Json> right, const QString &leftTitle,
                            const QString &rightTitle)
{
    m_left = std::move(left);
    m_right = std::move(right);
    m_leftTitle = leftTitle;
    m_rightTitle = rightTitle;
    compare();
}

void DiffView::clear()
{
    ++m_generation;
    m_comparing = false;
    m_left.reset();
    m_right.reset();
    m_leftTitle.clear();
    m_rightTitle.clear();
    m_document.reset();
    m_currentChange = -1;
    m_model->clear();
    m_leftEditor->clearDocument();
    m_rightEditor->clearDocument();
    updateSummary();
    updateActions();
}

void DiffView::setOptions(const core::diff::DiffOptions &options)
{
    m_baseOptions = options;
    compare();
}

void DiffView::setIgnoreVolatile(bool ignore)
{
    m_volatileBox->setChecked(ignore);
}

bool DiffView::ignoresVolatile() const
{
    return m_volatileBox->isChecked();
}

void DiffView::setIdentityMapAsSet(bool asSet)
{
    m_identityMapBox->setChecked(asSet);
}

bool DiffView::comparesIdentityMapAsSet() const
{
    return m_identityMapBox->isChecked();
}

void DiffView::setAsyncThreshold(qsizetype bytes)
{
    m_asyncThreshold = bytes;
}

core::diff::DiffOptions DiffView::effectiveOptions() const
{
    core::diff::DiffOptions options = m_baseOptions;
    if (m_volatileBox->isChecked()) {
        options.addVolatileIgnores();
    }
    if (m_identityMapBox->isChecked()) {
        options.addIdentityMapRule();
    }
    return options;
}

void DiffView::compare()
{
    if (!m_left || !m_right) {
        return;
    }
    const quint64 generation = ++m_generation;
    const core::diff::DiffOptions options = effectiveOptions();
    std::shared_ptr<const core::Json> left = m_left;
    std::shared_ptr<const core::Json> right = m_right;
    m_leftTitleLabel->setText(m_leftTitle);
    m_rightTitleLabel->setText(m_rightTitle);

    if (roughSize(*left, m_asyncThreshold) + roughSize(*right, m_asyncThreshold) <=
        m_asyncThreshold) {
        m_comparing = false;
        present(DiffDocument::compute(*left, *right, options));
        return;
    }

    // Large documents: compare on a worker; a newer comparison makes this one stale.
    m_comparing = true;
    updateSummary();
    updateActions();
    using Watcher = QFutureWatcher<std::shared_ptr<DiffDocument>>;
    auto *watcher = new Watcher(this);
    connect(watcher, &Watcher::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation) {
            qCDebug(lcUi) << "dropping stale comparison" << generation << "of" << m_generation;
            return;
        }
        m_comparing = false;
        present(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [left, right, options] { return DiffDocument::compute(*left, *right, options); }));
}

void DiffView::present(std::shared_ptr<DiffDocument> document)
{
    m_document = std::move(document);
    m_currentChange = -1;
    m_model->setResult(m_document->sharedResult());
    for (DiffEditor *editor : {m_leftEditor, m_rightEditor}) {
        editor->showDocument(*m_document);
        editor->markChange(*m_document, -1);
        editor->scrollToLine(0);
    }
    updateSummary();
    updateActions();
    emit compared();
}

int DiffView::changeCount() const
{
    return m_document ? int(m_document->changes().size()) : 0;
}

void DiffView::selectChange(int index)
{
    if (!m_document || index < -1 || index >= changeCount()) {
        return;
    }
    m_currentChange = index;
    if (m_changeList->currentIndex().row() != index) {
        m_changeList->setCurrentIndex(m_model->index(index, 0));
    }
    m_leftEditor->markChange(*m_document, index);
    m_rightEditor->markChange(*m_document, index);
    if (index >= 0) {
        scrollToChange(index);
    }
    updateActions();
    emit changeSelected(index);
}

void DiffView::onListCurrentChanged(const QModelIndex &current)
{
    const int row = current.isValid() ? current.row() : -1;
    if (row != m_currentChange) {
        selectChange(row);
    }
}

void DiffView::nextChange()
{
    if (m_currentChange + 1 < changeCount()) {
        selectChange(m_currentChange + 1);
    }
}

void DiffView::previousChange()
{
    if (changeCount() == 0) {
        return;
    }
    selectChange(m_currentChange <= 0 ? (m_currentChange < 0 ? changeCount() - 1 : 0)
                                      : m_currentChange - 1);
}

void DiffView::scrollToChange(int index)
{
    const ChangeSpan &span = m_document->changes()[size_t(index)];
    const int line = m_document->displayLineOfRow(span.leftFirstRow);
    const int top = std::max(0, line - kContextAbove);
    m_syncingScroll = true;
    m_leftEditor->scrollToLine(top);
    m_rightEditor->scrollToLine(top);
    m_syncingScroll = false;
}

void DiffView::syncScroll(DiffEditor *from, DiffEditor *to)
{
    if (m_syncingScroll) {
        return;
    }
    m_syncingScroll = true;
    if (to->firstVisibleLine() != from->firstVisibleLine()) {
        to->scrollToLine(from->firstVisibleLine());
    }
    const long offset = from->SendScintilla(QsciScintillaBase::SCI_GETXOFFSET);
    if (to->SendScintilla(QsciScintillaBase::SCI_GETXOFFSET) != offset) {
        to->SendScintilla(QsciScintillaBase::SCI_SETXOFFSET, offset);
    }
    m_syncingScroll = false;
}

void DiffView::unfoldAt(int line)
{
    const int fold = m_document ? m_document->foldAtDisplayLine(line) : -1;
    if (fold < 0) {
        return;
    }
    m_document->setFoldExpanded(fold, true);
    for (DiffEditor *editor : {m_leftEditor, m_rightEditor}) {
        editor->showDocument(*m_document);
        editor->markChange(*m_document, m_currentChange);
    }
    updateActions();
}

void DiffView::expandAllFolds()
{
    if (!m_document || m_document->folds().empty()) {
        return;
    }
    m_document->expandAllFolds();
    for (DiffEditor *editor : {m_leftEditor, m_rightEditor}) {
        editor->showDocument(*m_document);
        editor->markChange(*m_document, m_currentChange);
    }
    if (m_currentChange >= 0) {
        scrollToChange(m_currentChange);
    }
    updateActions();
}

void DiffView::swapSides()
{
    if (!m_left || !m_right) {
        return;
    }
    std::swap(m_left, m_right);
    std::swap(m_leftTitle, m_rightTitle);
    compare();
}

void DiffView::copyPatch()
{
    if (!m_document) {
        return;
    }
    const core::Json patch = core::diff::toJsonPatch(m_document->result());
    QGuiApplication::clipboard()->setText(core::toQString(core::dumpJson(patch, 2)));
    qCDebug(lcUi) << "copied a patch of" << patch.size() << "operations";
}

QString DiffView::summaryText() const
{
    if (m_comparing) {
        return tr("Comparing\u2026");
    }
    if (!m_document) {
        return tr("Nothing to compare");
    }
    const core::diff::DiffCounts &counts = m_document->result().counts;
    if (counts.total() == 0) {
        return tr("No differences");
    }
    QStringList parts;
    const auto part = [&parts](size_t count, const QString &text) {
        if (count > 0) {
            parts << text;
        }
    };
    part(counts.added, tr("%n added", nullptr, int(counts.added)));
    part(counts.removed, tr("%n removed", nullptr, int(counts.removed)));
    part(counts.changed, tr("%n changed", nullptr, int(counts.changed)));
    part(counts.moved, tr("%n moved", nullptr, int(counts.moved)));
    part(counts.typeChanged, tr("%n type changed", nullptr, int(counts.typeChanged)));
    const QString list = parts.join(tr(", "));
    return counts.total() == 1 ? tr("1 change: %1").arg(list)
                               : tr("%n changes: %1", nullptr, int(counts.total())).arg(list);
}

QString DiffView::title(Side side) const
{
    return side == Side::Left ? m_leftTitle : m_rightTitle;
}

DiffEditor *DiffView::editor(Side side) const
{
    return side == Side::Left ? m_leftEditor : m_rightEditor;
}

void DiffView::updateSummary()
{
    m_summary->setText(summaryText());
}

void DiffView::updateActions()
{
    const bool ready = m_document && !m_comparing;
    const int count = ready ? changeCount() : 0;
    m_nextAction->setEnabled(count > 0 && m_currentChange + 1 < count);
    m_previousAction->setEnabled(count > 0 && m_currentChange != 0);
    m_swapAction->setEnabled(m_left && m_right);
    m_copyPatchAction->setEnabled(ready);
    m_expandAction->setEnabled(ready &&
                               std::any_of(m_document->folds().begin(), m_document->folds().end(),
                                           [](const Fold &fold) { return !fold.expanded; }));
}

} // namespace ui::diff
