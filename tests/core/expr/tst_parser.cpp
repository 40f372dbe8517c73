// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/expr/Expression.h"

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
    if (!result.ok()) {
        return "error: " + result.error.toUtf8();
    }
    return QByteArray::fromStdString(dumpJson(result.value));
}

} // namespace

class TestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operators_data();
    void operators();
    void literals_data();
    void literals();
    void fields_data();
    void fields();
    void errors_data();
    void errors();
    void tooLong();
    void tooDeep();
    void suggestsNearestFunction();
    void referencedFields();
    void arrayIntent_data();
    void arrayIntent();
};

void TestParser::operators_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("result");
    QTest::newRow("* before +") << "1 + 2 * 3" << QByteArray("7");
    QTest::newRow("parentheses") << "(1 + 2) * 3" << QByteArray("9");
    QTest::newRow("left associative -") << "10 - 4 - 3" << QByteArray("3");
    QTest::newRow("div word") << "9 div 2" << QByteArray("4");
    QTest::newRow("mod word") << "9 mod 4" << QByteArray("1");
    QTest::newRow("% java sign") << "-5 % 3" << QByteArray("-2");
    QTest::newRow("unary minus") << "-(2 + 3)" << QByteArray("-5");
    QTest::newRow("unary plus") << "+4" << QByteArray("4");
    QTest::newRow("complement") << "~44" << QByteArray("-45");
    QTest::newRow("shift left") << "1 << 4" << QByteArray("16");
    QTest::newRow("shift right") << "-16 >> 2" << QByteArray("-4");
    QTest::newRow("unsigned shift int") << "-1 >>> 28" << QByteArray("15");
    QTest::newRow("shift below +") << "1 << 1 + 1" << QByteArray("4");
    QTest::newRow("bit and or xor") << "6 & 3 | 8 ^ 1" << QByteArray("11");
    QTest::newRow("relational below shift") << "1 << 2 > 3" << QByteArray("true");
    QTest::newRow("lt le gt ge words")
        << "1 lt 2 and 2 le 2 and 3 gt 2 and 3 ge 3" << QByteArray("true");
    QTest::newRow("eq ne words") << "1 eq 1 and 1 ne 2" << QByteArray("true");
    QTest::newRow("== across types") << "1 == 1.0" << QByteArray("true");
    QTest::newRow("== numeric string") << "\"1\" == 1" << QByteArray("true");
    QTest::newRow("=== strict") << "1 === 1.0" << QByteArray("false");
    QTest::newRow("!= strings") << "'a' != 'b'" << QByteArray("true");
    QTest::newRow("and before or") << "true || false && false" << QByteArray("true");
    QTest::newRow("or short-circuits") << "true || 1 / 0" << QByteArray("true");
    QTest::newRow("and short-circuits") << "false && 1 / 0" << QByteArray("false");
    QTest::newRow("not word") << "not true" << QByteArray("false");
    QTest::newRow("! operator") << "!''" << QByteArray("true");
    QTest::newRow("ternary") << "2 > 1 ? 'yes' : 'no'" << QByteArray("\"yes\"");
    QTest::newRow("nested ternary right assoc") << "false ? 1 : true ? 2 : 3" << QByteArray("2");
    QTest::newRow("elvis falsy") << "'' ?: 'fallback'" << QByteArray("\"fallback\"");
    QTest::newRow("elvis truthy") << "'v' ?: 'fallback'" << QByteArray("\"v\"");
    QTest::newRow("?? only null") << "'' ?? 'fallback'" << QByteArray("\"\"");
    QTest::newRow("?? null") << "missing ?? 'fallback'" << QByteArray("\"fallback\"");
    QTest::newRow("=~ regex") << "'abc' =~ 'a.c'" << QByteArray("true");
    QTest::newRow("=~ whole match") << "'xabc' =~ 'a.c'" << QByteArray("false");
    QTest::newRow("=~ in array") << "2 =~ [1, 2]" << QByteArray("true");
    QTest::newRow("!~") << "'abc' !~ 'z.*'" << QByteArray("true");
    QTest::newRow("=^ starts") << "'abc' =^ 'ab'" << QByteArray("true");
    QTest::newRow("!^") << "'abc' !^ 'b'" << QByteArray("true");
    QTest::newRow("=$ ends") << "'abc' =$ 'bc'" << QByteArray("true");
    QTest::newRow("!$") << "'abc' !$ 'b'" << QByteArray("true");
    QTest::newRow("empty operator") << "empty ''" << QByteArray("true");
    QTest::newRow("empty call form") << "empty([1])" << QByteArray("false");
    QTest::newRow("size operator") << "size 'abc'" << QByteArray("3");
    QTest::newRow("size call form") << "size([1, 2])" << QByteArray("2");
    QTest::newRow("string concatenation") << "'a' + 1 + 2" << QByteArray("\"a12\"");
    QTest::newRow("number then string") << "1 + 2 + 'a'" << QByteArray("\"3a\"");
    QTest::newRow("safe navigation") << "missing?.child" << QByteArray("null");
    QTest::newRow("method equals") << "'a'.equals('a')" << QByteArray("true");
    QTest::newRow("method get on map") << "{'k': 5}.get('k')" << QByteArray("5");
    QTest::newRow("division by zero") << "1 / 0" << QByteArray("error: division by zero");
    QTest::newRow("null arithmetic")
        << "missing + 1" << QByteArray("error: the left operand of + is null");
}

