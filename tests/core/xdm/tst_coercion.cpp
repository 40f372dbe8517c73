// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/xdm/DateAutoDetect.h"
#include "core/xdm/Schema.h"

#include <QDateTime>
#include <QTest>

using namespace core;
using namespace core::xdm;

Q_DECLARE_METATYPE(core::xdm::XdmType)

namespace {

Field fieldOf(XdmType type)
{
    Field field;
    field.name = "value";
    field.type = type;
    return field;
}

Json json(const char *text)
{
    return Json::parse(text);
}

QString dumped(const Json &value)
{
    return toQString(value.dump());
}

} // namespace

class TestCoercion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void booleans_data();
    void booleans();
    void integers_data();
    void integers();
    void numbersAndText_data();
    void numbersAndText();
    void everyDatePattern_data();
    void everyDatePattern();
    void dateOutputs_data();
    void dateOutputs();
    void ambiguousDates_data();
    void ambiguousDates();
    void undetectableDates_data();
    void undetectableDates();
    void calendarMatchesQDate();
    void longBeyondDocumentedRange();
    void recursesIntoObjectsArraysAndMaps();
    void optionsSwitchConversionsOff();
    void nullStaysNull();

private:
    std::optional<Schema> m_schema;
};

void TestCoercion::initTestCase()
{
    Result<Schema> schema = Schema::fromFile(
        QStringLiteral(PATCHBAY_TEST_DATA "/xdm/tenant-fields.schema.json"), SchemaLibrary());
    QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().message()));
    m_schema = std::move(schema).value();
}

void TestCoercion::booleans_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected"); // "" when the conversion must fail
    for (const char *word : {"y", "yes", "Y", "YES", "on", "ON", "true", "TRUE"}) {
        QTest::addRow("true word %s", word) << QByteArray("\"") + word + "\""
                                            << "true";
    }
    for (const char *word : {"n", "N", "no", "NO", "off", "OFF", "false", "FALSE"}) {
        QTest::addRow("false word %s", word) << QByteArray("\"") + word + "\""
                                             << "false";
    }
    QTest::newRow("boolean stays") << QByteArray("false") << "false";
    QTest::newRow("mixed case Yes") << QByteArray("\"Yes\"") << "";
    QTest::newRow("mixed case True") << QByteArray("\"True\"") << "";
    QTest::newRow("digit one") << QByteArray("\"1\"") << "";
    QTest::newRow("empty") << QByteArray("\"\"") << "";
    QTest::newRow("padded") << QByteArray("\" yes\"") << "";
    QTest::newRow("number") << QByteArray("1") << "";
    QTest::newRow("object") << QByteArray("{}") << "";
}

void TestCoercion::booleans()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const Coercion out = coerce(json(input.constData()), fieldOf(XdmType::Boolean));
    if (expected.isEmpty()) {
        QVERIFY(!out.ok());
        QVERIFY(out.value.is_null());
        QVERIFY2(out.error.contains(QStringLiteral("boolean")), qPrintable(out.error));
        return;
    }
    QVERIFY2(out.ok(), qPrintable(out.error));
    QCOMPARE(dumped(out.value), expected);
}

