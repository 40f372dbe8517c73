// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/workspace/Workspace.h"
#include "ui/Prompter.h"
#include "ui/WorkspacePanel.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using ui::WorkspacePanel;

class TestWorkspacePanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    std::shared_ptr<const core::Workspace> m_workspace;

    QStringList childrenOf(const WorkspacePanel &panel, const QString &kind) const
    {
        QStringList out;
        for (int i = 0; i < panel.topLevelItemCount(); ++i) {
            const QTreeWidgetItem *group = panel.topLevelItem(i);
            if (group->data(0, WorkspacePanel::KindRole).toString() != kind) {
                continue;
            }
            for (int j = 0; j < group->childCount(); ++j) {
                out.append(group->child(j)->text(0));
            }
        }
        return out;
    }

    void reopen(WorkspacePanel &panel)
    {
        core::Result<core::Workspace> opened = core::Workspace::open(m_directory.path());
        QVERIFY(opened);
        m_workspace = std::make_shared<const core::Workspace>(std::move(opened).value());
        panel.setWorkspace(m_workspace);
    }

private slots:
    void initTestCase()
    {
        ui::Prompter::setUnattended(true);
        const QString sample = core::Workspace::sampleDirectory();
        QDirIterator it(sample, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString target = m_directory.filePath(QDir(sample).relativeFilePath(source));
            QDir().mkpath(QFileInfo(target).absolutePath());
            QVERIFY(QFile::copy(source, target));
        }
    }

    void listsTheWorkspace()
    {
        WorkspacePanel panel;
        reopen(panel);
        QVERIFY(childrenOf(panel, QStringLiteral("payloads")).contains("guide-create.json"));
        QCOMPARE(childrenOf(panel, QStringLiteral("mappings")), QStringList{"guide.json"});
        QCOMPARE(childrenOf(panel, QStringLiteral("flows")), QStringList{"HTTP API upserts"});
    }

    void marksPassingAndFailingCases()
    {
        WorkspacePanel panel;
        QSignalSpy checked(&panel, &WorkspacePanel::casesChecked);
        reopen(panel);
        QTRY_COMPARE(checked.count(), 1);
        QCOMPARE(checked.at(0).at(1).toInt(), 0);
        QVERIFY(checked.at(0).at(0).toInt() >= 4);
        const QStringList cases = childrenOf(panel, QStringLiteral("cases"));
        QVERIFY(cases.contains(QStringLiteral("guide-create.json (passes)")));

        // Break one expectation: its item says so after the next check.
        const QString file = m_directory.filePath(QStringLiteral("cases/guide-delete.json"));
        QFile edit(file);
        QVERIFY(edit.open(QIODevice::ReadOnly));
        QByteArray text = edit.readAll();
        edit.close();
        QVERIFY(text.contains("xdmEntityDelete"));
        text.replace("xdmEntityDelete", "xdmEntityUpdate");
        QVERIFY(edit.open(QIODevice::WriteOnly | QIODevice::Truncate));
        edit.write(text);
        edit.close();
        reopen(panel);
        QTRY_COMPARE(checked.count(), 2);
        QCOMPARE(checked.at(1).at(1).toInt(), 1);
        QVERIFY(childrenOf(panel, QStringLiteral("cases"))
                    .contains(QStringLiteral("guide-delete.json (fails)")));

        text.replace("xdmEntityUpdate", "xdmEntityDelete");
        QVERIFY(edit.open(QIODevice::WriteOnly | QIODevice::Truncate));
        edit.write(text);
        edit.close();
    }

    void createsRenamesDuplicatesAndDeletes()
    {
        WorkspacePanel panel;
        reopen(panel);
        QSignalSpy changed(&panel, &WorkspacePanel::filesChanged);

        const QString created =
            panel.createFile(QStringLiteral("payloads"), QStringLiteral("new one"));
        QVERIFY(QFileInfo::exists(created));
        QCOMPARE(QFileInfo(created).fileName(), QStringLiteral("new one.json"));

        const QString renamed = panel.renameFile(created, QStringLiteral("renamed"));
        QVERIFY(!QFileInfo::exists(created));
        QVERIFY(QFileInfo::exists(renamed));

        const QString copy = panel.duplicateFile(renamed);
        QCOMPARE(QFileInfo(copy).fileName(), QStringLiteral("renamed-copy1.json"));

        QVERIFY(panel.deleteFile(copy));
        QVERIFY(panel.deleteFile(renamed));
        QVERIFY(!QFileInfo::exists(copy));
        QCOMPARE(changed.count(), 5);

        reopen(panel);
        QVERIFY(!childrenOf(panel, QStringLiteral("payloads")).contains("renamed.json"));
    }

    void refusesBadNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("path") << "../outside";
        QTest::newRow("hidden") << ".secret";
        QTest::newRow("empty") << "  ";
        QTest::newRow("existing") << "guide-create";
    }

    void refusesBadNames()
    {
        QFETCH(QString, name);
        WorkspacePanel panel;
        reopen(panel);
        QVERIFY(panel.createFile(QStringLiteral("payloads"), name).isEmpty());
        QVERIFY(!QFileInfo::exists(m_directory.filePath(QStringLiteral("outside.json"))));
    }
};

QTEST_MAIN(TestWorkspacePanel)
#include "tst_workspacepanel.moc"
