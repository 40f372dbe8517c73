// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// Edge cases of every function group: nulls and missing inputs, wrong types, empty strings
// and arrays, out-of-range indexes, Unicode, time zones and DST, very long inputs.
#include "core/expr/Expression.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace core;
using namespace core::expr;

namespace {

const char *const kAnyError = "error";

QByteArray evaluate(const QString &text, const Json &record, const EvalContext &context)
{
    ExpressionError why;
    const auto expression = Expression::compile(toStdString(text), &why);
    if (!expression) {
        return "compile error: " + why.message.toUtf8();
    }
    const Evaluation result = expression->evaluate(record, context);
    return result.ok() ? QByteArray::fromStdString(dumpJson(result.value))
                       : "error: " + result.error.toUtf8();
}

Json sampleRecord()
{
    return Json::parse(R"({"name": "Zoë", "empty": "", "nothing": null, "items": [3, 1, 2],
        "none": [], "obj": {"a": 1, "b": null}, "n": 12, "text": "  padded  "})");
}

} // namespace

class TestFunctionEdges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void functions_data();
    void functions();
    void veryLongInputs();
    void fixedIdsAreReproducible();
    void everyFunctionIsCatalogued();
    void wrongTypesNeverCrash();
};

void TestFunctionEdges::functions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("result");

    // strings
    QTest::newRow("concat null is empty") << "concat('a', nothing, 'b')" << QByteArray("\"ab\"");
    QTest::newRow("concat number") << "concat('n=', n)" << QByteArray("\"n=12\"");
    QTest::newRow("upper null") << "upper(nothing)" << QByteArray("null");
    QTest::newRow("upper missing") << "upper(missing.field)" << QByteArray("null");
    QTest::newRow("upper unicode") << "upper(name)" << QByteArray("\"ZOË\"");
    QTest::newRow("lower sharp s stays") << "lower('STRASSE ß')" << QByteArray("\"strasse ß\"");
    QTest::newRow("upper sharp s") << "upper('ß')" << QByteArray("\"SS\"");
    QTest::newRow("upper of array") << "upper(items)" << QByteArray(kAnyError);
    QTest::newRow("substr beyond end") << "substr('abc', 1, 99)" << QByteArray("\"bc\"");
    QTest::newRow("substr start beyond end") << "substr('abc', 9, 2)" << QByteArray("\"\"");
    QTest::newRow("substr negative start") << "substr('abcdef', -3, 2)" << QByteArray("\"de\"");
    QTest::newRow("substr negative length") << "substr('abc', 1, -1)" << QByteArray("\"\"");
    QTest::newRow("substr counts utf16 units") << "substr('a😀b', 1, 2)" << QByteArray("\"😀\"");
    QTest::newRow("instr not found") << "instr('abc', 'z')" << QByteArray("-1");
    QTest::newRow("instr start") << "instr('abcabc', 'b', 2)" << QByteArray("4");
    QTest::newRow("instr occurrence") << "instr('abcabc', 'c', 0, 2)" << QByteArray("5");
    QTest::newRow("instr bad occurrence") << "instr('abc', 'c', 0, 0)" << QByteArray(kAnyError);
    QTest::newRow("replacestr empty find")
        << "replacestr('ab', '', '-')" << QByteArray("\"-a-b-\"");
    QTest::newRow("replacestr literal dot")
        << "replacestr('a.b', '.', '!')" << QByteArray("\"a!b\"");
    QTest::newRow("split several separators")
        << "split('a-b_c', '-_')" << QByteArray("[\"a\",\"b\",\"c\"]");
    QTest::newRow("split empty string") << "split('', ',')" << QByteArray("[]");
    QTest::newRow("explode default comma") << "explode('a,b')" << QByteArray("[\"a\",\"b\"]");
    QTest::newRow("explode keeps empties")
        << "explode(',a,,', ',')" << QByteArray("[\"\",\"a\",\"\",\"\"]");
    QTest::newRow("explode bad regex") << "explode('a', '(')" << QByteArray(kAnyError);
    QTest::newRow("join nulls empty") << "join('-', [1, null, 'x'])" << QByteArray("\"1--x\"");
    QTest::newRow("join empty array") << "join('-', none)" << QByteArray("\"\"");
    QTest::newRow("lpad null input") << "lpad(nothing, 4, 'x')" << QByteArray("null");
    QTest::newRow("lpad shorter count") << "lpad('abcdef', 3, 'x')" << QByteArray("\"abcdef\"");
    QTest::newRow("rpad empty padding") << "rpad('a', 3, '')" << QByteArray("\"a  \"");
    QTest::newRow("left negative") << "left('abc', -1)" << QByteArray("\"\"");
    QTest::newRow("right beyond") << "right('abc', 10)" << QByteArray("\"abc\"");
    QTest::newRow("trim both") << "trim(text)" << QByteArray("\"padded\"");
    QTest::newRow("ltrim") << "ltrim(text)" << QByteArray("\"padded  \"");
    QTest::newRow("trim keeps nbsp")
        << "trim('\\u00a0x\\u00a0')" << QByteArray("\"\xc2\xa0x\xc2\xa0\"");
    QTest::newRow("equals on null") << "nothing.equals('a')" << QByteArray(kAnyError);
    QTest::newRow("equalsIgnoreCase unicode")
        << "'ÉCOLE'.equalsIgnoreCase('école')" << QByteArray("true");

    // regular expressions
    QTest::newRow("extract no match") << "extract_regex('abc', '\\\\d+')" << QByteArray("null");
    QTest::newRow("extract unmatched group")
        << "extract_regex('ab', '(a)(x)?')" << QByteArray("[\"a\",\"a\",null]");
    QTest::newRow("extract finds inside")
        << "extract_regex('id=42;', '\\\\d+')" << QByteArray("[\"42\"]");
    QTest::newRow("matches whole string")
        << "matches_regex('abc1', '[a-c]+')" << QByteArray("false");
    QTest::newRow("java posix class")
        << "matches_regex('abc', '\\\\p{Alpha}+')" << QByteArray("true");
    QTest::newRow("matches null input") << "matches_regex(nothing, 'a')" << QByteArray("false");
    QTest::newRow("invalid regex") << "matches_regex('a', '[')" << QByteArray(kAnyError);

    // hashing
    QTest::newRow("sha256 empty")
        << "sha256('')"
        << QByteArray("\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"");
    QTest::newRow("md5 utf-16 has BOM")
        << "md5('a', 'UTF-16')" << QByteArray("\"4b936244fb81c0500598b1938266f69a\"");
    QTest::newRow("crc32 byte order") << "crc32('my text')" << QByteArray("\"8df92e80\"");
    QTest::newRow("hash null") << "sha1(nothing)" << QByteArray("null");
    QTest::newRow("hash unknown charset") << "sha1('a', 'EBCDIC')" << QByteArray(kAnyError);

    // URLs
    QTest::newRow("protocol invalid") << "get_url_protocol('not a url')" << QByteArray("null");
    QTest::newRow("host null") << "get_url_host(nothing)" << QByteArray("null");
    QTest::newRow("port explicit") << "get_url_port('http://h:8080/x')" << QByteArray("8080");
    QTest::newRow("port https default") << "get_url_port('https://h/x')" << QByteArray("443");
    QTest::newRow("port unknown scheme") << "get_url_port('foo://h/x')" << QByteArray("null");
    QTest::newRow("path last segment")
        << "get_url_path('sftp://example.com//home/joe/employee.csv', false)"
        << QByteArray("\"employee.csv\"");
    QTest::newRow("query none") << "get_url_query_str('https://h/x', 'remove')" << QByteArray("{}");
    QTest::newRow("query repeated key") << "get_url_query_str('https://h/?a=1&a=2&b', 'remove')"
                                        << QByteArray("{\"a\":\"2\",\"b\":\"\"}");
    QTest::newRow("query bad anchor")
        << "get_url_query_str('https://h/?a=1', 'keep')" << QByteArray(kAnyError);
    QTest::newRow("encode unicode") << "get_url_encoded('é ~')" << QByteArray("\"%C3%A9%20%7E\"");
    QTest::newRow("decode plus") << "get_url_decoded('a+b%20c')" << QByteArray("\"a b c\"");
    QTest::newRow("decode bad escape") << "get_url_decoded('%zz')" << QByteArray(kAnyError);

    // dates and time zones
    QTest::newRow("date null gives default")
        << "date(nothing, 'yyyy', date('2000-01-01'))" << QByteArray("\"2000-01-01T00:00:00Z\"");
    QTest::newRow("date null no default") << "date(nothing)" << QByteArray("null");
    QTest::newRow("date unparseable") << "date('not a date')" << QByteArray(kAnyError);
    QTest::newRow("date strict month")
        << "date('2020-13-01', 'yyyy-MM-dd')" << QByteArray(kAnyError);
    QTest::newRow("date smart day")
        << "date('2021-02-30', 'yyyy-MM-dd')" << QByteArray("\"2021-02-28T00:00:00Z\"");
    QTest::newRow("date month name")
        << "date('05-Mar-2021', 'dd-MMM-yyyy')" << QByteArray("\"2021-03-05T00:00:00Z\"");
    QTest::newRow("date 12-hour") << "date('3/05/2021 07:15:00 PM', 'M/dd/yyyy hh:mm:ss a')"
                                  << QByteArray("\"2021-03-05T19:15:00Z\"");
    QTest::newRow("date offset kept")
        << "date('2021-03-05T10:00:00+05:30')" << QByteArray("\"2021-03-05T10:00:00+05:30\"");
    QTest::newRow("date zone id") << "date('2021-07-01 12:00 Europe/Paris', 'yyyy-MM-dd HH:mm VV')"
                                  << QByteArray("\"2021-07-01T12:00:00+02:00\"");
    QTest::newRow("auto-detect ambiguous")
        << "format(date('12112020'), 'yyyy-MM-dd')" << QByteArray("\"2020-12-11\"");
    QTest::newRow("auto-detect dotted")
        << "date('2021.03.04')" << QByteArray("\"2021-03-04T00:00:00Z\"");
    QTest::newRow("spring forward gap")
        << "make_date_time(2021, 3, 14, 2, 30, 0, 0, 'America/New_York')"
        << QByteArray("\"2021-03-14T03:30:00-04:00\"");
    QTest::newRow("autumn overlap earlier")
        << "make_date_time(2021, 11, 7, 1, 30, 0, 0, 'America/New_York')"
        << QByteArray("\"2021-11-07T01:30:00-04:00\"");
    QTest::newRow("make invalid day")
        << "make_date_time(2021, 2, 30, 0, 0, 0, 0, 'UTC')" << QByteArray(kAnyError);
    QTest::newRow("make unknown zone")
        << "make_date_time(2021, 2, 3, 0, 0, 0, 0, 'Mars/Olympus')" << QByteArray(kAnyError);
    QTest::newRow("to zone across DST")
        << "zone_date_to_zone(date('2021-03-28T01:30:00Z'), 'Europe/Paris')"
        << QByteArray("\"2021-03-28T03:30:00+02:00\"");
    QTest::newRow("to utc") << "zone_date_to_utc(date('2021-03-28T03:30:00+02:00'))"
                            << QByteArray("\"2021-03-28T01:30:00Z\"");
    QTest::newRow("format fraction")
        << "format(make_date_time(2021, 1, 2, 3, 4, 5, 123456789, 'UTC'), 'HH:mm:ss.SSSSSS')"
        << QByteArray("\"03:04:05.123456\"");
    QTest::newRow("format names")
        << "format(date('2021-01-02T03:04:05Z'), \"EEEE, d MMMM yyyy 'at' h a, 'Q'Q\")"
        << QByteArray("\"Saturday, 2 January 2021 at 3 AM, Q1\"");
    QTest::newRow("format offsets") << "format(date('2021-01-02T03:04:05+05:30'), 'X XX XXX Z O')"
                                    << QByteArray("\"+0530 +0530 +05:30 +0530 GMT+5:30\"");
    QTest::newRow("format bad letter") << "format(now(), 'yyyy-bb')" << QByteArray(kAnyError);
    QTest::newRow("format unclosed quote") << "format(now(), \"yyyy 'x\")" << QByteArray(kAnyError);
    QTest::newRow("dformat numeric string") << "dformat('0', 'yyyy')" << QByteArray("\"1970\"");
    QTest::newRow("dformat text") << "dformat('abc', 'yyyy')" << QByteArray(kAnyError);
    QTest::newRow("date_part weekday sunday one")
        << "date_part('weekday', date('2021-01-03'))" << QByteArray("1");
    QTest::newRow("date_part week us")
        << "date_part('week', date('2019-12-31'))" << QByteArray("1");
    QTest::newRow("date_part minute")
        << "date_part('mi', date('2021-01-03 10:42:00'))" << QByteArray("42");
    QTest::newRow("date_part unknown") << "date_part('fortnight', now())" << QByteArray(kAnyError);
    QTest::newRow("set_date_part clamps day") << "set_date_part('month', 2, date('2021-03-31'))"
                                              << QByteArray("\"2021-02-28T00:00:00Z\"");
    QTest::newRow("set_date_part out of range")
        << "set_date_part('hour', 24, now())" << QByteArray(kAnyError);
    QTest::newRow("now fixed") << "now()" << QByteArray("\"2024-01-01T00:00:00Z\"");
    QTest::newRow("timestamp fixed") << "timestamp()" << QByteArray("1704067200000");

    // objects and maps
    QTest::newRow("is_empty null") << "is_empty(nothing)" << QByteArray("true");
    QTest::newRow("is_empty empty map") << "is_empty({})" << QByteArray("true");
    QTest::newRow("is_empty number") << "is_empty(0)" << QByteArray("false");
    QTest::newRow("arrays_to_objects unequal") << "arrays_to_objects('a', [1, 2], 'b', [3])"
                                               << QByteArray("[{\"a\":1,\"b\":3},{\"a\":2}]");
    QTest::newRow("arrays_to_objects odd")
        << "arrays_to_objects('a')"
        << QByteArray("compile error: arrays_to_objects takes at least 2 argument(s), found 1; "
                      "syntax: arrays_to_objects(KEY, ARRAY, KEY, ARRAY, ...)");
    QTest::newRow("to_object odd") << "to_object('a', 1, 'b')" << QByteArray(kAnyError);
    QTest::newRow("to_object null key") << "to_object(nothing, 1)" << QByteArray(kAnyError);
    QTest::newRow("str_to_object defaults")
        << "str_to_object('a:1, b : 2')" << QByteArray("{\"a\":\"1\",\"b\":\"2\"}");
    QTest::newRow("contains_key null value counts")
        << "contains_key('obj.b')" << QByteArray("true");
    QTest::newRow("contains_key missing") << "contains_key('obj.c')" << QByteArray("false");
    QTest::newRow("contains_key array index") << "contains_key('items.2')" << QByteArray("true");
    QTest::newRow("is_set alias") << "is_set('name')" << QByteArray("true");
    QTest::newRow("get_keys of array") << "get_keys(items)" << QByteArray(kAnyError);
    QTest::newRow("get_values missing key") << "get_values('a:1', 'b', ':')" << QByteArray("null");
    QTest::newRow("get_values default delimiters")
        << "get_values('a:1,b:2', 'b', null)" << QByteArray("\"2\"");
    QTest::newRow("map_get_values several")
        << "map_get_values(obj, ['b', 'a', 'z'])" << QByteArray("{\"b\":null,\"a\":1}");
    QTest::newRow("map_has_keys any") << "map_has_keys(obj, ['z', 'a'])" << QByteArray("true");
    QTest::newRow("map_has_keys none") << "map_has_keys(obj, 'z')" << QByteArray("false");
    QTest::newRow("add_to_map first wins")
        << "add_to_map({'a': 1}, {'a': 2, 'c': 3}, nothing)" << QByteArray("{\"a\":1,\"c\":3}");
    QTest::newRow("object_to_map rejects map values")
        << "object_to_map('a', obj)" << QByteArray(kAnyError);
    QTest::newRow("object_to_map null") << "object_to_map(nothing)" << QByteArray("null");
    QTest::newRow("array_to_map first wins")
        << "array_to_map([{'t': 'x', 'v': 1}, {'t': 'x', 'v': 2}], 't')"
        << QByteArray("{\"x\":{\"t\":\"x\",\"v\":1}}");
    QTest::newRow("to_map") << "to_map('k', 1)" << QByteArray("{\"k\":1}");

    // arrays
    QTest::newRow("coalesce all null") << "coalesce(nothing, null)" << QByteArray("null");
    QTest::newRow("coalesce of array") << "coalesce([null, 2])" << QByteArray("2");
    QTest::newRow("first of empty") << "first(none)" << QByteArray("null");
    QTest::newRow("last of array") << "last(items)" << QByteArray("2");
    QTest::newRow("add_to_array null array") << "add_to_array(nothing, 1)" << QByteArray("[1]");
    QTest::newRow("add_to_array nested") << "add_to_array([1], [2])" << QByteArray("[1,[2]]");
    QTest::newRow("join_arrays with null")
        << "join_arrays([1], nothing, [2])" << QByteArray("[1,2]");
    QTest::newRow("to_array keeps nulls") << "to_array(true, 1, null)" << QByteArray("[1,null]");
    QTest::newRow("to_array bad flag") << "to_array('maybe', 1)" << QByteArray(kAnyError);
    QTest::newRow("size_of null") << "size_of(nothing)" << QByteArray("0");
    QTest::newRow("size_of map") << "size_of(obj)" << QByteArray("2");
    QTest::newRow("size_of number") << "size_of(5)" << QByteArray(kAnyError);
    QTest::newRow("index negative") << "items[-1]" << QByteArray("null");
    QTest::newRow("get out of range") << "items.get(3)" << QByteArray(kAnyError);
    QTest::newRow("upsert append not array") << "upsert_array_append('x')" << QByteArray(kAnyError);
    QTest::newRow("filterArray empty") << "filterArray(none, x -> x > 0)" << QByteArray("[]");
    QTest::newRow("filterArray error inside")
        << "filterArray(items, x -> x / 0)" << QByteArray(kAnyError);
    QTest::newRow("transformArray members")
        << "transformArray([{'p': 1}, {'p': 2}], x -> x.p * 2)" << QByteArray("[2,4]");
    QTest::newRow("transformArray two params")
        << "transformArray([1], (a, b) -> b)" << QByteArray("[null]");
    QTest::newRow("lambda shadows field") << "transformArray([1], n -> n + 1)" << QByteArray("[2]");
    QTest::newRow("flattenArray scalars")
        << "flattenArray([1, [2, [3, []]]])" << QByteArray("[1,2,3]");
    QTest::newRow("array_to_string nested")
        << "array_to_string('|', [[1, 2], 3])" << QByteArray("\"1|2|3\"");

    // logical, aggregation
    QTest::newRow("decode no default") << "decode('x', 'a', 1)" << QByteArray("null");
    QTest::newRow("decode type strict")
        << "decode('1', 1, 'number', 'string')" << QByteArray("\"string\"");
    QTest::newRow("iif null condition") << "iif(nothing, 'y', 'n')" << QByteArray("\"n\"");
    QTest::newRow("iif eager branch error") << "iif(true, 'y', 1 / 0)" << QByteArray(kAnyError);
    QTest::newRow("ternary is lazy") << "true ? 'y' : 1 / 0" << QByteArray("\"y\"");
    QTest::newRow("min skips nulls") << "min(nothing, 3, 2)" << QByteArray("2");
    QTest::newRow("max of array") << "max(items)" << QByteArray("3");
    QTest::newRow("min mixed types") << "min(1, 'a')" << QByteArray(kAnyError);
    QTest::newRow("max all null") << "max(nothing)" << QByteArray("null");

    // conversions and JSON
    QTest::newRow("to_integer trims") << "to_integer(' 42 ')" << QByteArray("42");
    QTest::newRow("to_integer fraction") << "to_integer('1.5')" << QByteArray(kAnyError);
    QTest::newRow("to_integer overflow") << "to_integer('2147483648')" << QByteArray(kAnyError);
    QTest::newRow("to_integer null") << "to_integer(nothing)" << QByteArray("null");
    QTest::newRow("to_integer number") << "to_integer(12.0)" << QByteArray("12");
    QTest::newRow("to_decimal bad") << "to_decimal('abc')" << QByteArray(kAnyError);
    QTest::newRow("to_decimal exponent") << "to_decimal('1e2')" << QByteArray("100.0");
    QTest::newRow("to_bigint huge")
        << "to_bigint('123456789012345678901')" << QByteArray("\"123456789012345678901\"");
    QTest::newRow("to_bigint long fits")
        << "to_bigint('-9223372036854775808')" << QByteArray("-9223372036854775808");
    QTest::newRow("json_to_object invalid")
        << "json_to_object('{\"a\": ')" << QByteArray(kAnyError);
    QTest::newRow("json_to_object array")
        << "json_to_object('[1, \"x\"]')" << QByteArray("[1,\"x\"]");

    // special
    QTest::newRow("uuid fixed")
        << "uuid() + ' ' + guid()"
        << QByteArray(
               "\"00000000-0000-4000-8000-000000000001 00000000-0000-4000-8000-000000000002\"");
    QTest::newRow("fpid not a uuid") << "fpid_to_ecid('abc')" << QByteArray(kAnyError);
    QTest::newRow("fpid unknown") << "fpid_to_ecid('00000000-0000-4000-8000-000000000001')"
                                  << QByteArray(kAnyError);

    // user agents (real browser strings)
    const QString chrome = QStringLiteral(
        "'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/120.0.6099.109 Safari/537.36'");
    const QString android = QStringLiteral(
        "'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/116.0.0.0 Mobile Safari/537.36'");
    const QString ipad = QStringLiteral(
        "'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
        "Gecko) Version/16.6 Mobile/15E148 Safari/604.1'");
    const QString firefox = QStringLiteral(
        "'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:121.0) Gecko/20100101 Firefox/121.0'");
    const QString bot = QStringLiteral(
        "'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'");
    QTest::newRow("ua chrome desktop")
        << "ua_agent_name(" + chrome + ") + '/' + ua_device_class(" + chrome + ")"
        << QByteArray("\"Chrome/Desktop\"");
    QTest::newRow("ua chrome version major")
        << "ua_agent_version_major(" + chrome + ")" << QByteArray("\"Chrome 120\"");
    QTest::newRow("ua android phone")
        << "ua_os_name_version(" + android + ") + '/' + ua_device_class(" + android + ")"
        << QByteArray("\"Android 13/Phone\"");
    QTest::newRow("ua ipad tablet")
        << "ua_os_version(" + ipad + ") + '/' + ua_device_class(" + ipad + ")"
        << QByteArray("\"16.6/Tablet\"");
    QTest::newRow("ua firefox mac")
        << "ua_agent_version(" + firefox + ") + '/' + ua_os_name(" + firefox + ")"
        << QByteArray("\"121.0/Mac OS\"");
    QTest::newRow("ua robot") << "ua_device_class(" + bot + ")" << QByteArray("\"Robot\"");
    QTest::newRow("ua empty") << "ua_agent_name('')" << QByteArray("\"Unknown\"");
    QTest::newRow("ua null") << "ua_os_name(nothing)" << QByteArray("null");
    QTest::newRow("ua hacker") << "ua_device_class('<script>alert(1)</script>')"
                               << QByteArray("\"Hacker\"");

    // analytics
    QTest::newRow("aa event without value")
        << "aa_get_event_value('scOpen,event1=3', 'scOpen')" << QByteArray("1");
    QTest::newRow("aa event missing")
        << "aa_get_event_id('event1=3', 'event9')" << QByteArray("null");
    QTest::newRow("aa quantity alias")
        << "aa_get_product_quantity(';a;2')" << QByteArray("[\"2\"]");
    QTest::newRow("aa evar missing")
        << "aa_get_product_evars(';a;1;1;;eVar2=x', 'eVar1')" << QByteArray("[null]");
    QTest::newRow("aa hidden event ids")
        << "aa_get_product_event_ids(';a;1;1;event2=5:7', 'event2')" << QByteArray("[\"7\"]");
    QTest::newRow("aa null") << "aa_get_product_names(nothing)" << QByteArray("null");
}

