// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "ui/ProblemsModel.h"
#include "ui/ProblemsView.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestProblemsModel : public QObject
{
    Q_OBJECT

private:
    static core::Problem problem(const char *rule, core::Severity severity, int line = 0,
                                 int mappingIndex = -1)
    {
        core::Problem out;
        out.rule = QString::fromLatin1(rule);
        out.severity = severity;
        out.message = QStringLiteral("message of ") + out.rule;
        out.line = line;
        out.column = line > 0 ? 5 : 0;
        out.mappingIndex = mappingIndex;
        out.origin =
            mappingIndex >= 0 ? core::ProblemOrigin::Mapping : core::ProblemOrigin::Payload;
        return out;
    }

private slots:
    void passesTheModelTester()
    {
        ui::ProblemsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProblems({problem("U06", core::Severity::Error, 3)});
        model.setProblems({});
        model.setProblems(
            {problem("U07", core::Severity::Info), problem("M02", core::Severity::Error)});
        QCOMPARE(model.rowCount(), 2);
    }

    void sortsErrorsFirst()
    {
        ui::ProblemsModel model;
        model.setProblems({problem("U07", core::Severity::Info),
                           problem("X03", core::Severity::Warning),
                           problem("U06", core::Severity::Error)});
        QCOMPARE(model.problem(0).rule, QStringLiteral("U06"));
        QCOMPARE(model.problem(2).rule, QStringLiteral("U07"));
    }

    void namesThePlace_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("mappingIndex");
        QTest::addColumn<QString>("expected");
        QTest::newRow("payload line") << 4 << -1 << "payload 4:5";
        QTest::newRow("mapping row") << 0 << 2 << "mapping row 3";
        QTest::newRow("nowhere") << 0 << -1 << "payload";
    }

    void namesThePlace()
    {
        QFETCH(int, line);
        QFETCH(int, mappingIndex);
        QFETCH(QString, expected);
        QCOMPARE(
            ui::ProblemsModel::placeText(problem("U01", core::Severity::Error, line, mappingIndex)),
            expected);
    }

    void summarisesCounts()
    {
        ui::ProblemsModel model;
        QCOMPARE(model.summary(), QStringLiteral("No problems"));
        model.setProblems({problem("U06", core::Severity::Error),
                           problem("X03", core::Severity::Warning),
                           problem("X04", core::Severity::Error)});
        QCOMPARE(model.summary(), QStringLiteral("2 error(s), 1 warning(s)"));
        model.setProblems({problem("M09", core::Severity::Info)});
        QCOMPARE(model.summary(), QStringLiteral("0 error(s), 0 warning(s), 1 note(s)"));
    }

    void nextProblemWrapsAround()
    {
        ui::ProblemsView view;
        view.setProblems(
            {problem("U06", core::Severity::Error, 2), problem("U08", core::Severity::Error, 3)});
        QSignalSpy activated(&view, &ui::ProblemsView::problemActivated);
        view.activateNext();
        view.activateNext();
        view.activateNext();
        QCOMPARE(activated.count(), 3);
        QCOMPARE(activated.at(2).at(0).value<core::Problem>().rule, QStringLiteral("U06"));
    }
};

QTEST_MAIN(TestProblemsModel)
#include "tst_problemsmodel.moc"
