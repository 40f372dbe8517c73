// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/json/JsonDocument.h"
#include "core/xdm/Schema.h"

#include <QTest>

using namespace core;
using namespace core::xdm;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(PATCHBAY_TEST_DATA "/xdm/") + QString::fromLatin1(name);
}

std::vector<std::string> pathOf(const QString &dotted)
{
    std::vector<std::string> path;
    for (const QString &step : dotted.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        path.push_back(step.toStdString());
    }
    return path;
}

Schema loadOrFail(const QString &path)
{
    Result<Schema> schema = Schema::fromFile(path, SchemaLibrary::bundled());
    if (!schema) {
        qFatal("%s", qPrintable(schema.error().message()));
    }
    return std::move(schema).value();
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bundledLibraryHasStandardDefinitions_data();
    void bundledLibraryHasStandardDefinitions();
    void resolvesFieldGroups_data();
    void resolvesFieldGroups();
    void resolvesIdentityMap();
    void readsIdentityDescriptors();
    void readsProfileTag();
    void loadsBenchResolvedSchema_data();
    void loadsBenchResolvedSchema();
    void loadsSampleSchemaRequests_data();
    void loadsSampleSchemaRequests();
    void keepsConstraints();
    void rejectsBrokenSchemas_data();
    void rejectsBrokenSchemas();
    void rejectsBrokenInlineSchemas_data();
    void rejectsBrokenInlineSchemas();
    void boundsNestingDepth();
    void rejectsBrokenDescriptors_data();
    void rejectsBrokenDescriptors();
    void resolvedJsonDropsPrefixes();

private:
    std::optional<Schema> m_profile;
};

void TestSchema::initTestCase()
{
    m_profile = loadOrFail(dataFile("profile-fieldgroups.schema.json"));
}

void TestSchema::bundledLibraryHasStandardDefinitions_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("profile class") << "https://ns.adobe.com/xdm/context/profile";
    QTest::newRow("record behaviour") << "https://ns.adobe.com/xdm/data/record";
    QTest::newRow("personal details")
        << "https://ns.adobe.com/xdm/context/profile-personal-details";
    QTest::newRow("work details") << "https://ns.adobe.com/xdm/context/profile-work-details";
    QTest::newRow("person details") << "https://ns.adobe.com/xdm/context/profile-person-details";
    QTest::newRow("identity map") << "https://ns.adobe.com/xdm/context/identitymap";
    QTest::newRow("identity item") << "https://ns.adobe.com/xdm/context/identityitem";
    QTest::newRow("email address") << "https://ns.adobe.com/xdm/context/emailaddress";
    QTest::newRow("person name") << "https://ns.adobe.com/xdm/context/person-name";
    QTest::newRow("geo coordinates") << "http://schema.org/GeoCoordinates";
}

void TestSchema::bundledLibraryHasStandardDefinitions()
{
    QFETCH(QString, id);
    QVERIFY(SchemaLibrary::bundled().find(id.toStdString()) != nullptr);
}

