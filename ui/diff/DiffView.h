// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/diff/DiffOptions.h"
#include "core/json/Json.h"
#include "ui/diff/DiffRows.h"

#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QLabel;
class QListView;
class QModelIndex;

namespace ui::diff {

class ChangeListModel;
class DiffDocument;
class DiffEditor;

/// Two JSON documents side by side with their structural differences, for wherever two
/// results meet: a preview against the previous one or a saved case's expectation, a profile
/// before and after an upsert, two files.
///
/// Two read-only editors scroll together over the aligned text of a DiffDocument; below them
/// a list of the changes. Next and Previous (F7, Shift+F7 while the view has focus) select a
/// change and bring it into view on both sides. Swap sides compares the other way round, Copy
/// patch puts the RFC 6902 patch from left to right on the clipboard. Volatile fields (message
/// ids, times) are ignored and identityMap lists compared as sets unless the user unticks
/// them. A double click or a margin click on a "… 42 unchanged lines" row unfolds it.
///
/// Documents larger than asyncThreshold() bytes (roughly, as compact JSON) are compared on a
/// worker thread; a comparison that is overtaken by a newer one is dropped when it finishes.
///
///     auto *view = new ui::diff::DiffView(parent);
///     view->setDocuments(previous, current, tr("Previous"), tr("Current"));
///     connect(view, &ui::diff::DiffView::changeSelected, this, &Window::showChange);
class DiffView : public QWidget
{
    Q_OBJECT

public:
    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    /// Compares two documents and shows them under their titles. The documents are copied
    /// on the calling thread (about 0.1 s for 6 MB); hand large ones over with the overload
    /// below.
    void setDocuments(const core::Json &left, const core::Json &right, const QString &leftTitle,
                      const QString &rightTitle);
    /// The same without a copy, for documents the caller hands over or shares.
    void setDocuments(std::shared_ptr<const core::Json> left,
                      std::shared_ptr<const core::Json> right, const QString &leftTitle,
                      const QString &rightTitle);
    void clear();

    /// Rules of the caller's (array keys, ignores); the view adds the volatile ignores and the
    /// identityMap rule after them while their boxes are ticked. Recompares.
    void setOptions(const core::diff::DiffOptions &options);
    void setIgnoreVolatile(bool ignore);
    bool ignoresVolatile() const;
    void setIdentityMapAsSet(bool asSet);
    bool comparesIdentityMapAsSet() const;

    /// Inputs past this many bytes are compared off the GUI thread (default 200 KB).
    void setAsyncThreshold(qsizetype bytes);
    qsizetype asyncThreshold() const { return m_asyncThreshold; }
    /// Whether a comparison is running on a worker thread.
    bool isComparing() const { return m_comparing; }

    int changeCount() const;
    int currentChange() const { return m_currentChange; }
    /// Selects a change of the list and scrolls both editors to it; -1 clears the selection.
    void selectChange(int index);
    void nextChange();
    void previousChange();

    void swapSides();
    /// Puts the JSON Patch that turns the left document into the right one on the clipboard.
    void copyPatch();
    void expandAllFolds();

    /// "3 changes: 1 added, 2 changed", "No differences", or "Comparing…".
    QString summaryText() const;
    QString title(Side side) const;
    /// The shown comparison, null before the first one is done.
    const DiffDocument *document() const { return m_document.get(); }
    DiffEditor *editor(Side side) const;
    QListView *changeList() const { return m_changeList; }

signals:
    /// A change was selected (index into the change list), -1 when none is.
    void changeSelected(int index);
    /// A comparison was finished and is now shown.
    void compared();

private:
    void setUpActions();
    void setUpLayout();
    void connectEditors();
    QWidget *createToolRow();
    QWidget *createEditorPane();

    core::diff::DiffOptions effectiveOptions() const;
    void compare();
    void present(std::shared_ptr<DiffDocument> document);
    void updateSummary();
    void updateActions();
    void scrollToChange(int index);
    void syncScroll(DiffEditor *from, DiffEditor *to);
    void unfoldAt(int line);
    void onListCurrentChanged(const QModelIndex &current);

    std::shared_ptr<const core::Json> m_left;
    std::shared_ptr<const core::Json> m_right;
    QString m_leftTitle;
    QString m_rightTitle;
    core::diff::DiffOptions m_baseOptions;
    std::shared_ptr<DiffDocument> m_document;
    quint64 m_generation = 0;
    bool m_comparing = false;
    qsizetype m_asyncThreshold = 200 * 1024;
    int m_currentChange = -1;
    bool m_syncingScroll = false;

    DiffEditor *m_leftEditor = nullptr;
    DiffEditor *m_rightEditor = nullptr;
    QLabel *m_leftTitleLabel = nullptr;
    QLabel *m_rightTitleLabel = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_volatileBox = nullptr;
    QCheckBox *m_identityMapBox = nullptr;
    QListView *m_changeList = nullptr;
    ChangeListModel *m_model = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_swapAction = nullptr;
    QAction *m_copyPatchAction = nullptr;
    QAction *m_expandAction = nullptr;
};

} // namespace ui::diff
