// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/diff/DiffReport.h"
#include "core/emulation/ProfileStore.h"
#include "core/workspace/SavedCase.h"
#include "core/workspace/Workspace.h"
#include "ui/JsonEditor.h"
#include "ui/MainWindow.h"
#include "ui/MappingPane.h"
#include "ui/MappingTableModel.h"
#include "ui/PayloadPane.h"
#include "ui/PreviewPane.h"
#include "ui/ProblemsModel.h"
#include "ui/ProblemsView.h"
#include "ui/Prompter.h"
#include "ui/SchemaTreeModel.h"
#include "ui/SchemaView.h"
#include "ui/diff/DiffView.h"

#include <QDialog>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// Drives the real window on a copy of the sample workspace.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static bool copyTree(const QString &from, const QString &to)
    {
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
            QDir().mkpath(QFileInfo(target).absolutePath());
            if (!QFile::copy(source, target)) {
                return false;
            }
        }
        return true;
    }

    QString entityText() const
    {
        return m_window->previewPane()->view(ui::PreviewPane::EntityTab)->text();
    }

    int rowOfRule(const QString &rule) const
    {
        const ui::ProblemsModel *model = m_window->problemsView()->problemsModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->problem(row).rule == rule) {
                return row;
            }
        }
        return -1;
    }

    void openPayload(const QString &name)
    {
        const QString path = m_workspace.filePath(QStringLiteral("payloads/") + name);
        m_window->openFile(QStringLiteral("payloads"), path);
        QCOMPARE(m_window->payloadPane()->path(), path);
    }

    QTemporaryDir m_workspace;
    std::unique_ptr<ui::MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_workspace.isValid());
        QVERIFY(copyTree(core::Workspace::sampleDirectory(), m_workspace.path()));
        ui::Prompter::setUnattended(true);
        ui::Prompter::preAnswer(QStringLiteral("recover-journal"), QMessageBox::Discard);
        ui::Prompter::preAnswer(QStringLiteral("unsaved-document"), QMessageBox::Discard);
        ui::Prompter::preAnswer(QStringLiteral("unsaved-changes"), QMessageBox::Discard);
    }

    void init()
    {
        m_window = std::make_unique<ui::MainWindow>();
        m_window->show();
        m_window->start(m_workspace.path());
        QTRY_VERIFY(m_window->previewsShown() > 0);
    }

    void cleanup() { m_window.reset(); }

    void opensTheWorkspace()
    {
        QVERIFY(!m_window->payloadPane()->text().isEmpty());
        QVERIFY(m_window->mappingPane()->model()->rowCount() > 0);
        QVERIFY(m_window->schemaView()->model()->rowCount() > 0);
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("Patchbay")));
    }

    void remembersTheSplitterPositions()
    {
        auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({220, 760, 420});
        const QList<int> sizes = splitter->sizes();
        QVERIFY(m_window->close());

        ui::MainWindow next;
        next.show();
        QCOMPARE(next.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
        QCOMPARE(next.size(), m_window->size());
    }

    void openingACaseOpensItsPayload()
    {
        m_window->openFile(QStringLiteral("cases"),
                           m_workspace.filePath(QStringLiteral("cases/guide-delete.json")));
        QCOMPARE(m_window->payloadPane()->path(),
                 m_workspace.filePath(QStringLiteral("payloads/guide-delete.json")));
    }

    void typingChangesThePreview()
    {
        openPayload(QStringLiteral("guide-create.json"));
        QTRY_VERIFY(entityText().contains(QStringLiteral("\"US\"")));

        ui::JsonEditor *editor = m_window->payloadPane()->editor();
        QVERIFY(editor->findFirst(QStringLiteral("\"US\""), false, true, false, false, true, 0, 0));
        editor->replaceSelectedText(QStringLiteral("\"FR\""));

        QTRY_VERIFY(entityText().contains(QStringLiteral("\"FR\"")));
        QVERIFY(!entityText().contains(QStringLiteral("\"US\"")));
    }

    void comparesWithThePreviousPreview()
    {
        openPayload(QStringLiteral("guide-create.json"));
        QTRY_VERIFY(entityText().contains(QStringLiteral("\"US\"")));
        ui::JsonEditor *editor = m_window->payloadPane()->editor();
        QVERIFY(editor->findFirst(QStringLiteral("\"GA\""), false, true, false, false, true, 0, 0));
        editor->replaceSelectedText(QStringLiteral("\"NY\""));
        QTRY_VERIFY(entityText().contains(QStringLiteral("\"NY\"")));
        QVERIFY(m_window->previousReport());

        m_window->compareWithPreviousPreview();
        auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("previewDiffDialog"));
        QVERIFY(dialog);
        auto *view = dialog->findChild<ui::diff::DiffView *>();
        QVERIFY(view);
        QTRY_VERIFY(view->changeCount() > 0);
        QVERIFY(view->summaryText().contains(QStringLiteral("change")));
    }

    // A dry run on the emulated store shows what the payload would change; applying it makes
    // that the stored state, so the next dry run starts from it.
    void triesAndAppliesPayloadsOnTheProfileStore()
    {
        QTemporaryDir store;
        openPayload(QStringLiteral("guide-create.json"));
        QTRY_VERIFY(entityText().contains(QStringLiteral("\"US\"")));
        QLabel *summary = m_window->previewPane()->storedProfileSummary();
        QVERIFY(summary->text().contains(QStringLiteral("No profile store")));

        m_window->useProfileStore(store.path());
        QTRY_VERIFY(summary->text().contains(QStringLiteral("dry run")));
        QVERIFY(summary->text().contains(QStringLiteral("Email:sampleEmail@gmail.com")));
        ui::diff::DiffView *view = m_window->previewPane()->storedProfileView();
        QTRY_VERIFY(view->changeCount() > 0);
        QCOMPARE(m_window->previewPane()->tabs()->currentIndex(),
                 int(ui::PreviewPane::StoredProfileTab));

        const int shown = m_window->previewsShown();
        auto applied = m_window->applyToStore();
        QVERIFY(applied);
        QVERIFY(applied->applied);
        QTRY_VERIFY(m_window->previewsShown() > shown);
        // The same create again changes nothing in the stored profile.
        QTRY_COMPARE(view->changeCount(), 0);

        auto reopened = core::emulation::ProfileStore::open(store.path());
        QVERIFY(reopened);
        auto profile = (*reopened)->profile({"Email", "sampleEmail@gmail.com"});
        QVERIFY(profile && profile->is_object());

        m_window->useProfileStore(QString());
        QTRY_VERIFY(summary->text().contains(QStringLiteral("No profile store")));
        QVERIFY(!m_window->applyToStore());
    }

    void savesThePreviewAsACaseThatPasses()
    {
        openPayload(QStringLiteral("guide-merge-identity-create.json"));
        QTRY_VERIFY(m_window->currentReport() &&
                    m_window->currentReport()->dump().find("profile.update") != std::string::npos);
        const QString file = m_window->saveAsCase();
        QVERIFY(!file.isEmpty());
        auto workspace = core::Workspace::open(m_workspace.path());
        QVERIFY(workspace);
        auto shared = std::make_shared<const core::Workspace>(std::move(workspace).value());
        for (const core::CaseOutcome &outcome : core::runCases(shared)) {
            QVERIFY2(outcome.passed, qPrintable(outcome.name + outcome.error +
                                                core::diff::toText(outcome.changes)));
        }

        m_window->openFile(QStringLiteral("cases"), file);
        QTRY_VERIFY(entityText().contains(QStringLiteral("sampleWorkEmail")));
        m_window->compareWithCase();
        auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("caseDiffDialog"));
        QVERIFY(dialog);
        auto *view = dialog->findChild<ui::diff::DiffView *>();
        QVERIFY(view);
        QTRY_VERIFY(!view->isComparing() && !view->summaryText().isEmpty());
        QCOMPARE(view->changeCount(), 0);
    }

    void clickingAPayloadProblemMovesTheCursor()
    {
        openPayload(QStringLiteral("guide-create.json"));
        ui::JsonEditor *editor = m_window->payloadPane()->editor();
        QVERIFY(
            editor->findFirst(QStringLiteral("\"create\""), false, true, false, false, true, 0, 0));
        editor->replaceSelectedText(QStringLiteral("\"upsert\""));
        QTRY_VERIFY(rowOfRule(QStringLiteral("U06")) >= 0);

        const int row = rowOfRule(QStringLiteral("U06"));
        const core::Problem problem = m_window->problemsView()->problemsModel()->problem(row);
        QVERIFY(problem.line > 0);
        editor->setCursorPosition(0, 0);
        m_window->problemsView()->activateRow(row);
        QCOMPARE(editor->cursorLineColumn(), qMakePair(problem.line, problem.column));
        QVERIFY(!editor->marksTextAt(editor->SendScintilla(QsciScintilla::SCI_GETCURRENTPOS))
                     .isEmpty());
    }

    void editingAMappingRowChangesThePreview()
    {
        openPayload(QStringLiteral("guide-create.json"));
        ui::MappingTableModel *model = m_window->mappingPane()->model();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->fieldText(r, ui::MappingTableModel::DestinationColumn) ==
                QLatin1String("homeAddress.country")) {
                row = r;
            }
        }
        QVERIFY(row >= 0);
        QVERIFY(model->setData(model->index(row, ui::MappingTableModel::SourceTypeColumn),
                               QStringLiteral("STATIC")));
        QVERIFY(model->setData(model->index(row, ui::MappingTableModel::SourceColumn),
                               QStringLiteral("Atlantis")));
        QTRY_VERIFY(entityText().contains(QStringLiteral("\"Atlantis\"")));

        model->undoStack()->undo();
        model->undoStack()->undo();
        QTRY_VERIFY(!entityText().contains(QStringLiteral("\"Atlantis\"")));
    }

    void aMappingProblemSelectsItsRow()
    {
        ui::MappingTableModel *model = m_window->mappingPane()->model();
        QVERIFY(model->rowCount() > 1);
        QVERIFY(model->setData(model->index(1, ui::MappingTableModel::SourceTypeColumn),
                               QStringLiteral("EXPRESSION")));
        QVERIFY(model->setData(model->index(1, ui::MappingTableModel::SourceColumn),
                               QStringLiteral("concat(")));
        QTRY_VERIFY(rowOfRule(QStringLiteral("M02")) >= 0);

        m_window->mappingPane()->selectRow(0);
        m_window->problemsView()->activateRow(rowOfRule(QStringLiteral("M02")));
        QCOMPARE(m_window->mappingPane()->currentRow(), 1);
        QCOMPARE(model->data(model->index(1, 0), ui::MappingTableModel::SeverityRole).toInt(),
                 int(core::Severity::Error));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
