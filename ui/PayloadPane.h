// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Problem.h"
#include "core/Result.h"

#include <QWidget>

class QLabel;
class QToolBar;

namespace core {
class Workspace;
}

namespace ui {

class FindBar;
class HeaderCompleter;
class JsonEditor;

/// The payload being written: its editor with format, minify, find, templates and header
/// completion, the file it belongs to, and the payload's problems marked in the text.
class PayloadPane : public QWidget
{
    Q_OBJECT

public:
    explicit PayloadPane(QWidget *parent = nullptr);

    JsonEditor *editor() const { return m_editor; }
    FindBar *findBar() const { return m_findBar; }

    core::Result<void> openFile(const QString &path);
    /// Shows text that belongs to no file (or not yet saved to one), marked as modified.
    void setUnsavedText(const QString &text, const QString &path, const QString &title);
    core::Result<void> save();
    core::Result<void> saveAs(const QString &path);

    QString text() const;
    QString path() const { return m_path; }
    QString title() const;
    bool isModified() const;

    /// Takes the workspace's flow and dataset ids for completion and templates.
    void setWorkspace(std::shared_ptr<const core::Workspace> workspace);
    void applyTemplate(int kind);

    /// Marks the problems that point into the payload.
    void setProblems(const core::Problems &problems);
    void goTo(int line, int column);

    core::Result<void> format();
    core::Result<void> minify();
    void openFind();

signals:
    void textEdited();
    void modificationChanged(bool modified);
    void statusMessage(const QString &message);

private:
    QToolBar *createToolBar();
    void updateTitle();

    JsonEditor *m_editor;
    FindBar *m_findBar;
    HeaderCompleter *m_completer;
    QLabel *m_titleLabel;
    QString m_path;
    QString m_untitled;
    std::shared_ptr<const core::Workspace> m_workspace;
};

} // namespace ui