void TestParser::operators()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, result);
    QCOMPARE(evaluate(text), result);
}

void TestParser::literals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("result");
    QTest::newRow("double quotes") << "\"a\\\"b\"" << QByteArray("\"a\\\"b\"");
    QTest::newRow("single quotes") << "'it\\'s'" << QByteArray("\"it's\"");
    QTest::newRow("escapes") << "'\\t\\n\\\\'" << QByteArray("\"\\t\\n\\\\\"");
    QTest::newRow("unicode escape") << "'\\u00e9'" << QByteArray("\"\xc3\xa9\"");
    QTest::newRow("unknown escape kept") << "'\\d'" << QByteArray("\"\\\\d\"");
    QTest::newRow("integer") << "42" << QByteArray("42");
    QTest::newRow("long") << "1571829875000" << QByteArray("1571829875000");
    QTest::newRow("hex") << "0xFF" << QByteArray("255");
    QTest::newRow("long suffix") << "5l" << QByteArray("5");
    QTest::newRow("decimal") << "22.5" << QByteArray("22.5");
    QTest::newRow("exponent") << "1e3" << QByteArray("1000.0");
    QTest::newRow("big decimal suffix") << "0.1b + 0.2b" << QByteArray("0.3");
    QTest::newRow("true") << "true" << QByteArray("true");
    QTest::newRow("null") << "null" << QByteArray("null");
    QTest::newRow("array") << "[1, null, 'a', [2]]" << QByteArray("[1,null,\"a\",[2]]");
    QTest::newRow("empty array") << "[]" << QByteArray("[]");
    QTest::newRow("map") << "{'a': 1, \"b\": [true]}" << QByteArray("{\"a\":1,\"b\":[true]}");
    QTest::newRow("empty map") << "{}" << QByteArray("{}");
    QTest::newRow("negative integer min") << "-2147483648" << QByteArray("-2147483648");
}

void TestParser::literals()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, result);
    QCOMPARE(evaluate(text), result);
}