void TestCoercion::integers_data()
{
    QTest::addColumn<XdmType>("type");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected"); // the value, or the error message with "!" first
    QTest::newRow("numeric string") << XdmType::Int << QByteArray("\"42\"") << "42";
    QTest::newRow("plus sign") << XdmType::Int << QByteArray("\"+42\"") << "42";
    QTest::newRow("negative") << XdmType::Long << QByteArray("\"-7\"") << "-7";
    QTest::newRow("int low edge") << XdmType::Int << QByteArray("\"-2147483648\"") << "-2147483648";
    QTest::newRow("int high edge") << XdmType::Int << QByteArray("2147483647") << "2147483647";
    QTest::newRow("int past high edge")
        << XdmType::Int << QByteArray("\"2147483648\"")
        << "!\"2147483648\" is out of range for field of type int (-2147483648 to 2147483647)";
    QTest::newRow("short past edge") << XdmType::Short << QByteArray("32768")
                                     << "!32768 is out of range for field of type short (-32768 "
                                        "to 32767)";
    QTest::newRow("byte past low edge") << XdmType::Byte << QByteArray("\"-129\"")
                                        << "!\"-129\" is out of range for field of type byte "
                                           "(-128 to 127)";
    QTest::newRow("byte edge") << XdmType::Byte << QByteArray("-128") << "-128";
    QTest::newRow("long overflow string")
        << XdmType::Long << QByteArray("\"9223372036854775808\"")
        << "!\"9223372036854775808\" is out of range for field of type long "
           "(-9223372036854775808 to 9223372036854775807)";
    QTest::newRow("long overflow unsigned")
        << XdmType::Long << QByteArray("18446744073709551615")
        << "!18446744073709551615 is out of range for field of type long "
           "(-9223372036854775808 to 9223372036854775807)";
    QTest::newRow("integral double") << XdmType::Int << QByteArray("12.0") << "12";
    QTest::newRow("integral double string") << XdmType::Int << QByteArray("\"12.0\"") << "12";
    QTest::newRow("fraction") << XdmType::Int << QByteArray("12.5")
                              << "!12.5 has a fraction and cannot be stored in a field of type int";
    QTest::newRow("not a number") << XdmType::Int << QByteArray("\"abc\"")
                                  << "!\"abc\" is not a number for field of type int";
    QTest::newRow("spaces") << XdmType::Int << QByteArray("\" 42\"")
                            << "!\" 42\" is not a number for field of type int";
    QTest::newRow("boolean") << XdmType::Short << QByteArray("true")
                             << "!true is not a number for field of type short";
    QTest::newRow("array") << XdmType::Long << QByteArray("[1]")
                           << "!an array is not a number for field of type long";
}

void TestCoercion::integers()
{
    QFETCH(XdmType, type);
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const Coercion out = coerce(json(input.constData()), fieldOf(type));
    if (expected.startsWith(QLatin1Char('!'))) {
        QVERIFY(!out.ok());
        QCOMPARE(out.error, expected.mid(1));
        return;
    }
    QVERIFY2(out.ok(), qPrintable(out.error));
    QVERIFY(out.value.is_number_integer());
    QCOMPARE(dumped(out.value), expected);
}

void TestCoercion::numbersAndText_data()
{
    QTest::addColumn<XdmType>("type");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected"); // JSON of the value, or "!" and part of the error
    QTest::newRow("integer to string") << XdmType::String << QByteArray("1234") << "\"1234\"";
    QTest::newRow("negative to string") << XdmType::String << QByteArray("-5") << "\"-5\"";
    QTest::newRow("big unsigned to string")
        << XdmType::String << QByteArray("18446744073709551615") << "\"18446744073709551615\"";
    QTest::newRow("double to string") << XdmType::String << QByteArray("12.5") << "\"12.5\"";
    QTest::newRow("integral double keeps .0")
        << XdmType::String << QByteArray("12.0") << "\"12.0\"";
    QTest::newRow("boolean to string") << XdmType::String << QByteArray("true") << "\"true\"";
    QTest::newRow("string stays") << XdmType::String << QByteArray("\"abc\"") << "\"abc\"";
    QTest::newRow("object to string")
        << XdmType::String << QByteArray("{\"a\":1}") << "!an object cannot be converted to text";
    QTest::newRow("array to string")
        << XdmType::String << QByteArray("[1]") << "!an array cannot be converted to text";
    QTest::newRow("numeric string to number")
        << XdmType::Number << QByteArray("\"3.25\"") << "3.25";
    QTest::newRow("exponent") << XdmType::Number << QByteArray("\"1e3\"") << "1000.0";
    QTest::newRow("integer stays number") << XdmType::Number << QByteArray("7") << "7";
    QTest::newRow("nan string") << XdmType::Number << QByteArray("\"nan\"")
                                << "!\"nan\" is not a number for field of type number";
    QTest::newRow("infinity string")
        << XdmType::Number << QByteArray("\"inf\"") << "!is not a number";
    QTest::newRow("word") << XdmType::Number << QByteArray("\"abc\"") << "!is not a number";
    QTest::newRow("trailing text")
        << XdmType::Number << QByteArray("\"12abc\"") << "!is not a number";
    QTest::newRow("date from number")
        << XdmType::DateTime << QByteArray("1571829875000") << "!is not a date-time";
}

