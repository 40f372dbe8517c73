// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/expr/Expression.h"
#include "core/expr/Value.h"

#include <QTest>

using namespace core;
using namespace core::expr;

namespace {

QByteArray evaluate(const QString &text, const Json &record = Json::object())
{
    ExpressionError why;
    const auto expression = Expression::compile(toStdString(text), &why);
    if (!expression) {
        return "compile error: " + why.message.toUtf8();
    }
    const Evaluation result = expression->evaluate(record, EvalContext());
    return result.ok() ? QByteArray::fromStdString(dumpJson(result.value))
                       : "error: " + result.error.toUtf8();
}

} // namespace

class TestValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void widening_data();
    void widening();
    void javaStrings_data();
    void javaStrings();
    void fromJson_data();
    void fromJson();
    void decimals();
    void truncatingDivisionWarns();
    void concatenationOfNullWarns();
};

void TestValues::widening_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("result");
    QTest::newRow("int overflow widens to long") << "2147483647 + 1" << QByteArray("2147483648");
    QTest::newRow("long overflow widens to big")
        << "9223372036854775807 + 1" << QByteArray("9223372036854775808");
    QTest::newRow("big beyond 64 bits prints as text")
        << "9223372036854775807 * 9223372036854775807"
        << QByteArray("\"85070591730234615847396907784232501249\"");
    QTest::newRow("big narrows back")
        << "(9223372036854775807 + 1) - 10" << QByteArray("9223372036854775798");
    QTest::newRow("int times int") << "46341 * 46341" << QByteArray("2147488281");
    QTest::newRow("negate min int") << "-(-2147483648)" << QByteArray("2147483648");
    QTest::newRow("int plus double") << "1 + 0.5" << QByteArray("1.5");
    QTest::newRow("integer division") << "7 / 2" << QByteArray("3");
    QTest::newRow("double division") << "7.0 / 2" << QByteArray("3.5");
    QTest::newRow("numeric string in -") << "'10' - 4" << QByteArray("6");
    QTest::newRow("non-numeric string in -")
        << "'x' - 4" << QByteArray("error: - cannot be applied to String and Integer");
    QTest::newRow("compare long and int") << "3000000000 > 2" << QByteArray("true");
    QTest::newRow("compare strings") << "'apple' < 'banana'" << QByteArray("true");
    QTest::newRow("compare incomparable")
        << "[1] < 2" << QByteArray("error: < cannot compare array with Integer");
    QTest::newRow("list equality") << "[1, 'a'] == [1.0, 'a']" << QByteArray("true");
    QTest::newRow("map equality ignores order")
        << "{'a': 1, 'b': 2} == {'b': 2, 'a': 1}" << QByteArray("true");
    QTest::newRow("equals is type strict") << "1.equals(1.0)" << QByteArray("false");
}

void TestValues::widening()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, result);
    QCOMPARE(evaluate(text), result);
}

void TestValues::javaStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("result");
    QTest::newRow("double plain") << "'' + 1.5" << QByteArray("\"1.5\"");
    QTest::newRow("double whole keeps .0") << "'' + 2.0" << QByteArray("\"2.0\"");
    QTest::newRow("double large uses E") << "'' + 1.0e10" << QByteArray("\"1.0E10\"");
    QTest::newRow("double small uses E") << "'' + 0.0001" << QByteArray("\"1.0E-4\"");
    QTest::newRow("float shortest") << "'' + to_float('12.3456')" << QByteArray("\"12.3456\"");
    QTest::newRow("boolean") << "'' + true" << QByteArray("\"true\"");
    QTest::newRow("list") << "'' + [1, 'a', null]" << QByteArray("\"[1, a, null]\"");
    QTest::newRow("map") << "'' + {'k': 1}" << QByteArray("\"{k=1}\"");
    QTest::newRow("date like java.util.Date") << "'' + date('2020-09-25T15:17:31-07:00')"
                                              << QByteArray("\"Fri Sep 25 15:17:31 -07:00 2020\"");
    QTest::newRow("zone date")
        << "'' + zone_date_to_zone(date('2020-09-25T22:17:31Z'), 'America/Los_Angeles')"
        << QByteArray("\"Fri Sep 25 15:17:31 PDT 2020\"");
    QTest::newRow("decimal plain") << "'' + 1.50b" << QByteArray("\"1.50\"");
}

void TestValues::javaStrings()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, result);
    QCOMPARE(evaluate(text), result);
}

void TestValues::fromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("type");
    QTest::newRow("small integer") << QByteArray("5") << int(Value::Type::Integer);
    QTest::newRow("large integer") << QByteArray("5000000000") << int(Value::Type::Long);
    QTest::newRow("unsigned beyond long")
        << QByteArray("18446744073709551615") << int(Value::Type::BigInteger);
    QTest::newRow("fraction") << QByteArray("1.25") << int(Value::Type::Double);
    QTest::newRow("string") << QByteArray("\"s\"") << int(Value::Type::String);
    QTest::newRow("array") << QByteArray("[1]") << int(Value::Type::List);
    QTest::newRow("object") << QByteArray("{\"a\": 1}") << int(Value::Type::Map);
    QTest::newRow("null") << QByteArray("null") << int(Value::Type::Null);
}

void TestValues::fromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(int, type);
    const Json parsed = Json::parse(json.toStdString());
    const Value value = Value::fromJson(parsed);
    QCOMPARE(int(value.type()), type);
    QCOMPARE(QByteArray::fromStdString(dumpJson(value.toJson())),
             QByteArray::fromStdString(dumpJson(parsed)));
}

void TestValues::decimals()
{
    QCOMPARE(evaluate("0.1b + 0.2b == 0.3b"), QByteArray("true"));
    QCOMPARE(evaluate("0.1 + 0.2 == 0.3"), QByteArray("false"));
    QCOMPARE(evaluate("1.5b * 2"), QByteArray("3.0"));
    QCOMPARE(evaluate("1b / 3b"), QByteArray("0.3333333333333333"));
    QCOMPARE(evaluate("1b / 0b"), QByteArray("error: division by zero"));
    const auto parsed = parseDecimal(u"-12.340e1");
    QVERIFY(parsed);
    QCOMPARE(decimalToString(*parsed), QStringLiteral("-123.40"));
    QVERIFY(!parseDecimal(u"1.2.3"));
    QVERIFY(!parseDecimal(u"abc"));
}

void TestValues::truncatingDivisionWarns()
{
    const auto expression = Expression::compile("7 / 2");
    QVERIFY(expression);
    const Evaluation result = expression->evaluate(Json::object(), EvalContext());
    QVERIFY(result.ok());
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(result.warnings.first().contains(QStringLiteral("remainder")));
    QVERIFY(expression->evaluate(Json::object(), EvalContext()).value == Json(3));
}

void TestValues::concatenationOfNullWarns()
{
    const auto expression = Expression::compile("concat('a', missing, 'b') + missing");
    QVERIFY(expression);
    const Evaluation result = expression->evaluate(Json::object(), EvalContext());
    QVERIFY(result.ok());
    QVERIFY(result.value == Json("ab"));
    QCOMPARE(result.warnings.size(), 1);
}

QTEST_GUILESS_MAIN(TestValues)
#include "tst_values.moc"
