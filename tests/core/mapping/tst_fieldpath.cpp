// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/mapping/FieldPath.h"

#include <QTest>

using namespace core;

class TestFieldPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void looksUp();
    void collectsWildcards();
    void assignsCreatingParents();
    void assignsWildcards();
    void refusesToCrossScalars();
    void startsWith();
};

void TestFieldPath::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("wildcards");
    QTest::newRow("plain") << "person.name.firstName"
                           << "/person/name/firstName" << 0;
    QTest::newRow("escaped dot") << "address.street\\.name"
                                 << "/address/street.name" << 0;
    QTest::newRow("braced name") << "${First Name}"
                                 << "/First Name" << 0;
    QTest::newRow("braced path") << "${a.b\\.c}.d"
                                 << "/a/b.c/d" << 0;
    QTest::newRow("index") << "customerInfo.emails[0].email"
                           << "/customerInfo/emails/0/email" << 0;
    QTest::newRow("wildcard") << "customerInfo.emails[*].name"
                              << "/customerInfo/emails/-/name" << 1;
    QTest::newRow("two wildcards") << "a[*].b[*]"
                                   << "/a/-/b/-" << 2;
    QTest::newRow("slash and tilde") << "a/b.c~d"
                                     << "/a~1b/c~0d" << 0;
    QTest::newRow("unicode") << "personne.prénom"
                             << "/personne/prénom" << 0;
    QTest::newRow("tenant") << "_tenant.loyaltyPoints"
                            << "/_tenant/loyaltyPoints" << 0;
}

void TestFieldPath::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, pointer);
    QFETCH(int, wildcards);
    auto path = FieldPath::parse(text.toStdString());
    QVERIFY2(path, qPrintable(path ? QString() : path.error().message()));
    QCOMPARE(QString::fromStdString(path->pointer()), pointer);
    QCOMPARE(path->wildcardCount(), wildcards);
}

void TestFieldPath::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("trailing dot") << "a."
                                  << "ends with";
    QTest::newRow("double dot") << "a..b"
                                << "field name";
    QTest::newRow("unclosed brace") << "${a"
                                    << "not closed";
    QTest::newRow("empty brace") << "${}"
                                 << "empty name";
    QTest::newRow("unclosed bracket") << "a[0"
                                      << "not closed";
    QTest::newRow("bad index") << "a[x]"
                               << "index";
    QTest::newRow("negative index") << "a[-1]"
                                    << "index";
    QTest::newRow("huge index") << "a[99999999]"
                                << "too large";
    QTest::newRow("junk after bracket") << "a[0]b"
                                        << "expected '.'";
}

void TestFieldPath::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    auto path = FieldPath::parse(text.toStdString());
    QVERIFY(!path);
    QVERIFY2(path.error().message().contains(fragment), qPrintable(path.error().message()));
}

void TestFieldPath::looksUp()
{
    const Json record = Json::parse(R"({"a": {"b.c": 1, "list": [10, {"x": 2}]}})");
    QCOMPARE(lookup(record, *FieldPath::parse("a.b\\.c"))->get<int>(), 1);
    QCOMPARE(lookup(record, *FieldPath::parse("a.list[1].x"))->get<int>(), 2);
    QVERIFY(!lookup(record, *FieldPath::parse("a.list[5]")));
    QVERIFY(!lookup(record, *FieldPath::parse("a.b.c")));
    QVERIFY(!lookup(record, *FieldPath::parse("a.list.x")));
}

void TestFieldPath::collectsWildcards()
{
    const Json record = Json::parse(R"({"e": [{"n": "a"}, {"m": 1}, {"n": "c"}]})");
    const std::vector<Json> values = collect(record, *FieldPath::parse("e[*].n"));
    QCOMPARE(values.size(), size_t(3));
    QCOMPARE(values[0].get<std::string>(), std::string("a"));
    QVERIFY(values[1].is_null());
    QCOMPARE(values[2].get<std::string>(), std::string("c"));
    QVERIFY(collect(record, *FieldPath::parse("missing[*].n")).size() <= 1);
}

void TestFieldPath::assignsCreatingParents()
{
    Json entity = Json::object();
    QVERIFY(assign(entity, *FieldPath::parse("pi.name"), "John"));
    QVERIFY(assign(entity, *FieldPath::parse("piList[1]"), 7));
    QCOMPARE(entity.dump(), std::string(R"({"pi":{"name":"John"},"piList":[null,7]})"));
}

void TestFieldPath::assignsWildcards()
{
    Json entity = Json::object();
    QVERIFY(assign(entity, *FieldPath::parse("pi[*].names"), Json::array({"John", "Jane"})));
    QCOMPARE(entity.dump(), std::string(R"({"pi":[{"names":"John"},{"names":"Jane"}]})"));
}

void TestFieldPath::refusesToCrossScalars()
{
    Json entity = Json::parse(R"({"workEmail": "a@b.c"})");
    auto written = assign(entity, *FieldPath::parse("workEmail.address"), "x@y.z");
    QVERIFY(!written);
    QVERIFY(written.error().message().contains(QLatin1String("string")));
}

void TestFieldPath::startsWith()
{
    QVERIFY(FieldPath::parse("a.b.c")->startsWith(*FieldPath::parse("a.b")));
    QVERIFY(!FieldPath::parse("a.bc")->startsWith(*FieldPath::parse("a.b")));
    QVERIFY(!FieldPath::parse("a")->startsWith(*FieldPath::parse("a.b")));
}

QTEST_GUILESS_MAIN(TestFieldPath)
#include "tst_fieldpath.moc"
