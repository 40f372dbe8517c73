// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/xdm/Schema.h"

#include <QTest>

using namespace core;
using namespace core::xdm;

Q_DECLARE_METATYPE(core::xdm::ValidationMode)

namespace {

Schema load(const char *path, const SchemaLibrary &library)
{
    Result<Schema> schema = Schema::fromFile(QString::fromLatin1(path), library);
    if (!schema) {
        qFatal("%s", qPrintable(schema.error().message()));
    }
    return std::move(schema).value();
}

QString rulesOf(const Problems &problems)
{
    QStringList rules;
    for (const Problem &problem : problems) {
        rules << problem.rule;
    }
    return rules.join(QLatin1Char(','));
}

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems) {
        lines << QStringLiteral("%1 %2 %3")
                     .arg(problem.rule, toQString(problem.pointer), problem.message);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tenantRules_data();
    void tenantRules();
    void profileRules_data();
    void profileRules();
    void stopsAfterFiveViolations_data();
    void stopsAfterFiveViolations();
    void reportsBrokenPatternOnce();
    void rootMustBeAnObject();

private:
    std::optional<Schema> m_tenant;
    std::optional<Schema> m_profile;
};

void TestValidation::initTestCase()
{
    m_tenant = load(PATCHBAY_TEST_DATA "/xdm/tenant-fields.schema.json", SchemaLibrary());
    m_profile =
        load(PATCHBAY_TEST_DATA "/xdm/profile-fieldgroups.schema.json", SchemaLibrary::bundled());
}