void TestSchema::resolvesFieldGroups_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("record id") << "_id"
                               << "string"
                               << "uri-reference"
                               << "";
    QTest::newRow("class field") << "personID"
                                 << "string"
                                 << ""
                                 << "";
    QTest::newRow("email address") << "personalEmail.address"
                                   << "string"
                                   << "email"
                                   << "";
    QTest::newRow("work email") << "workEmail.address"
                                << "string"
                                << "email"
                                << "";
    QTest::newRow("country code") << "homeAddress.countryCode"
                                  << "string"
                                  << ""
                                  << "^[A-Z]{2}$";
    QTest::newRow("state province") << "homeAddress.stateProvince"
                                    << "string"
                                    << ""
                                    << "([A-Z]{2}-[A-Z0-9]{1,3}|)";
    QTest::newRow("address date") << "homeAddress.lastVerifiedDate"
                                  << "date"
                                  << "date"
                                  << "";
    QTest::newRow("geo integer") << "homeAddress.dmaID"
                                 << "long"
                                 << ""
                                 << "";
    QTest::newRow("schema.org vocabulary") << "homeAddress._schema.latitude"
                                           << "number"
                                           << ""
                                           << "";
    QTest::newRow("phone number") << "mobilePhone.number"
                                  << "string"
                                  << ""
                                  << "";
    QTest::newRow("first name") << "person.name.firstName"
                                << "string"
                                << ""
                                << "";
    QTest::newRow("birth date") << "person.birthDate"
                                << "date"
                                << "date"
                                << "";
    QTest::newRow("array of strings") << "organizations"
                                      << "array"
                                      << ""
                                      << "";
    QTest::newRow("audit trail") << "repositoryCreatedBy"
                                 << "string"
                                 << ""
                                 << "";
    QTest::newRow("repo vocabulary") << "_repo.createDate"
                                     << "date-time"
                                     << "date-time"
                                     << "";
    QTest::newRow("map") << "identityMap"
                         << "map"
                         << ""
                         << "";
    QTest::newRow("map key to its values") << "identityMap.Email"
                                           << "array"
                                           << ""
                                           << "";
    QTest::newRow("through map and array") << "identityMap.ECID.id"
                                           << "string"
                                           << ""
                                           << "";
}

void TestSchema::resolvesFieldGroups()
{
    QFETCH(QString, path);
    QFETCH(QString, type);
    QFETCH(QString, format);
    QFETCH(QString, pattern);

    const Field *field = m_profile->find(pathOf(path));
    QVERIFY2(field, qPrintable(path));
    QCOMPARE(QString::fromLatin1(xdmTypeName(field->type)), type);
    QCOMPARE(QString::fromStdString(field->format), format);
    QCOMPARE(QString::fromStdString(field->pattern), pattern);
    QVERIFY(field->patternError.isEmpty());
}

void TestSchema::resolvesIdentityMap()
{
    const Field *map = m_profile->find({"identityMap"});
    QVERIFY(map);
    QVERIFY(m_profile->hasIdentityMap());
    QVERIFY(map->values);
    QCOMPARE(map->values->type, XdmType::Array);
    QVERIFY(map->values->items);

    const Field &item = *map->values->items;
    QCOMPARE(item.type, XdmType::Object);
    QVERIFY(item.child("id"));
    QCOMPARE(item.child("primary")->type, XdmType::Boolean);
    QVERIFY(item.child("primary")->defaultValue == Json(false));
    const Field *state = item.child("authenticatedState");
    QVERIFY(state);
    QCOMPARE(state->enumValues.size(), size_t(3));
    QVERIFY(state->defaultValue == Json("ambiguous"));
    QVERIFY(!item.child("xdm:id"));
}

void TestSchema::readsIdentityDescriptors()
{
    const auto &descriptors = m_profile->identityDescriptors();
    QCOMPARE(descriptors.size(), size_t(2));
    QCOMPARE(descriptors[0].path, (std::vector<std::string>{"personalEmail", "address"}));
    QCOMPARE(QString::fromStdString(descriptors[0].namespaceCode), QStringLiteral("Email"));

    const IdentityDescriptor *primary = m_profile->primaryDescriptor();
    QVERIFY(primary);
    QCOMPARE(primary->path, descriptors[0].path);
    QVERIFY(!descriptors[1].primary);

    // Identity fields and their parents are required by default, but they are not fields the
    // schema itself declares required.
    QVERIFY(m_profile->root().isRequired("personalEmail"));
    QVERIFY(m_profile->find({"personalEmail"})->isRequired("address"));
    QVERIFY(m_profile->find({"personalEmail", "address"})->identity);
    QVERIFY(!m_profile->root().isRequired("homeAddress"));
    QVERIFY(!m_profile->hasRequiredFields());
}