void TestFunctionEdges::functions()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, result);
    EvalContext context;
    context.now = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    context.fixedIds = true;
    const QByteArray actual = evaluate(text, sampleRecord(), context);
    if (result == kAnyError) {
        QVERIFY2(actual.startsWith("error: "), actual.constData());
        return;
    }
    QCOMPARE(actual, result);
}

void TestFunctionEdges::veryLongInputs()
{
    const std::string big(1 << 20, 'x');
    const Json record = {{"big", big}};
    const auto expression =
        Expression::compile("size_of(upper(concat(big, big))) + size_of(split(big, 'x'))");
    QVERIFY(expression);
    const Evaluation result = expression->evaluate(record, EvalContext());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.value == Json(2 << 20));

    const auto padded = Expression::compile("lpad('a', 100000000, 'b')");
    QVERIFY(padded);
    QVERIFY(!padded->evaluate(record, EvalContext()).ok());
}

void TestFunctionEdges::fixedIdsAreReproducible()
{
    const auto expression = Expression::compile("uuid()");
    QVERIFY(expression);
    EvalContext context;
    context.fixedIds = true;
    QVERIFY(expression->evaluate(Json(), context).value ==
            expression->evaluate(Json(), context).value);
    context.fixedIds = false;
    const Json random = expression->evaluate(Json(), context).value;
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QVERIFY(uuid.match(toQString(random.get<std::string>())).hasMatch());
    QVERIFY(random != expression->evaluate(Json(), context).value);
}

