// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/diff/SequenceAligner.h"

#include <QTest>

#include <random>

using core::diff::SequenceAligner;

namespace {

// The textbook O(N*M) table, only for checking small inputs.
size_t lcsLength(const std::vector<uint64_t> &a, const std::vector<uint64_t> &b)
{
    std::vector<std::vector<size_t>> table(a.size() + 1, std::vector<size_t>(b.size() + 1, 0));
    for (size_t i = 1; i <= a.size(); ++i) {
        for (size_t j = 1; j <= b.size(); ++j) {
            table[i][j] = a[i - 1] == b[j - 1] ? table[i - 1][j - 1] + 1
                                               : std::max(table[i - 1][j], table[i][j - 1]);
        }
    }
    return table[a.size()][b.size()];
}

bool isValidMatching(const std::vector<SequenceAligner::Match> &matches,
                     const std::vector<uint64_t> &a, const std::vector<uint64_t> &b)
{
    for (size_t k = 0; k < matches.size(); ++k) {
        const auto [i, j] = matches[k];
        if (i >= a.size() || j >= b.size() || a[i] != b[j]) {
            return false;
        }
        if (k > 0 && (i <= matches[k - 1].first || j <= matches[k - 1].second)) {
            return false;
        }
    }
    return true;
}

} // namespace

class TestSequenceAligner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aligns_data();
    void aligns();
    void findsALongestCommonSubsequence();
    void keepsWhatEditsLeave();
    void handlesLargeInputs();
};

void TestSequenceAligner::aligns_data()
{
    QTest::addColumn<QList<int>>("left");
    QTest::addColumn<QList<int>>("right");
    QTest::addColumn<int>("length");

    QTest::newRow("both empty") << QList<int>{} << QList<int>{} << 0;
    QTest::newRow("left empty") << QList<int>{} << QList<int>{1, 2} << 0;
    QTest::newRow("equal") << QList<int>{1, 2, 3} << QList<int>{1, 2, 3} << 3;
    QTest::newRow("insert in middle") << QList<int>{1, 2, 3} << QList<int>{1, 9, 2, 3} << 3;
    QTest::newRow("nothing common") << QList<int>{1, 2} << QList<int>{3, 4} << 0;
    QTest::newRow("duplicates") << QList<int>{1, 1, 2, 1} << QList<int>{1, 2, 1, 1} << 3;
    QTest::newRow("reversed") << QList<int>{1, 2, 3, 4} << QList<int>{4, 3, 2, 1} << 1;
}

void TestSequenceAligner::aligns()
{
    QFETCH(QList<int>, left);
    QFETCH(QList<int>, right);
    QFETCH(int, length);
    const std::vector<uint64_t> a(left.begin(), left.end());
    const std::vector<uint64_t> b(right.begin(), right.end());
    const auto matches = SequenceAligner::align(a, b);
    QVERIFY(isValidMatching(matches, a, b));
    QCOMPARE(int(matches.size()), length);
}

void TestSequenceAligner::findsALongestCommonSubsequence()
{
    // Small alphabets give many duplicates, so both the anchors and Myers are exercised.
    std::mt19937 random(42);
    for (int round = 0; round < 500; ++round) {
        const size_t alphabet = round % 2 ? 2 + size_t(round % 7) : 40 + size_t(round % 160);
        std::uniform_int_distribution<size_t> lengthOf(0, 150);
        std::uniform_int_distribution<uint64_t> symbol(0, alphabet);
        std::vector<uint64_t> a(lengthOf(random));
        std::vector<uint64_t> b(lengthOf(random));
        for (uint64_t &x : a) {
            x = symbol(random);
        }
        for (uint64_t &x : b) {
            x = symbol(random);
        }
        const auto matches = SequenceAligner::align(a, b);
        QVERIFY(isValidMatching(matches, a, b));
        // Inputs this small are aligned exactly.
        const size_t best = lcsLength(a, b);
        QVERIFY2(matches.size() == best,
                 qPrintable(QStringLiteral("%1 of %2").arg(matches.size()).arg(best)));
    }
}

void TestSequenceAligner::keepsWhatEditsLeave()
{
    // Large inputs are anchored on unique items, a heuristic; but k edits of a sequence leave a
    // common subsequence of at least its length minus k, and the alignment must find that much.
    std::mt19937 random(8);
    for (int round = 0; round < 40; ++round) {
        std::vector<uint64_t> a(2000 + size_t(round) * 100);
        for (uint64_t &x : a) {
            x = random() % (round % 2 ? 50 : 100000);
        }
        std::vector<uint64_t> b = a;
        const size_t edits = 1 + size_t(round) * 10;
        for (size_t e = 0; e < edits; ++e) {
            const size_t at = random() % b.size();
            switch (random() % 3) {
            case 0:
                b.erase(b.begin() + ptrdiff_t(at));
                break;
            case 1:
                b.insert(b.begin() + ptrdiff_t(at), random() % 200000);
                break;
            default:
                b[at] = random() % 200000;
                break;
            }
        }
        const auto matches = SequenceAligner::align(a, b);
        QVERIFY(isValidMatching(matches, a, b));
        QVERIFY2(matches.size() + edits >= a.size(),
                 qPrintable(QStringLiteral("%1 of %2 after %3 edits")
                                .arg(matches.size())
                                .arg(a.size())
                                .arg(edits)));
    }
}

void TestSequenceAligner::handlesLargeInputs()
{
    // 20,000 unique items with scattered edits, then 20,000 items of a two-letter alphabet with
    // more edits than Myers is allowed: both must finish and give a valid matching.
    std::vector<uint64_t> a(20000);
    std::vector<uint64_t> b;
    for (size_t i = 0; i < a.size(); ++i) {
        a[i] = i;
        if (i % 37 != 0) {
            b.push_back(i % 101 == 0 ? 1000000 + i : i);
        }
    }
    auto matches = SequenceAligner::align(a, b);
    QVERIFY(isValidMatching(matches, a, b));
    QVERIFY(matches.size() > 19000);

    std::mt19937 random(5);
    for (uint64_t &x : a) {
        x = random() % 2;
    }
    b = a;
    for (size_t i = 0; i < b.size(); i += 3) {
        b[i] ^= 1;
    }
    matches = SequenceAligner::align(a, b);
    QVERIFY(isValidMatching(matches, a, b));
}

QTEST_GUILESS_MAIN(TestSequenceAligner)
#include "tst_sequencealigner.moc"
