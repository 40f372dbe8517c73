// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "ui/diff/DiffRows.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ui::diff {

class DiffView;
class FileChooser;

/// Compares any two JSON files: two paths with Browse buttons above a DiffView.
///
/// Files are parsed as JSON documents; a file that cannot be read or parsed is named in the
/// dialog with its line and column ("payload.json:3:14: ..."), and the view keeps what it
/// showed before. File pickers go through a FileChooser, which tests replace.
///
///     ui::diff::CompareDialog dialog(this);
///     if (dialog.chooseFiles())   // asks for both files, then compares them
///         dialog.exec();
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompareDialog(QWidget *parent = nullptr);
    ~CompareDialog() override;

    void setFileChooser(std::unique_ptr<FileChooser> chooser);

    /// Asks for the left file, then the right one, and compares them; false when the user
    /// cancelled or a file could not be read.
    bool chooseFiles();
    /// Asks for one side's file; compares when both sides have one. False when cancelled.
    bool chooseFile(Side side);

    /// Reads, parses and compares two files. On failure shows why and returns false.
    bool compareFiles(const QString &leftPath, const QString &rightPath);

    QString path(Side side) const;
    /// What went wrong with the last comparison, empty when it worked.
    QString errorText() const;
    DiffView *diffView() const { return m_view; }

private:
    void setUpLayout();
    QWidget *createFileRow();
    void compareShownPaths();
    void showError(const QString &message);

    std::unique_ptr<FileChooser> m_chooser;
    QString m_lastDirectory;
    QLineEdit *m_leftPath = nullptr;
    QLineEdit *m_rightPath = nullptr;
    QPushButton *m_compareButton = nullptr;
    QLabel *m_error = nullptr;
    DiffView *m_view = nullptr;
};

} // namespace ui::diff
