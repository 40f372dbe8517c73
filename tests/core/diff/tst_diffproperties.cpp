// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// Properties of diff() over many generated pairs: the patch turns the left document into the
// right one, every pointer of the change tree exists on its side, the counts add up.
#include "core/diff/JsonDiff.h"
#include "core/diff/JsonEquality.h"
#include "core/diff/JsonPatch.h"

#include <QTest>

#include <random>

using core::Json;
using core::Result;
using namespace core::diff;

namespace {

// Random documents and random edits of them, the same for a seed.
class DocumentGenerator
{
public:
    explicit DocumentGenerator(unsigned seed)
        : m_random(seed)
    {}

    Json document() { return object(0); }

    // Applies count random edits anywhere in the document.
    void mutate(Json &document, int count)
    {
        for (int i = 0; i < count; ++i) {
            std::vector<Json *> containers;
            collect(document, containers);
            Json &target = *containers[pick(containers.size())];
            target.is_object() ? editObject(target) : editArray(target);
        }
    }

private:
    size_t pick(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(m_random); }
    bool chance(int percent) { return int(pick(100)) < percent; }

    std::string key()
    {
        static const char *keys[] = {"a", "b",  "c",   "id",   "x/y",    "~t",
                                     "",  "~1", "k~0", "name", "header", "12"};
        return keys[pick(std::size(keys))];
    }

    Json scalar()
    {
        switch (pick(6)) {
        case 0:
            return Json(int(pick(4)));
        case 1:
            return Json(std::string(1, char('p' + pick(4))));
        case 2:
            return Json(chance(50));
        case 3:
            return Json(nullptr);
        case 4:
            return Json(0.5 * double(pick(5)));
        default:
            return Json("s" + std::to_string(pick(3)));
        }
    }

    Json value(int depth)
    {
        const size_t kind = depth >= 4 ? 0 : pick(10);
        if (kind < 5) {
            return scalar();
        }
        return kind < 7 ? object(depth + 1) : array(depth + 1);
    }

    Json object(int depth)
    {
        Json out = Json::object();
        const size_t members = pick(5);
        for (size_t i = 0; i < members; ++i) {
            out[key()] = value(depth);
        }
        return out;
    }

    Json array(int depth)
    {
        Json out = Json::array();
        const size_t items = pick(7);
        const bool keyed = chance(40);
        for (size_t i = 0; i < items; ++i) {
            Json item = value(depth);
            if (keyed) {
                item = Json::object({{"id", int(pick(5))}, {"v", item}});
            }
            out.push_back(std::move(item));
        }
        return out;
    }

    void collect(Json &value, std::vector<Json *> &containers)
    {
        if (!value.is_structured()) {
            return;
        }
        containers.push_back(&value);
        for (Json &child : value) {
            collect(child, containers);
        }
    }

    void editObject(Json &object)
    {
        const size_t what = pick(4);
        if (what == 0 || object.empty()) {
            object[key()] = value(2);
        } else if (what == 1) {
            auto it = object.begin();
            std::advance(it, ptrdiff_t(pick(object.size())));
            object.erase(it.key());
        } else if (what == 2) {
            auto it = object.begin();
            std::advance(it, ptrdiff_t(pick(object.size())));
            it.value() = chance(50) ? scalar() : value(3);
        } else {
            // Same members, another order: never a change.
            Json reordered = Json::object();
            for (auto it = object.rbegin(); it != object.rend(); ++it) {
                reordered[it.key()] = it.value();
            }
            object = std::move(reordered);
        }
    }

    void editArray(Json &array)
    {
        const size_t what = pick(5);
        const size_t at = array.empty() ? 0 : pick(array.size());
        if (what == 0 || array.empty()) {
            array.insert(array.begin() + ptrdiff_t(pick(array.size() + 1)), value(3));
        } else if (what == 1) {
            array.erase(at);
        } else if (what == 2) {
            Json moved = array[at];
            array.erase(at);
            array.insert(array.begin() + ptrdiff_t(pick(array.size() + 1)), std::move(moved));
        } else if (what == 3) {
            array[at] = scalar();
        } else {
            array.insert(array.begin() + ptrdiff_t(at), array[pick(array.size())]);
        }
    }

