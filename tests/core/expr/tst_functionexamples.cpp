// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// Runs every documented example of dataprep-function-examples.json. Where the documentation
// is wrong (doc_anomaly), the row says which behaviour Patchbay follows and why.
#include "core/Logging.h"
#include "core/expr/Expression.h"
#include "core/json/JsonDocument.h"

#include <QHash>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace core;
using namespace core::expr;

namespace {

/// How Patchbay answers a row whose documented value it does not reproduce.
struct Decision
{
    const char *expression; ///< nullptr: the file's runnable_expression or expression
    const char *expected;   ///< JSON; nullptr: expected_semantic if given, else expected
    const char *why;
};

const QHash<QString, Decision> &decisions()
{
    static const QHash<QString, Decision> table = {
        {QStringLiteral("ex-002"),
         {nullptr, nullptr, "follows expected_semantic: splitting on \" \" cannot drop the '!'"}},
        {QStringLiteral("ex-020"),
         {nullptr, nullptr,
          "follows the documented value; only the doc's missing quote is repaired"}},
        {QStringLiteral("ex-059"),
         {nullptr, nullptr,
          "follows expected_semantic %7C: %5C is the backslash, every encoder gives %7C"}},
        {QStringLiteral("ex-066"),
         {nullptr, nullptr,
          "runs runnable_expression and follows expected_semantic: the :35 seconds were "
          "copied from the dformat row"}},
        {QStringLiteral("ex-070"),
         {nullptr, nullptr,
          "follows the documented value: auto-detection tries ISO-8601 (space "
          "separator, no seconds) before the documented list"}},
        {QStringLiteral("ex-072"),
         {nullptr, nullptr, "follows the documented value: dates print with seconds precision"}},
        {QStringLiteral("ex-073"),
         {nullptr, "\"2019-10-17T11:55:12-07:00\"",
          "differs on purpose: 11:55:12 in Los Angeles is -07:00; printing Z would name another "
          "instant"}},
        {QStringLiteral("ex-074"),
         {nullptr, nullptr,
          "runs runnable_expression and follows the documented 19:55:12Z: PST is read "
          "as the fixed offset -08:00"}},
        {QStringLiteral("ex-075"),
         {nullptr, nullptr,
          "differs from the sample on purpose: the result carries Paris's offset "
          "(+02:00 in October), not Z; the clock differs, so only the kind of value "
          "is compared"}},
        {QStringLiteral("ex-077"),
         {nullptr, nullptr,
          "follows the documented value; arrays_to_object and arrays_to_objects are both "
          "registered"}},
        {QStringLiteral("ex-079"),
         {nullptr, "{\"firstName\": \"John\", \"lastName\": \"\"}",
          "differs on purpose: the documented output was not computed from this input; the "
          "faithful "
          "parse keeps the empty value and skips the pair without a key"}},
        {QStringLiteral("ex-087"),
         {nullptr, nullptr,
          "follows expected_semantic: the flat merge; the doc's outer key only echoes "
          "the input's label"}},
        {QStringLiteral("ex-101"),
         {nullptr, nullptr,
          "follows the documented value: the extra argument is accepted and ignored"}},
        {QStringLiteral("ex-112"),
         {nullptr, nullptr,
          "follows the documented value: to_bigint keeps the exact decimal of text "
          "with a fraction"}},
        {QStringLiteral("ex-114"),
         {nullptr, nullptr, "follows expected_semantic 12.3456: the trailing 6 is a typo"}},
        {QStringLiteral("ex-121"),
         {nullptr, nullptr, "follows the documented value; the expression uses the correct name"}},
        {QStringLiteral("ex-136"),
         {nullptr, nullptr, "follows expected_semantic: event2=2:2 has value 2 under the grammar"}},
        {QStringLiteral("ex-155"),
         {nullptr, "null",
          "differs on purpose: the pattern yyyy-MM-dd cannot read \"December 31st, 2020\", so the "
          "attribute is nulled with an error, as the verification note expects"}},
        {QStringLiteral("ex-157"),
         {"format(date(\"12112020\"), \"yyyy-MM-dd\")", nullptr,
          "runs the auto-detection through date(); yyyyMMdd fails on month 20, MMddyyyy matches"}},
    };
    return table;
}

QByteArray dumped(const Json &json)
{
    return QByteArray::fromStdString(dumpJson(json));
}

} // namespace

class TestFunctionExamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void examples_data();
    void examples();

private:
    Json m_examples;
};

void TestFunctionExamples::initTestCase()
{
    const QString path = QStringLiteral(PATCHBAY_SHARED_DIR) +
                         QStringLiteral("/spec/dataprep-function-examples.json");
    auto document = JsonDocument::fromFile(path);
    if (!document) {
        QSKIP(qPrintable(QStringLiteral("the examples file is not available (%1); set "
                                        "PATCHBAY_SHARED_DIR to the folder with spec/")
                             .arg(document.error().message())));
    }
    m_examples = document->takeRoot();
    QVERIFY(m_examples.is_array());
    QVERIFY(m_examples.size() >= 150);
}

void TestFunctionExamples::examples_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<bool>("nondeterministic");
    QTest::addColumn<QString>("notAnExpression");

    for (const Json &example : m_examples) {
        const QString id = toQString(example.at("id").get<std::string>());
        const QString function = toQString(example.value("function", std::string()));
        std::string expression =
            example.value("runnable_expression", example.value("expression", std::string()));
        Json expected = example.contains("expected_semantic") ? example.at("expected_semantic")
                                                              : example.at("expected");
        QString decision;
        if (decisions().contains(id)) {
            const Decision &d = decisions().value(id);
            expression = d.expression != nullptr ? std::string(d.expression) : expression;
            expected = d.expected != nullptr ? Json::parse(d.expected) : expected;
            decision = QLatin1String(d.why);
        } else if (example.value("doc_anomaly", false)) {
            decision = QStringLiteral("doc_anomaly without a recorded decision");
        }
        QString notAnExpression;
        if (function.startsWith(QLatin1String("implicit string->boolean")) ||
            function == QLatin1String("object_copy")) {
            notAnExpression =
                QStringLiteral("%1 is mapping behaviour (destination coercion or object copy), not "
                               "an expression; the mapping tests cover it")
                    .arg(function);
        }
        const Json input = example.value("input", Json());
        QTest::newRow(qPrintable(id + QLatin1Char(' ') + function))
            << toQString(expression) << dumped(input.is_null() ? Json::object() : input)
            << dumped(expected) << decision << example.value("nondeterministic", false)
            << notAnExpression;
    }
}

void TestFunctionExamples::examples()
{
    QFETCH(QString, expression);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QFETCH(QString, decision);
    QFETCH(bool, nondeterministic);
    QFETCH(QString, notAnExpression);

    if (!notAnExpression.isEmpty()) {
        QSKIP(qPrintable(notAnExpression));
    }
    QVERIFY2(decision != QLatin1String("doc_anomaly without a recorded decision"),
             "every documented anomaly needs a decision in this test");

    ExpressionError why;
    const auto compiled = Expression::compile(toStdString(expression), &why);
    QVERIFY2(compiled,
             qPrintable(QStringLiteral("%1:%2 %3").arg(why.line).arg(why.column).arg(why.message)));

    EvalContext context;
    context.now = QDateTime(QDate(2021, 10, 26), QTime(10, 10, 24), QTimeZone::utc());
    context.fixedIds = true;
    const Json record = Json::parse(input.toStdString());
    const Evaluation result = compiled->evaluate(record, context);
    const Json want = Json::parse(expected.toStdString());

    if (nondeterministic) {
        // The clock and ids differ from the doc's samples: check the kind of value only.
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(QString::fromLatin1(jsonTypeName(result.value)),
                 QString::fromLatin1(jsonTypeName(want)));
        return;
    }
    if (want.is_null() && !decision.isEmpty()) {
        QVERIFY2(!result.ok(), qPrintable(decision));
    }
    if (!decision.isEmpty()) {
        qCInfo(lcExpr) << QTest::currentDataTag() << decision;
    }
    QVERIFY2(result.ok() || want.is_null(), qPrintable(result.error));
    QCOMPARE(dumped(result.value), dumped(want));
}

QTEST_GUILESS_MAIN(TestFunctionExamples)
#include "tst_functionexamples.moc"