void TestValidation::tenantRules_data()
{
    QTest::addColumn<QByteArray>("entity");
    QTest::addColumn<ValidationMode>("mode");
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QString>("pointer"); // of the first problem
    QTest::addColumn<QString>("message"); // the first problem's message, or part of it

    const auto full = ValidationMode::Full;
    const auto partial = ValidationMode::Partial;
    QTest::newRow("valid") << QByteArray(R"({"_id":"urn:a","_tenant":{"code":"ABC","tier":"gold",
        "points":10,"joined":"2019-05-15","seen":"2019-05-15T20:20:39+00:00",
        "site":"https://example.com/a","mail":"a.b@example.com","labels":{"x":"y"}}})")
                           << full << ""
                           << ""
                           << "";
    QTest::newRow("X01 extraneous key")
        << QByteArray(R"({"_tenant":{"code":"ABC","nope":1}})") << full << "X01"
        << "/_tenant/nope"
        << "extraneous key [nope] is not permitted";
    QTest::newRow("X01 escaped pointer") << QByteArray(R"({"a/b":1})") << partial << "X01"
                                         << "/a~1b"
                                         << "extraneous key [a/b] is not permitted";
    QTest::newRow("X02 string found long")
        << QByteArray(R"({"_id":12345678901})") << partial << "X02"
        << "/_id"
        << "expected type: String, found: Long";
    QTest::newRow("X02 string found integer") << QByteArray(R"({"_id":12})") << partial << "X02"
                                              << "/_id"
                                              << "expected type: String, found: Integer";
    QTest::newRow("X02 integer found double")
        << QByteArray(R"({"_tenant":{"points":1.5}})") << partial << "X02"
        << "/_tenant/points"
        << "expected type: Integer, found: Double";
    QTest::newRow("X02 object found string") << QByteArray(R"({"_tenant":"x"})") << partial << "X02"
                                             << "/_tenant"
                                             << "expected type: JSONObject, found: String";
    QTest::newRow("X02 array item")
        << QByteArray(R"({"_tenant":{"tags":["a",2]}})") << partial << "X02"
        << "/_tenant/tags/1"
        << "expected type: String, found: Integer";
    QTest::newRow("X03 enum") << QByteArray(R"({"_tenant":{"tier":"platinum"}})") << partial
                              << "X03"
                              << "/_tenant/tier"
                              << "\"platinum\" is not a valid enum value (allowed: \"silver\", "
                                 "\"gold\")";
    QTest::newRow("X03 pattern") << QByteArray(R"({"_tenant":{"code":"abc"}})") << partial << "X03"
                                 << "/_tenant/code"
                                 << "string [abc] does not match pattern ^[A-Z]{3}$";
    QTest::newRow("X03 email") << QByteArray(R"({"_tenant":{"mail":"not-an-email"}})") << partial
                               << "X03"
                               << "/_tenant/mail"
                               << "[not-an-email] is not a valid email address";
    QTest::newRow("X03 email without dot")
        << QByteArray(R"({"_tenant":{"mail":"a@localhost"}})") << partial << "X03"
        << "/_tenant/mail"
        << "is not a valid email address";
    QTest::newRow("X03 uri") << QByteArray(R"({"_tenant":{"site":"not a uri"}})") << partial
                             << "X03"
                             << "/_tenant/site"
                             << "[not a uri] is not a valid URI";
    QTest::newRow("X03 uri reference") << QByteArray(R"({"_id":"a b"})") << partial << "X03"
                                       << "/_id"
                                       << "is not a valid URI reference";
    QTest::newRow("X03 date") << QByteArray(R"({"_tenant":{"joined":"2019-13-01"}})") << partial
                              << "X03"
                              << "/_tenant/joined"
                              << "is not a valid date";
    QTest::newRow("X03 date-time")
        << QByteArray(R"({"_tenant":{"seen":"2019-10-23 11:24"}})") << partial << "X03"
        << "/_tenant/seen"
        << "is not a valid date-time";
    QTest::newRow("X03 minimum") << QByteArray(R"({"_tenant":{"points":-1}})") << partial << "X03"
                                 << "/_tenant/points"
                                 << "-1 is not greater or equal to 0";
    QTest::newRow("X03 maximum") << QByteArray(R"({"_tenant":{"points":1001}})") << partial << "X03"
                                 << "/_tenant/points"
                                 << "1001 is not less or equal to 1000";
    QTest::newRow("X03 maxLength")
        << QByteArray(R"({"_tenant":{"note":"elevenchars"}})") << partial << "X03"
        << "/_tenant/note"
        << "expected maxLength: 10, actual: 11";
    QTest::newRow("X03 maxLength counts characters")
        << QByteArray("{\"_tenant\":{\"note\":\"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\"}}")
        << partial << ""
        << ""
        << "";
    QTest::newRow("X03 minLength and pattern")
        << QByteArray(R"({"_tenant":{"code":"AB"}})") << partial << "X03,X03"
        << "/_tenant/code"
        << "expected minLength: 3, actual: 2";
    QTest::newRow("X03 short range")
        << QByteArray(R"({"_tenant":{"small":40000}})") << partial << "X03"
        << "/_tenant/small"
        << "40000 is out of range for short (-32768 to 32767)";
    QTest::newRow("X03 byte range")
        << QByteArray(R"({"_tenant":{"tiny":-129}})") << partial << "X03"
        << "/_tenant/tiny"
        << "out of range for byte";
    QTest::newRow("X04 required") << QByteArray(R"({"_tenant":{"tier":"gold"}})") << full << "X04"
                                  << "/_tenant/code"
                                  << "required key [code] not found";
    QTest::newRow("X04 not in a merge")
        << QByteArray(R"({"_tenant":{"tier":"gold"}})") << partial << ""
        << ""
        << "";
    QTest::newRow("X05 null") << QByteArray(R"({"_tenant":{"tier":null}})") << partial << "X05"
                              << "/_tenant/tier"
                              << "The value is null";
    QTest::newRow("X05 empty string") << QByteArray(R"({"_id":""})") << partial << "X05"
                                      << "/_id"
                                      << "an empty string";
    QTest::newRow("X05 empty object") << QByteArray(R"({"_tenant":{}})") << full << "X05"
                                      << "/_tenant"
                                      << "an empty object";
    QTest::newRow("X05 empty array") << QByteArray(R"({"_tenant":{"tags":[]}})") << partial << "X05"
                                     << "/_tenant/tags"
                                     << "an empty array";
    QTest::newRow("X05 null array item")
        << QByteArray(R"({"_tenant":{"tags":["a",null]}})") << partial << "X05"
        << "/_tenant/tags/1"
        << "null";
    QTest::newRow("X06 map value type")
        << QByteArray(R"({"_tenant":{"counts":{"a":"x"}}})") << partial << "X06"
        << "/_tenant/counts/a"
        << "map value [a]: expected type: Integer, found: String";
    QTest::newRow("X06 empty map key")
        << QByteArray(R"({"_tenant":{"labels":{"":"x"}}})") << partial << "X06"
        << "/_tenant/labels/"
        << "map key is empty";
    QTest::newRow("X05 map value null")
        << QByteArray(R"({"_tenant":{"labels":{"a":null}}})") << partial << "X05"
        << "/_tenant/labels/a"
        << "null";
}