void TestFunctionEdges::everyFunctionIsCatalogued()
{
    const Json catalogue = functionCatalogue();
    QVERIFY(catalogue.size() >= 100);
    for (const char *name :
         {"concat", "lcase", "ucase", "guid", "make_timestamp", "is_set", "arrays_to_object",
          "arrays_to_objects", "aa_get_product_quantity", "filterArray", "fpid_to_ecid",
          "ua_device_class", "object_to_map", "equalsIgnoreCase"}) {
        const auto found = std::find_if(catalogue.begin(), catalogue.end(), [&](const Json &entry) {
            return entry.at("function") == name;
        });
        QVERIFY2(found != catalogue.end(), name);
        for (const char *key : {"category", "function", "description", "syntax", "returns",
                                "example", "result", "params"}) {
            QVERIFY2(found->contains(key), key);
        }
    }
    const auto names = functionNames();
    QVERIFY(std::is_sorted(names.begin(), names.end()));
    QVERIFY(std::find(names.begin(), names.end(), "aa_get_product_events") != names.end());
    // Every catalogue example compiles: the catalogue and the evaluator share one registry.
    for (const Json &entry : catalogue) {
        const std::string example = entry.at("example").get<std::string>();
        ExpressionError why;
        QVERIFY2(Expression::compile(example, &why),
                 qPrintable(toQString(example) + QStringLiteral(": ") + why.message));
    }
}

void TestFunctionEdges::wrongTypesNeverCrash()
{
    const QStringList arguments = {
        QStringLiteral("nothing"), QStringLiteral("''"),    QStringLiteral("[]"),
        QStringLiteral("{}"),      QStringLiteral("-1"),    QStringLiteral("1.5"),
        QStringLiteral("true"),    QStringLiteral("now()"), QStringLiteral("[[1], {'a': 'b'}]")};
    int evaluated = 0;
    for (const std::string &name : functionNames()) {
        for (const QString &argument : arguments) {
            for (int count = 0; count <= 3; ++count) {
                QStringList list;
                for (int i = 0; i < count; ++i) {
                    list.append(argument);
                }
                const std::string text =
                    name + "(" + toStdString(list.join(QStringLiteral(", "))) + ")";
                const auto expression = Expression::compile(text);
                if (expression) {
                    const Evaluation result = expression->evaluate(sampleRecord(), EvalContext());
                    QVERIFY(result.ok() || !result.error.isEmpty());
                    ++evaluated;
                }
            }
        }
    }
    QVERIFY(evaluated > 500);
}

QTEST_GUILESS_MAIN(TestFunctionEdges)
#include "tst_functionedges.moc"
