// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "ui/HeaderCompleter.h"
#include "ui/JsonEditor.h"

#include <QApplication>
#include <QTest>

#include <Qsci/qscilexerjson.h>

class TestJsonEditor : public QObject
{
    Q_OBJECT

private slots:
    void formatsAndMinifies()
    {
        ui::JsonEditor editor;
        editor.setText(
            QStringLiteral("{\"header\":{\"operations\":{\"data\":\"merge\"}},\"body\":[1,2]}"));
        QVERIFY(editor.format());
        QCOMPARE(editor.lines(), 12);
        QVERIFY(editor.text().startsWith(QStringLiteral("{\n  \"header\": {\n")));
        QVERIFY(editor.minify());
        QCOMPARE(
            editor.text(),
            QStringLiteral("{\"header\":{\"operations\":{\"data\":\"merge\"}},\"body\":[1,2]}"));
        editor.undo();
        QCOMPARE(editor.lines(), 12);
    }

    void refusesToFormatBrokenJson()
    {
        ui::JsonEditor editor;
        const QString broken = QStringLiteral("{\n  \"header\": {\n    \"flowId\": x\n}");
        editor.setText(broken);
        const core::Result<void> formatted = editor.format();
        QVERIFY(!formatted);
        QCOMPARE(formatted.error().line(), 3);
        QCOMPARE(editor.text(), broken);
    }

    void marksAProblemAtItsPlace()
    {
        ui::JsonEditor editor;
        editor.setText(QStringLiteral("{\n  \"data\": \"upsert\",\n  \"x\": 1\n}\n"));
        ui::EditorMark mark;
        mark.line = 2;
        mark.column = 11;
        mark.message = QStringLiteral("U06: unknown operation");
        editor.setMarks({mark});

        const int start = editor.positionFromLineIndex(1, 10);
        const int inside = editor.positionFromLineIndex(1, 14);
        const int after = editor.positionFromLineIndex(2, 3);
        QVERIFY(editor.SendScintilla(QsciScintilla::SCI_INDICATORVALUEAT, 8, start) != 0);
        QVERIFY(editor.SendScintilla(QsciScintilla::SCI_INDICATORVALUEAT, 8, inside) != 0);
        QCOMPARE(editor.SendScintilla(QsciScintilla::SCI_INDICATORVALUEAT, 8, after), 0);
        QVERIFY(editor.markersAtLine(1) != 0);
        QCOMPARE(editor.marksTextAt(inside), mark.message);
        QVERIFY(editor.marksTextAt(after).isEmpty());
    }

    void keepsMarksPastTheEndOnTheText()
    {
        ui::JsonEditor editor;
        editor.setText(QStringLiteral("{}"));
        ui::EditorMark mark;
        mark.line = 40;
        mark.column = 3;
        editor.setMarks({mark});
        QVERIFY(editor.markersAtLine(0) != 0);
    }

    void goesToALineAndColumn()
    {
        ui::JsonEditor editor;
        editor.setText(QStringLiteral("{\n  \"a\": 1,\n  \"b\": 2\n}\n"));
        editor.goTo(3, 4);
        QCOMPARE(editor.cursorLineColumn(), qMakePair(3, 4));
        QVERIFY(editor.findText(QStringLiteral("\"a\""), true));
        QCOMPARE(editor.selectedText(), QStringLiteral("\"a\""));
    }

    void followsADarkPalette()
    {
        ui::JsonEditor editor;
        QVERIFY(editor.lexer()->paper(0).lightness() >= 128);

        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x24));
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2e));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        QApplication::setPalette(dark);
        QTRY_VERIFY(editor.lexer()->paper(0).lightness() < 128);
        QVERIFY(editor.lexer()->color(QsciLexerJSON::String).lightness() > 128);

        QApplication::setPalette(light);
        QTRY_VERIFY(editor.lexer()->paper(0).lightness() >= 128);
    }

    void completesHeaderValues_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("operation") << "    \"data\": \"m" << QStringList{"merge"};
        QTest::newRow("all operations")
            << "    \"data\": \"" << QStringList{"create", "merge", "delete"};
        QTest::newRow("flow id") << "  \"flowId\": \"d5" << QStringList{"d5262d48"};
        QTest::newRow("closed value") << "  \"flowId\": \"d5262d48\"," << QStringList{};
        QTest::newRow("other key") << "  \"name\": \"" << QStringList{};
    }

    void completesHeaderValues()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, expected);
        ui::JsonEditor editor;
        ui::HeaderCompleter completer(&editor);
        completer.setValues(QStringLiteral("flowId"),
                            {QStringLiteral("d5262d48"), QStringLiteral("923e2ac3")});
        QString prefix;
        QCOMPARE(completer.candidates(line, &prefix), expected);
    }
};

QTEST_MAIN(TestJsonEditor)
#include "tst_jsoneditor.moc"
