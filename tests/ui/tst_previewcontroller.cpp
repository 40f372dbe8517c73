// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/workspace/Workspace.h"
#include "ui/PreviewController.h"
#include "ui/TextFile.h"

#include <QSignalSpy>
#include <QTest>

using ui::PreviewController;
using ui::PreviewOutcome;

Q_DECLARE_METATYPE(std::shared_ptr<const ui::PreviewOutcome>)

class TestPreviewController : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const core::Workspace> m_workspace;
    QString m_payload;

    static std::shared_ptr<const PreviewOutcome> outcomeAt(const QSignalSpy &spy, int index)
    {
        return spy.at(index).at(0).value<std::shared_ptr<const PreviewOutcome>>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<std::shared_ptr<const ui::PreviewOutcome>>();
        core::Result<core::Workspace> workspace =
            core::Workspace::open(core::Workspace::sampleDirectory());
        QVERIFY(workspace);
        m_workspace = std::make_shared<const core::Workspace>(std::move(workspace).value());
        core::Result<QString> payload =
            ui::TextFile::read(m_workspace->path(QStringLiteral("payloads/guide-create.json")));
        QVERIFY(payload);
        m_payload = *payload;
    }

    void runsOffTheGuiThread()
    {
        PreviewController controller;
        QSignalSpy ready(&controller, &PreviewController::resultReady);
        controller.setWorkspace(m_workspace);
        controller.setPayloadText(m_payload);
        controller.runNow();
        QVERIFY(controller.isRunning());
        QTRY_COMPARE(ready.count(), 1);

        const auto outcome = outcomeAt(ready, 0);
        QVERIFY2(outcome->ok(), qPrintable(outcome->error));
        QVERIFY(!outcome->result.messages.empty());
        QVERIFY(outcome->sourcePaths.contains(QStringLiteral("homeAddress.country")));
    }

    void dropsResultsOfChangedInputs()
    {
        PreviewController controller;
        QSignalSpy ready(&controller, &PreviewController::resultReady);
        controller.setWorkspace(m_workspace);
        controller.setPayloadText(m_payload);
        controller.runNow();

        // Edited while the first run is going: its result is stale and must not be shown.
        QString edited = m_payload;
        edited.replace(QStringLiteral("\"US\""), QStringLiteral("\"CA\""));
        controller.setPayloadText(edited);

        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(controller.droppedResults(), quint64(1));
        const auto outcome = outcomeAt(ready, 0);
        QCOMPARE(outcome->generation, controller.generation());
        QVERIFY(core::toQString(core::dumpJson(outcome->result.entity)).contains("\"CA\""));
    }

    void debouncesBurstsOfEdits()
    {
        PreviewController controller;
        controller.setDelay(50);
        QSignalSpy ready(&controller, &PreviewController::resultReady);
        controller.setWorkspace(m_workspace);
        for (int i = 0; i < 20; ++i) {
            controller.setPayloadText(m_payload + QString(i, QLatin1Char(' ')));
        }
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(controller.droppedResults(), quint64(0));
    }

    void reportsAMissingWorkspace()
    {
        const PreviewOutcome outcome = PreviewController::compute(ui::PreviewInputs(), 7);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.generation, quint64(7));
        QVERIFY(outcome.error.contains(QStringLiteral("workspace")));
    }

    void reportsBrokenPayloadsAsProblems()
    {
        ui::PreviewInputs inputs;
        inputs.workspace = m_workspace;
        inputs.payload = "{\"header\": {";
        const PreviewOutcome outcome = PreviewController::compute(inputs, 1);
        QVERIFY(outcome.ok());
        QVERIFY(!outcome.result.problems.empty());
        QVERIFY(outcome.result.problems.front().line > 0);
    }
};

QTEST_MAIN(TestPreviewController)
#include "tst_previewcontroller.moc"