void TestValidation::tenantRules()
{
    QFETCH(QByteArray, entity);
    QFETCH(ValidationMode, mode);
    QFETCH(QString, rules);
    QFETCH(QString, pointer);
    QFETCH(QString, message);

    const Problems problems = validate(Json::parse(entity.toStdString()), *m_tenant, mode);
    QVERIFY2(rulesOf(problems) == rules, qPrintable(describe(problems)));
    if (problems.empty()) {
        return;
    }
    QCOMPARE(toQString(problems.front().pointer), pointer);
    QVERIFY2(problems.front().message.contains(message), qPrintable(problems.front().message));
    QCOMPARE(problems.front().severity, Severity::Error);
    QCOMPARE(problems.front().origin, ProblemOrigin::Payload);
}

void TestValidation::profileRules_data()
{
    QTest::addColumn<QByteArray>("entity");
    QTest::addColumn<ValidationMode>("mode");
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");

    const auto full = ValidationMode::Full;
    const auto partial = ValidationMode::Partial;
    const QByteArray identities = R"("personalEmail":{"address":"a@example.com"},
        "workEmail":{"address":"w@example.com"})";
    QTest::newRow("valid create") << QByteArray("{") + identities +
                                         R"(,"_id":"1","person":{"name":{"firstName":"Ann"}},
            "homeAddress":{"countryCode":"US","_schema":{"latitude":45.5}},
            "identityMap":{"Email":[{"id":"a@example.com","primary":true,
            "authenticatedState":"authenticated"}]}})"
                                  << full << ""
                                  << ""
                                  << "";
    QTest::newRow("X04 identity field missing")
        << QByteArray(
               R"({"workEmail":{"address":"w@example.com"},"personalEmail":{"primary":true}})")
        << full << "X04"
        << "/personalEmail/address"
        << "required key [address] not found (identity fields are required)";
    QTest::newRow("X04 identity parent missing")
        << QByteArray(R"({"workEmail":{"address":"w@example.com"}})") << full << "X04"
        << "/personalEmail"
        << "required key [personalEmail] not found";
    QTest::newRow("merge needs no identity fields")
        << QByteArray(R"({"personID":"p"})") << partial << ""
        << ""
        << "";
    QTest::newRow("X02 workEmail as a string (guide example)")
        << QByteArray(R"({"workEmail":"sampleWorkEmail@gmail.com"})") << partial << "X02"
        << "/workEmail"
        << "expected type: JSONObject, found: String";
    QTest::newRow("X03 country code pattern")
        << QByteArray(R"({"homeAddress":{"countryCode":"usa"}})") << partial << "X03"
        << "/homeAddress/countryCode"
        << "does not match pattern ^[A-Z]{2}$";
    QTest::newRow("X03 latitude range")
        << QByteArray(R"({"homeAddress":{"_schema":{"latitude":91}}})") << partial << "X03"
        << "/homeAddress/_schema/latitude"
        << "91 is not less or equal to 90";
    QTest::newRow("X03 fractional limit")
        << QByteArray(R"({"homeAddress":{"_schema":{"longitude":-180.5}}})") << partial << "X03"
        << "/homeAddress/_schema/longitude"
        << "-180.5 is not greater or equal to -180";
    QTest::newRow("X03 identity state enum")
        << QByteArray(R"({"identityMap":{"Email":[{"id":"a","authenticatedState":"maybe"}]}})")
        << partial << "X03"
        << "/identityMap/Email/0/authenticatedState"
        << "is not a valid enum value";
    QTest::newRow("X06 identity map value not an array")
        << QByteArray(R"({"identityMap":{"Email":"a@example.com"}})") << partial << "X06"
        << "/identityMap/Email"
        << "map value [Email]: expected type: JSONArray, found: String";
    QTest::newRow("X01 inside an identity item")
        << QByteArray(R"({"identityMap":{"ECID":[{"id":"1","namespace":"x"}]}})") << partial
        << "X01"
        << "/identityMap/ECID/0/namespace"
        << "extraneous key [namespace]";
    QTest::newRow("X01 prefixed name is not the resolved name")
        << QByteArray(R"({"xdm:personID":"p"})") << partial << "X01"
        << "/xdm:personID"
        << "extraneous key [xdm:personID]";
    QTest::newRow("X03 person gender enum")
        << QByteArray(R"({"person":{"gender":"m"}})") << partial << "X03"
        << "/person/gender"
        << "is not a valid enum value";
    QTest::newRow("X03 birth year maximum")
        << QByteArray(R"({"person":{"birthYear":40000}})") << partial << "X03"
        << "/person/birthYear"
        << "40000 is not less or equal to 32767";
}

