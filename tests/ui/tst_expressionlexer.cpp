// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "ui/ExpressionEditor.h"
#include "ui/ExpressionLexer.h"

#include <QTest>

using Style = ui::ExpressionLexer::Style;

class TestExpressionLexer : public QObject
{
    Q_OBJECT

private slots:
    void coloursTokens_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("style");
        QTest::newRow("function") << QByteArray("concat(a, \"b\")") << 0 << int(Style::Function);
        QTest::newRow("argument") << QByteArray("concat(a, \"b\")") << 7 << int(Style::Default);
        QTest::newRow("string") << QByteArray("concat(a, \"b\")") << 11 << int(Style::String);
        QTest::newRow("operator") << QByteArray("concat(a, \"b\")") << 6 << int(Style::Operator);
        QTest::newRow("field reference")
            << QByteArray("upper(${first name})") << 8 << int(Style::Field);
        QTest::newRow("number") << QByteArray("substr(a, 10)") << 10 << int(Style::Number);
        QTest::newRow("keyword") << QByteArray("iif(a, true, null)") << 7 << int(Style::Keyword);
        QTest::newRow("unknown function")
            << QByteArray("frobnicate(a)") << 0 << int(Style::Unknown);
        QTest::newRow("unclosed string") << QByteArray("lower(\"abc") << 9 << int(Style::String);
    }

    void coloursTokens()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, offset);
        QFETCH(int, style);
        ui::ExpressionLexer lexer;
        lexer.setFunctionNames({QStringLiteral("concat"), QStringLiteral("upper"),
                                QStringLiteral("substr"), QStringLiteral("iif"),
                                QStringLiteral("lower")});
        const QList<int> styles = lexer.stylesOf(text);
        QCOMPARE(styles.size(), text.size());
        QCOMPARE(styles.at(offset), style);
    }

    void completesFunctionsAndPaths()
    {
        ui::ExpressionEditor editor;
        editor.setFunctions(
            {{QStringLiteral("concat"), QStringLiteral("concat(STRING...)"), QString()},
             {QStringLiteral("contains_key"), QString(), QString()},
             {QStringLiteral("upper"), QString(), QString()}});
        editor.setSourcePaths({QStringLiteral("homeAddress.country"),
                               QStringLiteral("homeAddress.city"), QStringLiteral("personID")});
        QCOMPARE(editor.completionsFor(QStringLiteral("con")),
                 QStringList({QStringLiteral("concat"), QStringLiteral("contains_key")}));
        QCOMPARE(editor.completionsFor(QStringLiteral("homeAddress.c")),
                 QStringList(
                     {QStringLiteral("homeAddress.city"), QStringLiteral("homeAddress.country")}));
        QVERIFY(editor.completionsFor(QStringLiteral("zzz")).isEmpty());
    }
};

QTEST_MAIN(TestExpressionLexer)
#include "tst_expressionlexer.moc"
