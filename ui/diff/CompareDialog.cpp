// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "CompareDialog.h"

#include "core/Logging.h"
#include "core/json/JsonDocument.h"
#include "ui/diff/DiffView.h"
#include "ui/diff/FileChooser.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui::diff {

namespace {

// Reads one file as JSON; the error names the file, and the line and column of a parse error.
core::Result<core::Json> readJson(const QString &path)
{
    core::JsonDocument::Options options;
    options.recordPositions = false;
    // TODO: the files are read and parsed on the GUI thread (0.3 s for 15 MB of pretty JSON);
    // reading them in the worker that compares large documents would keep the dialog live.
    core::Result<core::JsonDocument> document = core::JsonDocument::fromFile(path, options);
    if (!document) {
        return document.error();
    }
    return document->takeRoot();
}

} // namespace

CompareDialog::CompareDialog(QWidget *parent)
    : QDialog(parent)
    , m_chooser(std::make_unique<FileChooser>())
{
    setWindowTitle(tr("Compare JSON Files"));
    setUpLayout();
    resize(1100, 750);
}

CompareDialog::~CompareDialog() = default;

void CompareDialog::setFileChooser(std::unique_ptr<FileChooser> chooser)
{
    m_chooser = std::move(chooser);
}

void CompareDialog::setUpLayout()
{
    m_error = new QLabel(this);
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_view = new DiffView(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFileRow());
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
}

QWidget *CompareDialog::createFileRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QGridLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);

    const auto addSide = [this, row, layout](Side side, const QString &label) {
        const int line = side == Side::Left ? 0 : 1;
        auto *edit = new QLineEdit(row);
        edit->setAccessibleName(side == Side::Left ? tr("Left file") : tr("Right file"));
        edit->setPlaceholderText(tr("Path of a JSON file"));
        auto *caption = new QLabel(label, row);
        caption->setBuddy(edit);
        auto *browse = new QPushButton(tr("Browse\u2026"), row);
        browse->setAccessibleName(side == Side::Left ? tr("Browse for the left file")
                                                     : tr("Browse for the right file"));
        connect(browse, &QPushButton::clicked, this, [this, side] { chooseFile(side); });
        connect(edit, &QLineEdit::returnPressed, this, &CompareDialog::compareShownPaths);
        layout->addWidget(caption, line, 0);
        layout->addWidget(edit, line, 1);
        layout->addWidget(browse, line, 2);
        return edit;
    };
    m_leftPath = addSide(Side::Left, tr("&Left:"));
    m_rightPath = addSide(Side::Right, tr("&Right:"));

    m_compareButton = new QPushButton(tr("&Compare"), row);
    m_compareButton->setAccessibleName(tr("Compare"));
    m_compareButton->setAutoDefault(false);
    connect(m_compareButton, &QPushButton::clicked, this, &CompareDialog::compareShownPaths);
    layout->addWidget(m_compareButton, 0, 3, 2, 1);
    layout->setColumnStretch(1, 1);
    return row;
}

bool CompareDialog::chooseFiles()
{
    return chooseFile(Side::Left) && chooseFile(Side::Right);
}

bool CompareDialog::chooseFile(Side side)
{
    const QString caption =
        side == Side::Left ? tr("Choose the Left JSON File") : tr("Choose the Right JSON File");
    const QString chosen = m_chooser->openFileName(this, caption, m_lastDirectory,
                                                   tr("JSON files (*.json);;All files (*)"));
    if (chosen.isEmpty()) {
        return false;
    }
    m_lastDirectory = QFileInfo(chosen).absolutePath();
    (side == Side::Left ? m_leftPath : m_rightPath)->setText(chosen);

    if (m_leftPath->text().isEmpty() || m_rightPath->text().isEmpty()) {
        return true;
    }
    return compareFiles(m_leftPath->text(), m_rightPath->text());
}

void CompareDialog::compareShownPaths()
{
    compareFiles(m_leftPath->text().trimmed(), m_rightPath->text().trimmed());
}

bool CompareDialog::compareFiles(const QString &leftPath, const QString &rightPath)
{
    m_leftPath->setText(leftPath);
    m_rightPath->setText(rightPath);
    if (leftPath.isEmpty() || rightPath.isEmpty()) {
        showError(tr("Choose a file for each side."));
        return false;
    }

    core::Result<core::Json> left = readJson(leftPath);
    core::Result<core::Json> right = readJson(rightPath);
    QStringList problems;
    for (const core::Result<core::Json> *read : {&left, &right}) {
        if (!read->isOk()) {
            problems << read->error().message();
        }
    }
    if (!problems.isEmpty()) {
        qCWarning(lcUi) << "cannot compare" << leftPath << rightPath << problems;
        showError(problems.join(QLatin1Char('\n')));
        return false;
    }

    showError(QString());
    m_view->setDocuments(std::make_shared<const core::Json>(std::move(left).value()),
                         std::make_shared<const core::Json>(std::move(right).value()),
                         QFileInfo(leftPath).fileName(), QFileInfo(rightPath).fileName());
    return true;
}

QString CompareDialog::path(Side side) const
{
    return (side == Side::Left ? m_leftPath : m_rightPath)->text();
}

QString CompareDialog::errorText() const
{
    return m_error->text();
}

void CompareDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace ui::diff