void TestSchema::readsProfileTag()
{
    QVERIFY(m_profile->isProfileEnabled());
    QCOMPARE(QString::fromStdString(m_profile->title()), QStringLiteral("Patchbay test profile"));
    QCOMPARE(QString::fromStdString(m_profile->id()),
             QStringLiteral("https://ns.adobe.com/tenant/schemas/patchbay-test-profile"));

    Result<Schema> plain =
        Schema::fromJson(Json::parse(R"({"type":"object","properties":{"a":{"type":"string"}}})"),
                         SchemaLibrary::bundled());
    QVERIFY(plain);
    QVERIFY(!plain->isProfileEnabled());
    QVERIFY(!plain->hasIdentityMap());
    QVERIFY(!plain->primaryDescriptor());
}

void TestSchema::loadsBenchResolvedSchema_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("type");
    QTest::newRow("first name") << "person.name.firstName"
                                << "string";
    QTest::newRow("email") << "personalEmail.address"
                           << "string";
    QTest::newRow("int from meta:xdmType") << "_tenant.loyaltyPoints"
                                           << "int";
    QTest::newRow("enum") << "_tenant.tier"
                          << "string";
    QTest::newRow("map") << "identityMap"
                         << "map";
    QTest::newRow("identity item through the map") << "identityMap.email.primary"
                                                   << "boolean";
}

void TestSchema::loadsBenchResolvedSchema()
{
    QFETCH(QString, path);
    QFETCH(QString, type);
    const Schema bench = loadOrFail(QStringLiteral(PATCHBAY_SHARED_DIR "/bench/schema.json"));
    QVERIFY(bench.isProfileEnabled());
    const Field *field = bench.find(pathOf(path));
    QVERIFY2(field, qPrintable(path));
    QCOMPARE(QString::fromLatin1(xdmTypeName(field->type)), type);
    QVERIFY(!bench.find({"person", "name", "nickName"}));
    QVERIFY(!bench.find({"_tenant", "loyaltyPoints", "deeper"}));
}

void TestSchema::loadsSampleSchemaRequests_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("hasIdentityMap");
    QTest::newRow("streaming connect") << "streaming-connect/schema-create-request.json" << true;
    QTest::newRow("docs profile schema") << "docs/profile-schema-create-request.json" << false;
    QTest::newRow("mapper schema response") << "docs/mapper-schema-get-response.json" << false;
}

void TestSchema::loadsSampleSchemaRequests()
{
    QFETCH(QString, file);
    QFETCH(bool, hasIdentityMap);
    const Schema schema = loadOrFail(QStringLiteral(PATCHBAY_SHARED_DIR "/samples/") + file);
    QCOMPARE(schema.hasIdentityMap(), hasIdentityMap);
    QVERIFY(schema.find({"personalEmail", "address"}) || schema.find({"person", "name"}));
    QVERIFY(schema.find({"_id"}));
}

void TestSchema::keepsConstraints()
{
    const Schema schema = loadOrFail(dataFile("tenant-fields.schema.json"));
    const Field *code = schema.find({"_tenant", "code"});
    QVERIFY(code);
    QCOMPARE(code->minLength, std::optional<qint64>(3));
    QCOMPARE(code->maxLength, std::optional<qint64>(3));
    QVERIFY(code->patternRegex.isValid());
    QVERIFY(schema.find({"_tenant"})->isRequired("code"));
    QVERIFY(schema.hasRequiredFields());

    const Field *points = schema.find({"_tenant", "points"});
    QCOMPARE(points->type, XdmType::Int);
    QCOMPARE(points->minimum, std::optional<double>(0));
    QCOMPARE(points->maximum, std::optional<double>(1000));
    QCOMPARE(schema.find({"_tenant", "small"})->type, XdmType::Short);
    QCOMPARE(schema.find({"_tenant", "tiny"})->type, XdmType::Byte);
    QCOMPARE(schema.find({"_tenant", "big"})->type, XdmType::Long);
    QCOMPARE(schema.find({"_tenant", "seen"})->type, XdmType::DateTime);
    QCOMPARE(schema.find({"_tenant", "labels"})->type, XdmType::Map);
    QCOMPARE(schema.find({"_tenant", "labels"})->values->type, XdmType::String);
    QCOMPARE(schema.find({"_tenant", "counts"})->values->type, XdmType::Long);
    QCOMPARE(schema.find({"_tenant", "tags", "x"}), nullptr);

    const Field *broken = schema.find({"_tenant", "broken"});
    QVERIFY(broken);
    QVERIFY(!broken->patternError.isEmpty());
}

