// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// How an update's partial document lands on a stored fragment.

#include "core/emulation/ProfileMerge.h"

#include <QTest>

using namespace core;
using namespace core::emulation;

Q_DECLARE_METATYPE(core::expr::ArrayIntent)

class TestProfileMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesUpdates_data();
    void mergesUpdates();
    void fragmentsFoldLatestLast();
};

void TestProfileMerge::mergesUpdates_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<QByteArray>("update");
    QTest::addColumn<expr::ArrayIntent>("intent");
    QTest::addColumn<QByteArray>("expected");
    const auto none = expr::ArrayIntent::None;
    QTest::newRow("scalar overwrites, others stay")
        << QByteArray(R"({"a":{"b":1,"c":2},"d":3})") << QByteArray(R"({"a":{"b":9}})") << none
        << QByteArray(R"({"a":{"b":9,"c":2},"d":3})");
    QTest::newRow("new members are added")
        << QByteArray(R"({"a":1})") << QByteArray(R"({"b":{"c":2}})") << none
        << QByteArray(R"({"a":1,"b":{"c":2}})");
    QTest::newRow("null clears nothing")
        << QByteArray(R"({"a":1})") << QByteArray(R"({"a":null,"b":null})") << none
        << QByteArray(R"({"a":1})");
    QTest::newRow("object replaces a scalar")
        << QByteArray(R"({"a":1})") << QByteArray(R"({"a":{"b":2}})") << none
        << QByteArray(R"({"a":{"b":2}})");
    QTest::newRow("append") << QByteArray(R"({"list":[1,2]})") << QByteArray(R"({"list":[3]})")
                            << expr::ArrayIntent::Append << QByteArray(R"({"list":[1,2,3]})");
    QTest::newRow("replace") << QByteArray(R"({"list":[1,2]})") << QByteArray(R"({"list":[3]})")
                             << expr::ArrayIntent::Replace << QByteArray(R"({"list":[3]})");
    QTest::newRow("identityMap gains new ids only")
        << QByteArray(R"({"identityMap":{"Email":[{"id":"a","primary":true}]}})")
        << QByteArray(R"({"identityMap":{"Email":[{"id":"a"},{"id":"b"}],"Phone":[{"id":"1"}]}})")
        << none
        << QByteArray(R"({"identityMap":{"Email":[{"id":"a","primary":true},{"id":"b"}],)"
                      R"("Phone":[{"id":"1"}]}})");
    QTest::newRow("into nothing") << QByteArray("null") << QByteArray(R"({"a":1})") << none
                                  << QByteArray(R"({"a":1})");
}

void TestProfileMerge::mergesUpdates()
{
    QFETCH(QByteArray, stored);
    QFETCH(QByteArray, update);
    QFETCH(expr::ArrayIntent, intent);
    QFETCH(QByteArray, expected);
    Json target = Json::parse(stored.toStdString());
    const std::vector<ArrayWrite> arrays{{"/list", intent, 0}};
    mergeUpdate(target, Json::parse(update.toStdString()), arrays);
    QCOMPARE(QByteArray::fromStdString(target.dump()), expected);
}

void TestProfileMerge::fragmentsFoldLatestLast()
{
    Json profile;
    mergeFragment(profile, Json::parse(R"({"a":1,"list":[1,2],"o":{"x":1}})"));
    mergeFragment(profile, Json::parse(R"({"a":2,"list":[3],"o":{"y":2}})"));
    QCOMPARE(QByteArray::fromStdString(profile.dump()),
             QByteArray(R"({"a":2,"list":[3],"o":{"x":1,"y":2}})"));
}

QTEST_GUILESS_MAIN(TestProfileMerge)
#include "tst_profilemerge.moc"
