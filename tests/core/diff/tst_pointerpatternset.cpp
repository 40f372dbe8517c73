// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/diff/PointerPatternSet.h"
#include "core/json/JsonPointer.h"

#include <QTest>

using core::diff::PointerPatternSet;

class TestPointerPatternSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void reportsTheFirstMatchingPattern();
    void deadStatesStayDead();
    void manyPatterns();
};

void TestPointerPatternSet::matches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<bool>("matched");

    QTest::newRow("exact") << "/header/msgId"
                           << "/header/msgId" << true;
    QTest::newRow("exact, other key") << "/header/msgId"
                                      << "/header/msgType" << false;
    QTest::newRow("prefix is not a match") << "/header"
                                           << "/header/msgId" << false;
    QTest::newRow("star one token") << "/*/msgId"
                                    << "/header/msgId" << true;
    QTest::newRow("star not two tokens") << "/*/msgId"
                                         << "/a/header/msgId" << false;
    QTest::newRow("double star none") << "/**/header/msgId"
                                      << "/header/msgId" << true;
    QTest::newRow("double star many") << "/**/header/msgId"
                                      << "/0/messages/3/header/msgId" << true;
    QTest::newRow("double star at end") << "/body/**"
                                        << "/body/xdmEntity/a" << true;
    QTest::newRow("double star at end, none") << "/body/**"
                                              << "/body" << true;
    QTest::newRow("index literal") << "/list/2/v"
                                   << "/list/2/v" << true;
    QTest::newRow("index literal other") << "/list/2/v"
                                         << "/list/3/v" << false;
    QTest::newRow("escaped token") << "/a~1b/~0c"
                                   << "/a~1b/~0c" << true;
    QTest::newRow("root") << ""
                          << "" << true;
    QTest::newRow("slash is root") << "/"
                                   << "" << true;
    QTest::newRow("root is not a child") << ""
                                         << "/a" << false;
}

void TestPointerPatternSet::matches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, pointer);
    QFETCH(bool, matched);
    PointerPatternSet set;
    QVERIFY(set.add(pattern));

    // Walk the pointer; tokens that are numbers are stepped as array indexes.
    PointerPatternSet::State state = set.start();
    for (const std::string &token : core::jsonpointer::split(pointer.toStdString())) {
        bool isNumber = false;
        const uint index = QString::fromStdString(token).toUInt(&isNumber);
        state = isNumber ? set.advance(state, size_t(index)) : set.advance(state, token);
    }
    QCOMPARE(set.firstMatch(state) == 0, matched);
}

void TestPointerPatternSet::reportsTheFirstMatchingPattern()
{
    PointerPatternSet set;
    QVERIFY(set.add(QStringLiteral("/a/b")));
    QVERIFY(set.add(QStringLiteral("/**/c")));
    QVERIFY(set.add(QStringLiteral("/*/c")));
    const auto c = set.advance(set.advance(set.start(), "x"), "c");
    QCOMPARE(set.firstMatch(c), 1);
    QCOMPARE(set.text(2), QStringLiteral("/*/c"));
    const auto b = set.advance(set.advance(set.start(), "a"), "b");
    QCOMPARE(set.firstMatch(b), 0);
}

void TestPointerPatternSet::deadStatesStayDead()
{
    PointerPatternSet set;
    QVERIFY(set.add(QStringLiteral("/a/b")));
    const auto dead = set.advance(set.start(), "z");
    QVERIFY(dead.isDead());
    QVERIFY(set.advance(dead, "b").isDead());
    QCOMPARE(set.firstMatch(set.advance(dead, "b")), -1);
    QVERIFY(!set.advance(set.start(), "a").isDead());
}

void TestPointerPatternSet::manyPatterns()
{
    // More patterns than a state holds inline.
    PointerPatternSet set;
    for (int i = 0; i < 20; ++i) {
        QVERIFY(set.add(QStringLiteral("/**/k%1").arg(i)));
    }
    const auto state = set.advance(set.advance(set.start(), "a"), "k15");
    QCOMPARE(set.firstMatch(state), 15);
    QCOMPARE(set.firstMatch(set.advance(state, "k3")), 3);
    QCOMPARE(set.firstMatch(set.advance(state, "z")), -1);
}

QTEST_GUILESS_MAIN(TestPointerPatternSet)
#include "tst_pointerpatternset.moc"