void TestSchema::rejectsBrokenSchemas_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unknown ref") << "unknown-ref.schema.json"
                                 << "https://ns.adobe.com/xdm/context/no-such-field-group";
    QTest::newRow("cycle") << "ref-cycle.schema.json"
                           << "$ref cycle";
    QTest::newRow("not an object") << "not-an-object.schema.json"
                                   << "must be a JSON object";
    QTest::newRow("wrong type in properties") << "wrong-property-types.schema.json"
                                              << "/properties/age/type";
    QTest::newRow("missing file") << "no-such-file.schema.json"
                                  << "no-such-file";
}

void TestSchema::rejectsBrokenSchemas()
{
    QFETCH(QString, file);
    QFETCH(QString, fragment);
    Result<Schema> schema = Schema::fromFile(dataFile(qPrintable(file)), SchemaLibrary::bundled());
    QVERIFY(!schema);
    QVERIFY2(schema.error().message().contains(fragment), qPrintable(schema.error().message()));
}

void TestSchema::rejectsBrokenInlineSchemas_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("properties not an object")
        << QByteArray(R"({"type":"object","properties":[]})") << "#/properties must be an object";
    QTest::newRow("property not an object")
        << QByteArray(R"({"type":"object","properties":{"a":"string"}})")
        << "#/properties/a must be a JSON object, not string";
    QTest::newRow("allOf not an array")
        << QByteArray(R"({"type":"object","allOf":{}})") << "#/allOf must be an array";
    QTest::newRow("ref not a string") << QByteArray(R"({"type":"object","allOf":[{"$ref":4}]})")
                                      << "#/allOf/0/$ref must be a string";
    QTest::newRow("dangling fragment")
        << QByteArray(R"({"type":"object","allOf":[{"$ref":"#/definitions/none"}]})")
        << "points at nothing";
    QTest::newRow("enum not an array")
        << QByteArray(R"({"type":"object","properties":{"a":{"type":"string","enum":"x"}}})")
        << "#/properties/a/enum must be an array";
    QTest::newRow("negative maxLength")
        << QByteArray(R"({"type":"object","properties":{"a":{"type":"string","maxLength":-1}}})")
        << "maxLength must be a non-negative integer";
    QTest::newRow("minimum not a number")
        << QByteArray(R"({"type":"object","properties":{"a":{"type":"number","minimum":"0"}}})")
        << "minimum must be a number";
    QTest::newRow("unknown xdm type")
        << QByteArray(R"({"type":"object","properties":{"a":{"meta:xdmType":"float"}}})")
        << "meta:xdmType \"float\" is not an XDM type";
    QTest::newRow("unknown json type")
        << QByteArray(R"({"type":"object","properties":{"a":{"type":"text"}}})")
        << "\"text\" is not a JSON Schema type";
    QTest::newRow("tuple items")
        << QByteArray(R"({"type":"object","properties":{"a":{"type":"array","items":[{}]}}})")
        << "tuple arrays";
    QTest::newRow("required not names")
        << QByteArray(R"({"type":"object","required":[1],"properties":{}})")
        << "#/required must hold property names";
    QTest::newRow("conflicting definitions")
        << QByteArray(R"({"type":"object","allOf":[{"properties":{"a":{"type":"string"}}},
                         {"properties":{"a":{"type":"object"}}}]})")
        << "\"a\" is defined twice with different types";
    QTest::newRow("root not an object type")
        << QByteArray(R"({"type":"string"})") << "must describe an object";
}