void TestValidation::profileRules()
{
    QFETCH(QByteArray, entity);
    QFETCH(ValidationMode, mode);
    QFETCH(QString, rules);
    QFETCH(QString, pointer);
    QFETCH(QString, message);

    const Problems problems = validate(Json::parse(entity.toStdString()), *m_profile, mode);
    QVERIFY2(rulesOf(problems) == rules, qPrintable(describe(problems)));
    if (problems.empty()) {
        return;
    }
    QCOMPARE(toQString(problems.front().pointer), pointer);
    QVERIFY2(problems.front().message.contains(message), qPrintable(problems.front().message));
}

void TestValidation::stopsAfterFiveViolations_data()
{
    QTest::addColumn<int>("violations");
    QTest::addColumn<int>("cap");
    QTest::addColumn<QString>("rules");
    QTest::newRow("five are all reported") << 5 << 5 << "X01,X01,X01,X01,X01";
    QTest::newRow("the sixth stops it") << 6 << 5 << "X01,X01,X01,X01,X01,X07";
    QTest::newRow("many") << 40 << 5 << "X01,X01,X01,X01,X01,X07";
    QTest::newRow("cap of two") << 3 << 2 << "X01,X01,X07";
    QTest::newRow("cap of zero") << 1 << 0 << "X07";
}

void TestValidation::stopsAfterFiveViolations()
{
    QFETCH(int, violations);
    QFETCH(int, cap);
    QFETCH(QString, rules);
    Json entity = Json::object();
    for (int i = 0; i < violations; ++i) {
        entity["extra" + std::to_string(i)] = i;
    }
    const Problems problems = validate(entity, *m_tenant, ValidationMode::Partial, cap);
    QCOMPARE(rulesOf(problems), rules);
    if (problems.back().rule == QLatin1String("X07")) {
        QCOMPARE(problems.back().severity, Severity::Info);
        QVERIFY(problems.back().message.contains(QString::number(cap)));
    }
}

void TestValidation::reportsBrokenPatternOnce()
{
    const Json entity = Json::parse(R"({"_tenant":{"broken":"x","brokenList":["a","b","c"]}})");
    const Problems problems = validate(entity, *m_tenant, ValidationMode::Partial);
    QCOMPARE(rulesOf(problems), QStringLiteral("X03,X03"));
    for (const Problem &problem : problems) {
        QCOMPARE(problem.severity, Severity::Warning);
        QCOMPARE(problem.origin, ProblemOrigin::Schema);
        QVERIFY2(problem.message.contains(QStringLiteral("does not compile")),
                 qPrintable(problem.message));
    }
    QCOMPARE(toQString(problems[1].pointer), QStringLiteral("/_tenant/brokenList/0"));
}

void TestValidation::rootMustBeAnObject()
{
    const Problems problems = validate(Json::array(), *m_tenant, ValidationMode::Full);
    QCOMPARE(rulesOf(problems), QStringLiteral("X02"));
    QCOMPARE(problems.front().message,
             QStringLiteral("expected type: JSONObject, found: JSONArray"));
    QVERIFY(problems.front().pointer.empty());
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