void TestParser::fields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("result");
    QTest::newRow("plain") << "firstName" << QByteArray("\"John\"");
    QTest::newRow("dotted") << "address.city" << QByteArray("\"San Jose\"");
    QTest::newRow("quoted with space") << "${First Name}" << QByteArray("\"J\"");
    QTest::newRow("quoted escaped dot") << "${First\\.Name}" << QByteArray("\"dot\"");
    QTest::newRow("quoted path") << "${address.city}" << QByteArray("\"San Jose\"");
    QTest::newRow("escaped dot in path") << "address.street\\.name" << QByteArray("\"Main\"");
    QTest::newRow("index") << "emails[1].email" << QByteArray("\"b@x\"");
    QTest::newRow("numeric member") << "emails.0.email" << QByteArray("\"a@x\"");
    QTest::newRow("index out of range") << "emails[5].email" << QByteArray("null");
    QTest::newRow("reserved word quoted") << "${size}" << QByteArray("3");
    QTest::newRow("function name quoted") << "${date}" << QByteArray("\"today\"");
    QTest::newRow("unicode identifier") << "prénom" << QByteArray("\"Zoë\"");
    QTest::newRow("missing") << "nothing.here" << QByteArray("null");
}

void TestParser::fields()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, result);
    const Json record = Json::parse(R"({"firstName": "John", "First Name": "J", "First.Name": "dot",
        "address": {"city": "San Jose", "street.name": "Main"},
        "emails": [{"email": "a@x"}, {"email": "b@x"}], "size": 3, "date": "today",
        "prénom": "Zoë"})");
    QCOMPARE(evaluate(text, record), result);
}

void TestParser::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unclosed call") << "concat(a, b"
                                   << "M02" << 1 << 12 << "expected ',' or ')'";
    QTest::newRow("unclosed string") << "'abc"
                                     << "M02" << 1 << 1 << "not closed";
    QTest::newRow("missing operand") << "1 +"
                                     << "M02" << 1 << 4 << "ends where a value was expected";
    QTest::newRow("second line") << "1 +\n  * 2"
                                 << "M02" << 2 << 3 << "expected a value";
    QTest::newRow("unknown function") << "uper(x)"
                                      << "M02" << 1 << 1 << "did you mean 'upper'";
    QTest::newRow("arity") << "upper(a, b)"
                           << "M02" << 1 << 1 << "takes 1 argument(s), found 2";
    QTest::newRow("assignment") << "a = 1"
                                << "M02" << 1 << 3 << "assignments are not supported";
    QTest::newRow("statement separator") << "a; b"
                                         << "M02" << 1 << 2 << "statements are not supported";
    QTest::newRow("var") << "var x = 1"
                         << "M02" << 1 << 1 << "statements";
    QTest::newRow("if statement") << "if (a) b"
                                  << "M02" << 1 << 1 << "statements";
    QTest::newRow("other method") << "'a'.toUpperCase()"
                                  << "M02" << 1 << 5 << ".toUpperCase() is not supported";
    QTest::newRow("lambda outside") << "x -> x"
                                    << "M02" << 1 << 1 << "only allowed as an argument";
    QTest::newRow("lambda to wrong function") << "upper(x -> x)"
                                              << "M02" << 1 << 7 << "does not take a lambda";
    QTest::newRow("set literal") << "{1, 2}"
                                 << "M02" << 1 << 3 << "set literals";
    QTest::newRow("digit-leading name") << "1abc"
                                        << "M02" << 1 << 1 << "${1abc}";
    QTest::newRow("bad character") << "a # b"
                                   << "M02" << 1 << 3 << "expected an operator";
    QTest::newRow("function name as field") << "date + 1"
                                            << "M04" << 1 << 1 << "write ${date}";
    QTest::newRow("reserved word as field") << "concat(if, 'x')"
                                            << "M04" << 1 << 8 << "write ${if}";
    QTest::newRow("word operator as field") << "eq"
                                            << "M04" << 1 << 1 << "reserved word";
    QTest::newRow("_errors") << "_errors"
                             << "M04" << 1 << 1 << "reserved word";
    QTest::newRow("empty quoted field") << "${}"
                                        << "M02" << 1 << 1 << "needs a field name";
    QTest::newRow("backtick ends the lexer") << "upper(x)`"
                                             << "M02" << 1 << 9 << "template strings";
    QTest::newRow("empty text") << ""
                                << "M02" << 1 << 1 << "ends where a value was expected";
}