void TestSchema::rejectsBrokenInlineSchemas()
{
    QFETCH(QByteArray, schema);
    QFETCH(QString, fragment);
    Result<Schema> loaded =
        Schema::fromJson(Json::parse(schema.toStdString()), SchemaLibrary::bundled());
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code(), ErrorCode::Schema);
    QVERIFY2(loaded.error().message().contains(fragment), qPrintable(loaded.error().message()));
}

void TestSchema::boundsNestingDepth()
{
    Json schema = Json{{"type", "string"}};
    for (int i = 0; i < 500; ++i) {
        schema = Json{{"type", "object"}, {"properties", {{"a", std::move(schema)}}}};
    }
    Result<Schema> loaded = Schema::fromJson(schema, SchemaLibrary());
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code(), ErrorCode::Limit);
}

void TestSchema::rejectsBrokenDescriptors_data()
{
    QTest::addColumn<QByteArray>("descriptors");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("not an array") << QByteArray(R"({"a":1})") << "must be an array";
    QTest::newRow("unknown field")
        << QByteArray(R"([{"@type":"xdm:descriptorIdentity","xdm:sourceProperty":"/nope",
                           "xdm:namespace":"Email"}])")
        << "/nope";
    QTest::newRow("no namespace")
        << QByteArray(R"([{"@type":"xdm:descriptorIdentity","xdm:sourceProperty":"/mail"}])")
        << "xdm:namespace";
    QTest::newRow("bad path")
        << QByteArray(R"([{"@type":"xdm:descriptorIdentity","xdm:sourceProperty":"mail/",
                           "xdm:namespace":"Email"}])")
        << "xdm:sourceProperty";
    QTest::newRow("not a string field")
        << QByteArray(R"([{"@type":"xdm:descriptorIdentity","xdm:sourceProperty":"/count",
                           "xdm:namespace":"Email"}])")
        << "type long";
    QTest::newRow("two primaries")
        << QByteArray(R"([{"@type":"xdm:descriptorIdentity","xdm:sourceProperty":"/mail",
                           "xdm:namespace":"Email","xdm:isPrimary":true},
                          {"@type":"xdm:descriptorIdentity","xdm:sourceProperty":"/crm",
                           "xdm:namespace":"CRMID","xdm:isPrimary":true}])")
        << "second primary";
}

void TestSchema::rejectsBrokenDescriptors()
{
    QFETCH(QByteArray, descriptors);
    QFETCH(QString, fragment);
    Json schema = Json::parse(R"({"type":"object","properties":{"mail":{"type":"string"},
        "crm":{"type":"string"},"count":{"type":"integer"}}})");
    schema["meta:descriptors"] = Json::parse(descriptors.toStdString());
    Result<Schema> loaded = Schema::fromJson(schema, SchemaLibrary::bundled());
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().message().contains(fragment), qPrintable(loaded.error().message()));
}

void TestSchema::resolvedJsonDropsPrefixes()
{
    const Json resolved = m_profile->toResolvedJson();
    const std::string text = resolved.dump();
    QVERIFY(text.find("\"xdm:personalEmail\":{") == std::string::npos);
    QVERIFY(text.find("\"$ref\"") == std::string::npos);
    QVERIFY(text.find("\"allOf\"") == std::string::npos);
    const Json &email = resolved["properties"]["personalEmail"];
    QVERIFY(email["meta:xdmField"] == Json("xdm:personalEmail"));
    QVERIFY(email["meta:referencedFrom"] == Json("https://ns.adobe.com/xdm/context/emailaddress"));
    QVERIFY(email["title"] == Json("Personal Email"));
    QVERIFY(email["properties"]["address"]["format"] == Json("email"));

    // The resolved form loads again as a full schema, to the same fields.
    Result<Schema> again = Schema::fromJson(resolved, SchemaLibrary());
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message()));
    QVERIFY(again->find({"person", "name", "firstName"}));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
