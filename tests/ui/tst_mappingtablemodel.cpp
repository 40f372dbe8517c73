// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "ui/MappingTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using ui::MappingTableModel;

class TestMappingTableModel : public QObject
{
    Q_OBJECT

private:
    static core::Mapping row(const char *source, const char *destination,
                             core::SourceType type = core::SourceType::Attribute)
    {
        core::Mapping mapping;
        mapping.sourceType = type;
        mapping.source = source;
        mapping.destination = destination;
        return mapping;
    }

    static core::MappingSet threeRows()
    {
        core::MappingSet set;
        set.mappings() = {row("a", "x.a"),
                          row("concat(b, c)", "x.bc", core::SourceType::Expression),
                          row("fixed", "x.f", core::SourceType::Static)};
        return set;
    }

    static QString sources(const MappingTableModel &model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r) {
            out.append(model.fieldText(r, MappingTableModel::SourceColumn));
        }
        return out.join(QLatin1Char(','));
    }

private slots:
    void passesTheModelTester()
    {
        MappingTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMappingSet(threeRows());
        model.addMapping(1, row("new", "x.new"));
        model.moveMapping(0, 2);
        model.moveMapping(2, 0);
        model.removeMapping(1);
        model.undoStack()->undo();
        model.setData(model.index(0, MappingTableModel::DestinationColumn), QStringLiteral("y"));
        QCOMPARE(model.rowCount(), 4);
    }

    void showsTheColumns_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("source type") << int(MappingTableModel::SourceTypeColumn) << "EXPRESSION";
        QTest::newRow("source") << int(MappingTableModel::SourceColumn) << "concat(b, c)";
        QTest::newRow("destination") << int(MappingTableModel::DestinationColumn) << "x.bc";
        QTest::newRow("description") << int(MappingTableModel::DescriptionColumn) << "";
    }

    void showsTheColumns()
    {
        QFETCH(int, column);
        QFETCH(QString, expected);
        MappingTableModel model;
        model.setMappingSet(threeRows());
        QCOMPARE(model.data(model.index(1, column)).toString(), expected);
    }

    void editsAreUndoneAndRedone()
    {
        MappingTableModel model;
        model.setMappingSet(threeRows());
        QSignalSpy changed(&model, &MappingTableModel::mappingChanged);

        QVERIFY(
            model.setData(model.index(0, MappingTableModel::SourceColumn), QStringLiteral("z")));
        QCOMPARE(model.mappingSet().mappings().at(0).source, std::string("z"));
        model.undoStack()->undo();
        QCOMPARE(model.mappingSet().mappings().at(0).source, std::string("a"));
        model.undoStack()->redo();
        QCOMPARE(model.mappingSet().mappings().at(0).source, std::string("z"));
        QCOMPARE(changed.count(), 3);
    }

    void typingIntoOneCellIsOneUndoStep()
    {
        MappingTableModel model;
        model.setMappingSet(threeRows());
        const QModelIndex cell = model.index(0, MappingTableModel::SourceColumn);
        for (const char *text : {"a.", "a.b", "a.bc"}) {
            model.setData(cell, QString::fromLatin1(text));
        }
        QCOMPARE(model.undoStack()->count(), 1);
        model.undoStack()->undo();
        QCOMPARE(model.fieldText(0, MappingTableModel::SourceColumn), QStringLiteral("a"));
    }

    void rowsAreAddedRemovedAndMoved()
    {
        MappingTableModel model;
        model.setMappingSet(threeRows());
        model.addMapping(3, row("d", "x.d"));
        QCOMPARE(sources(model), QStringLiteral("a,concat(b, c),fixed,d"));
        model.moveMapping(3, 0);
        QCOMPARE(sources(model), QStringLiteral("d,a,concat(b, c),fixed"));
        model.removeMapping(2);
        QCOMPARE(sources(model), QStringLiteral("d,a,fixed"));

        while (model.undoStack()->canUndo()) {
            model.undoStack()->undo();
        }
        QCOMPARE(sources(model), QStringLiteral("a,concat(b, c),fixed"));
    }

    void rejectsAnUnknownSourceType()
    {
        MappingTableModel model;
        model.setMappingSet(threeRows());
        QVERIFY(!model.setData(model.index(0, MappingTableModel::SourceTypeColumn),
                               QStringLiteral("FORMULA")));
        QVERIFY(model.setData(model.index(0, MappingTableModel::SourceTypeColumn),
                              QStringLiteral("static")));
        QCOMPARE(model.mappingSet().mappings().at(0).sourceType, core::SourceType::Static);
    }

    void showsTheStatusOfRowsWithProblems()
    {
        MappingTableModel model;
        model.setMappingSet(threeRows());
        core::Problem problem;
        problem.rule = QStringLiteral("M02");
        problem.message = QStringLiteral("Unknown function");
        problem.mappingIndex = 1;
        core::Problem unrelated = problem;
        unrelated.mappingIndex = -1;
        model.setProblems({problem, unrelated});

        QCOMPARE(model.data(model.index(1, 0), MappingTableModel::SeverityRole).toInt(),
                 int(core::Severity::Error));
        QCOMPARE(model.data(model.index(0, 0), MappingTableModel::SeverityRole).toInt(), -1);
        QVERIFY(model.data(model.index(1, 0), Qt::ToolTipRole).toString().contains("M02"));
        QCOMPARE(model.problemsOf(1).size(), size_t(1));
    }
};

QTEST_MAIN(TestMappingTableModel)
#include "tst_mappingtablemodel.moc"