void TestCoercion::numbersAndText()
{
    QFETCH(XdmType, type);
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const Coercion out = coerce(json(input.constData()), fieldOf(type));
    if (expected.startsWith(QLatin1Char('!'))) {
        QVERIFY(!out.ok());
        QVERIFY2(out.error.contains(expected.mid(1)), qPrintable(out.error));
        return;
    }
    QVERIFY2(out.ok(), qPrintable(out.error));
    QCOMPARE(dumped(out.value), expected);
}

void TestCoercion::everyDatePattern_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("dateTime");
    QTest::newRow("1") << "2019-10-23 11:24:00+0200"
                       << "yyyy-MM-dd HH:mm:ssZ"
                       << "2019-10-23T09:24:00Z";
    QTest::newRow("2") << "2024-05-05 20:39:00.005-0800"
                       << "yyyy-MM-dd HH:mm:ss.SSSZ"
                       << "2024-05-06T04:39:00Z";
    QTest::newRow("3") << "2019-10-23 11:24:00.123"
                       << "yyyy-MM-dd HH:mm:ss.SSS"
                       << "2019-10-23T11:24:00Z";
    QTest::newRow("4") << "2019-10-23T11:24:00.123+02"
                       << "yyyy-MM-dd'T'HH:mm:ss.SSSX"
                       << "2019-10-23T09:24:00Z";
    QTest::newRow("5 (RFC 3339 first)") << "2019-10-23T11:24:00Z"
                                        << "RFC 3339"
                                        << "2019-10-23T11:24:00Z";
    QTest::newRow("6") << "2019-10-23"
                       << "yyyy-MM-dd"
                       << "2019-10-23T00:00:00Z";
    QTest::newRow("7") << "2019/10/23"
                       << "yyyy/MM/dd"
                       << "2019-10-23T00:00:00Z";
    QTest::newRow("8") << "2019.10.23"
                       << "yyyy.MM.dd"
                       << "2019-10-23T00:00:00Z";
    QTest::newRow("9") << "2019-Oct-23"
                       << "yyyy-MMM-dd"
                       << "2019-10-23T00:00:00Z";
    QTest::newRow("10") << "20191023"
                        << "yyyyMMdd"
                        << "2019-10-23T00:00:00Z";
    QTest::newRow("11") << "10-23-2019"
                        << "MM-dd-yyyy"
                        << "2019-10-23T00:00:00Z";
    QTest::newRow("12") << "10232019"
                        << "MMddyyyy"
                        << "2019-10-23T00:00:00Z";
    QTest::newRow("13") << "3/23/2019"
                        << "M/dd/yyyy"
                        << "2019-03-23T00:00:00Z";
    QTest::newRow("14") << "23.3.2019"
                        << "dd.M.yyyy"
                        << "2019-03-23T00:00:00Z";
    QTest::newRow("15") << "3/23/2019 02:15:00 PM"
                        << "M/dd/yyyy hh:mm:ss a"
                        << "2019-03-23T14:15:00Z";
    QTest::newRow("16") << "23.3.2019 12:15:00 AM"
                        << "dd.M.yyyy hh:mm:ss a"
                        << "2019-03-23T00:15:00Z";
    QTest::newRow("17") << "23.Mar.2019"
                        << "dd.MMM.yyyy"
                        << "2019-03-23T00:00:00Z";
    QTest::newRow("18") << "23-mar-2019"
                        << "dd-MMM-yyyy"
                        << "2019-03-23T00:00:00Z";
    QTest::newRow("RFC 3339 offset") << "2019-05-15T20:20:39+00:00"
                                     << "RFC 3339"
                                     << "2019-05-15T20:20:39Z";
    QTest::newRow("RFC 3339 negative offset over midnight") << "2019-12-31T23:30:00-01:00"
                                                            << "RFC 3339"
                                                            << "2020-01-01T00:30:00Z";
    QTest::newRow("leap day") << "2020-02-29"
                              << "yyyy-MM-dd"
                              << "2020-02-29T00:00:00Z";
}