    std::mt19937 m_random;
};

bool exists(const Json &document, const std::string &pointer)
{
    try {
        return document.contains(Json::json_pointer(pointer));
    } catch (const Json::exception &) {
        return false;
    }
}

// Checks the pointers of every change; returns the first bad one, or an empty string.
QString badPointer(const Change &change, const Json &left, const Json &right)
{
    if (change.kind != Change::Kind::Added && !exists(left, change.leftPointer)) {
        return QStringLiteral("left ") + QString::fromStdString(change.leftPointer);
    }
    if (change.kind != Change::Kind::Removed && !exists(right, change.rightPointer)) {
        return QStringLiteral("right ") + QString::fromStdString(change.rightPointer);
    }
    for (const Change &child : change.children) {
        const QString bad = badPointer(child, left, right);
        if (!bad.isEmpty()) {
            return bad;
        }
    }
    return QString();
}

size_t countLeaves(const Change &change)
{
    size_t n = change.isContainer ? 0 : 1;
    for (const Change &child : change.children) {
        n += countLeaves(child);
    }
    return n;
}

} // namespace

class TestDiffProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patchGivesRight_data();
    void patchGivesRight();
    void unorderedPatchGivesEqualSets();
    void documentEqualsItself();
};

void TestDiffProperties::patchGivesRight_data()
{
    QTest::addColumn<bool>("keyed");
    QTest::newRow("items by value") << false;
    QTest::newRow("items by id") << true;
}

void TestDiffProperties::patchGivesRight()
{
    QFETCH(bool, keyed);
    DiffOptions options;
    if (keyed) {
        QVERIFY(options.addKey(QStringLiteral("/**"), QStringLiteral("id")));
    }
    DocumentGenerator generator(20261203);
    for (int pair = 0; pair < 600; ++pair) {
        const Json left = generator.document();
        Json right = left;
        generator.mutate(right, 1 + pair % 6);

        const DiffResult result = diff(left, right, options);
        const Json patch = toJsonPatch(result);
        const Result<Json> patched = applyPatch(left, patch);
        const QByteArray context = QByteArray::fromStdString(
            "left " + left.dump() + "\nright " + right.dump() + "\npatch " + patch.dump());
        QVERIFY2(patched,
                 (patched ? QByteArray() : patched.error().message().toUtf8()) + "\n" + context);
        QVERIFY2(equalValues(*patched, right),
                 context + "\npatched " + QByteArray::fromStdString(patched->dump()));
        QCOMPARE(result.isEqual(), equalValues(left, right));
        if (result.root) {
            const QString bad = badPointer(*result.root, left, right);
            QVERIFY2(bad.isEmpty(),
                     qPrintable(bad + QLatin1Char('\n') + QString::fromUtf8(context)));
            QCOMPARE(countLeaves(*result.root), result.counts.total());
        }
    }
}

void TestDiffProperties::unorderedPatchGivesEqualSets()
{
    DiffOptions options;
    QVERIFY(
        options.addKey(QStringLiteral("/**"), QStringLiteral("id"), DiffOptions::Order::Unordered));
    DocumentGenerator generator(7);
    for (int pair = 0; pair < 400; ++pair) {
        const Json left = generator.document();
        Json right = left;
        generator.mutate(right, 1 + pair % 4);

        const DiffResult result = diff(left, right, options);
        const Result<Json> patched = applyPatch(left, toJsonPatch(result));
        const QByteArray context =
            QByteArray::fromStdString("left " + left.dump() + "\nright " + right.dump());
        QVERIFY2(patched, context);
        QVERIFY2(diff(*patched, right, options).isEqual(),
                 context + "\npatched " + QByteArray::fromStdString(patched->dump()));
    }
}

void TestDiffProperties::documentEqualsItself()
{
    DocumentGenerator generator(99);
    for (int i = 0; i < 200; ++i) {
        const Json document = generator.document();
        QVERIFY(diff(document, document).isEqual());
        QVERIFY(toJsonPatch(diff(document, document)).empty());
    }
}

QTEST_GUILESS_MAIN(TestDiffProperties)
#include "tst_diffproperties.moc"