void TestParser::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, rule);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);
    ExpressionError why;
    const auto expression = Expression::compile(toStdString(text), &why);
    QVERIFY(!expression);
    QCOMPARE(why.rule, rule);
    QCOMPARE(why.line, line);
    QCOMPARE(why.column, column);
    QVERIFY2(why.message.contains(fragment), qPrintable(why.message));
    QVERIFY(why.length >= 1);
    QVERIFY(!why.expected.isEmpty());
    QVERIFY(!why.found.isEmpty());
    QCOMPARE(expression.error().line(), line);
}

void TestParser::tooLong()
{
    const QString text =
        QStringLiteral("concat(") + QString(4100, QLatin1Char('a')) + QStringLiteral(")");
    ExpressionError why;
    QVERIFY(!Expression::compile(toStdString(text), &why));
    QCOMPARE(why.rule, QStringLiteral("M03"));
    QCOMPARE(why.offset, 4096);

    const QString fits =
        QStringLiteral("'") + QString(4094, QLatin1Char('a')) + QStringLiteral("'");
    QVERIFY(Expression::compile(toStdString(fits)));
}

void TestParser::tooDeep()
{
    const QString text =
        QString(300, QLatin1Char('(')) + QStringLiteral("1") + QString(300, QLatin1Char(')'));
    ExpressionError why;
    QVERIFY(!Expression::compile(toStdString(text), &why));
    QVERIFY2(why.message.contains(QStringLiteral("nested too deeply")), qPrintable(why.message));

    const QString minus = QString(1000, QLatin1Char('-')) + QStringLiteral("1");
    QVERIFY(!Expression::compile(toStdString(minus), &why));
    QVERIFY(why.message.contains(QStringLiteral("nested too deeply")));

    const QString shallow = QString(50, QLatin1Char('[')) + QString(50, QLatin1Char(']'));
    QVERIFY(Expression::compile(toStdString(shallow)));
}

void TestParser::suggestsNearestFunction()
{
    ExpressionError why;
    QVERIFY(!Expression::compile("ua_os_version_majors(x)", &why));
    QCOMPARE(why.expected, QStringLiteral("ua_os_version_major"));
    QVERIFY(!Expression::compile("qqqqqqqqqq(x)", &why));
    QVERIFY2(!why.message.contains(QStringLiteral("did you mean")), qPrintable(why.message));
}

void TestParser::referencedFields()
{
    const auto expression = Expression::compile(
        "concat(firstName, ' ', ${last name}, homeAddress.country, emails[0].email) + "
        "(contains_key(\"evars.evar\") ? firstName : '')");
    QVERIFY(expression);
    const std::vector<std::string> expected = {"firstName", "last name", "homeAddress.country",
                                               "emails[0].email", "evars.evar"};
    QCOMPARE(expression->referencedFields(), expected);
    const auto lambda = Expression::compile("filterArray(items, x -> x.price > limit)");
    QVERIFY(lambda);
    QCOMPARE(lambda->referencedFields(), (std::vector<std::string>{"items", "limit"}));
}

void TestParser::arrayIntent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("intent");
    QTest::newRow("append") << "upsert_array_append(items)" << int(ArrayIntent::Append);
    QTest::newRow("replace") << "upsert_array_replace(items)" << int(ArrayIntent::Replace);
    QTest::newRow("nested is not outermost")
        << "first(upsert_array_append(items))" << int(ArrayIntent::None);
    QTest::newRow("none") << "items" << int(ArrayIntent::None);
}

void TestParser::arrayIntent()
{
    QFETCH(QString, text);
    QFETCH(int, intent);
    const auto expression = Expression::compile(toStdString(text));
    QVERIFY(expression);
    const Evaluation result =
        expression->evaluate(Json::parse(R"({"items": [[1]]})"), EvalContext());
    QVERIFY(result.ok());
    QCOMPARE(int(result.intent), intent);
}

QTEST_GUILESS_MAIN(TestParser)
#include "tst_parser.moc"