void TestCoercion::everyDatePattern()
{
    QFETCH(QString, input);
    QFETCH(QString, pattern);
    QFETCH(QString, dateTime);

    const DateDetection found = DateAutoDetect::detect(input.toStdString());
    QVERIFY(found.reading);
    QCOMPARE(toQString(found.reading->pattern), pattern);

    const Coercion out = coerce(Json(input.toStdString()), fieldOf(XdmType::DateTime));
    QVERIFY2(out.ok(), qPrintable(out.error));
    QCOMPARE(toQString(out.value.get<std::string>()), dateTime);
}

void TestCoercion::dateOutputs_data()
{
    QTest::addColumn<XdmType>("type");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("date from date") << XdmType::Date << "2019/10/23"
                                    << "2019-10-23";
    QTest::newRow("date from date-time in UTC") << XdmType::Date << "2019-10-23 23:30:00-0800"
                                                << "2019-10-24";
    QTest::newRow("zone-less is UTC") << XdmType::DateTime << "2019-10-23 11:24:00.000"
                                      << "2019-10-23T11:24:00Z";
}

void TestCoercion::dateOutputs()
{
    QFETCH(XdmType, type);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Coercion out = coerce(Json(input.toStdString()), fieldOf(type));
    QVERIFY2(out.ok(), qPrintable(out.error));
    QCOMPARE(toQString(out.value.get<std::string>()), expected);
}

void TestCoercion::ambiguousDates_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ambiguous");
    QTest::addColumn<QString>("expected");
    QTest::newRow("documented 12112020") << "12112020" << true << "2020-12-11";
    QTest::newRow("month first with dashes") << "10-11-2019" << true << "2019-10-11";
    QTest::newRow("day first with dots") << "01.2.2019" << true << "2019-02-01";
    QTest::newRow("same day and month") << "12122020" << false << "2020-12-12";
    QTest::newRow("day past twelve") << "10232019" << false << "2019-10-23";
    QTest::newRow("year first") << "2019-10-11" << false << "2019-10-11";
    QTest::newRow("month name") << "11-Oct-2019" << false << "2019-10-11";
}

void TestCoercion::ambiguousDates()
{
    QFETCH(QString, input);
    QFETCH(bool, ambiguous);
    QFETCH(QString, expected);
    const Coercion out = coerce(Json(input.toStdString()), fieldOf(XdmType::Date));
    QVERIFY2(out.ok(), qPrintable(out.error));
    QCOMPARE(toQString(out.value.get<std::string>()), expected);
    QCOMPARE(!out.warning.isEmpty(), ambiguous);
    if (ambiguous) {
        QCOMPARE(out.warningRule, QStringLiteral("M11"));
        QVERIFY2(out.warning.contains(input), qPrintable(out.warning));
    }
}

void TestCoercion::undetectableDates_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("four fraction digits, hours-only offset") << "2021-05-05T17:51:45.1880+02";
    QTest::newRow("words") << "yesterday";
    QTest::newRow("no such day") << "2019-02-30";
    QTest::newRow("no such month") << "2019-13-01";
    QTest::newRow("minutes only") << "2019-10-23 11:24";
    QTest::newRow("trailing text") << "2019-10-23 and more";
    QTest::newRow("hour 13 with PM") << "3/23/2019 13:15:00 PM";
    QTest::newRow("empty") << "";
}

void TestCoercion::undetectableDates()
{
    QFETCH(QString, input);
    QVERIFY(!DateAutoDetect::detect(input.toStdString()).reading);
    const Coercion out = coerce(Json(input.toStdString()), fieldOf(XdmType::DateTime));
    QVERIFY(!out.ok());
    QVERIFY(out.value.is_null());
    QVERIFY2(out.error.contains(QStringLiteral("M12")), qPrintable(out.error));
}

void TestCoercion::calendarMatchesQDate()
{
    // Every day from 1899 to 2101, shifted across midnight by a -01:30 offset.
    for (QDate date(1899, 1, 1); date.year() <= 2101; date = date.addDays(1)) {
        CivilDateTime value;
        value.year = date.year();
        value.month = date.month();
        value.day = date.day();
        value.hour = 23;
        value.offsetMinutes = -90;
        const QDate next = date.addDays(1);
        QCOMPARE(toQString(value.toDateText()), next.toString(Qt::ISODate));
        QCOMPARE(value.toEpochSeconds(),
                 QDateTime(date, QTime(23, 0), Qt::OffsetFromUTC, -90 * 60).toSecsSinceEpoch());
    }
}

void TestCoercion::longBeyondDocumentedRange()
{
    const Coercion beyond = coerce(Json(9007199254740993LL), fieldOf(XdmType::Long));
    QVERIFY(beyond.ok());
    QCOMPARE(beyond.warningRule, QStringLiteral("X03"));

    const Coercion inside = coerce(Json(9007199254740991LL), fieldOf(XdmType::Long));
    QVERIFY(inside.ok());
    QVERIFY(inside.warning.isEmpty());
}

void TestCoercion::recursesIntoObjectsArraysAndMaps()
{
    const Field *tenant = m_schema->find({"_tenant"});
    QVERIFY(tenant);
    const Coercion out = coerce(json(R"({"points": "42", "active": "yes", "tier": "gold",
        "unknown": 1, "small": "x", "tags": [1, true, "x"], "scores": ["1", "two", 3],
        "counts": {"a": "3", "b": 4}, "seen": "2019-10-23"})"),
                                *tenant);
    QVERIFY2(out.ok(), qPrintable(out.error));
    QCOMPARE(dumped(out.value), QStringLiteral(R"({"points":42,"active":true,"tier":"gold",)"
                                               R"("unknown":1,"tags":["1","true","x"],)"
                                               R"("scores":[1,3],"counts":{"a":3,"b":4},)"
                                               R"("seen":"2019-10-23T00:00:00Z"})"));
    QCOMPARE(out.warningRule, QStringLiteral("M06"));
    QVERIFY2(out.warning.startsWith(QStringLiteral("small: \"x\" is not a number")),
             qPrintable(out.warning));
    QVERIFY2(out.warning.endsWith(QStringLiteral("(and 1 more)")), qPrintable(out.warning));

    const Coercion notObject = coerce(Json("abc"), *tenant);
    QVERIFY(!notObject.ok());
    QCOMPARE(notObject.error, QStringLiteral("\"abc\" is not an object for field of type object"));

    const Coercion notArray = coerce(Json("abc"), *m_schema->find({"_tenant", "tags"}));
    QVERIFY(!notArray.ok());
    QVERIFY(notArray.error.contains(QStringLiteral("is not an array")));
}

void TestCoercion::optionsSwitchConversionsOff()
{
    CoercionOptions options;
    options.numericStringsToNumbers = false;
    options.autoDetectDates = false;
    QVERIFY(!coerce(Json("42"), fieldOf(XdmType::Int), options).ok());
    QVERIFY(!coerce(Json("4.2"), fieldOf(XdmType::Number), options).ok());
    const Coercion date = coerce(Json("12112020"), fieldOf(XdmType::Date), options);
    QVERIFY(date.ok());
    QVERIFY(date.value == Json("12112020"));
    QVERIFY(date.warning.isEmpty());
}

void TestCoercion::nullStaysNull()
{
    for (XdmType type : {XdmType::String, XdmType::Int, XdmType::Object, XdmType::Date}) {
        const Coercion out = coerce(Json(), fieldOf(type));
        QVERIFY(out.ok());
        QVERIFY(out.value.is_null());
    }
}

QTEST_GUILESS_MAIN(TestCoercion)
#include "tst_coercion.moc"
