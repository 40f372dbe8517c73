// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/diff/JsonDiff.h"
#include "core/diff/JsonPatch.h"
#include "core/json/JsonDocument.h"
#include "ui/diff/DiffDocument.h"
#include "ui/diff/DiffEditor.h"
#include "ui/diff/DiffView.h"

#include <nlohmann/json.hpp>

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using core::Json;
using ui::diff::DiffEditor;
using ui::diff::DiffView;
using ui::diff::Side;

namespace {

Json load(const char *name)
{
    const QString path = QStringLiteral(PATCHBAY_TEST_DATA "/diffview/%1").arg(QLatin1String(name));
    core::Result<core::JsonDocument> document = core::JsonDocument::fromFile(path);
    if (!document) {
        qFatal("cannot load test data %s", qPrintable(document.error().message()));
    }
    return document->takeRoot();
}

int markersAt(DiffEditor *editor, int line)
{
    return int(editor->SendScintilla(QsciScintillaBase::SCI_MARKERGET, line));
}

bool hasMarker(DiffEditor *editor, int line, int marker)
{
    return (markersAt(editor, line) & (1 << marker)) != 0;
}

int indicatorAt(DiffEditor *editor, int line, int column)
{
    const long start = editor->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line);
    return int(editor->SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT,
                                     DiffEditor::kValueIndicator, start + column));
}

QString marginText(DiffEditor *editor, int line)
{
    const auto size =
        editor->SendScintilla(QsciScintillaBase::SCI_MARGINGETTEXT,
                              static_cast<unsigned long>(line), static_cast<void *>(nullptr));
    QByteArray text(qsizetype(size) + 1, '\0');
    editor->SendScintilla(QsciScintillaBase::SCI_MARGINGETTEXT, static_cast<unsigned long>(line),
                          static_cast<void *>(text.data()));
    return QString::fromUtf8(text.constData());
}

int cursorLine(DiffEditor *editor)
{
    int line = 0;
    int index = 0;
    editor->getCursorPosition(&line, &index);
    return line;
}

int lineOfChange(const DiffView &view, int change, Side side)
{
    const ui::diff::DiffDocument *document = view.document();
    return document->displayLineOfRow(document->changes()[size_t(change)].firstRow(side));
}

int changeAt(const DiffView &view, const std::string &pointer)
{
    const auto &changes = view.document()->changes();
    for (size_t i = 0; i < changes.size(); ++i) {
        if (changes[i].change->leftPointer == pointer ||
            changes[i].change->rightPointer == pointer) {
            return int(i);
        }
    }
    return -1;
}

} // namespace

class TestDiffView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void summarises_data();
    void summarises();
    void nextSelectsEachChangeInTurn();
    void previousGoesBack();
    void shortcutsNavigateInsideTheView();
    void listSelectionScrollsEditors();
    void highlightsSitOnTheChangedLines();
    void changedScalarCharactersAreMarked();
    void fillersFaceAddedAndRemovedValues();
    void unchangedLinesHaveNoMarker();
    void movedItemIsMarkedOnEachSide();
    void lineNumbersFollowEachSide();
    void foldLineUnfoldsOnMarginClick();
    void keyboardScrollingKeepsSidesTogether();
    void swapExchangesSides();
    void copyPatchTurnsLeftIntoRight_data();
    void copyPatchTurnsLeftIntoRight();
    void volatileFieldsCanBeCompared();
    void largeDocumentsCompareOffThread();
    void staleComparisonIsDropped();
    void clearEmptiesTheView();
    void controlsHaveAccessibleNames();

private:
    void loadProfiles();

    std::unique_ptr<DiffView> m_view;
};

void TestDiffView::init()
{
    m_view = std::make_unique<DiffView>();
    m_view->resize(1200, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestDiffView::cleanup()
{
    m_view.reset();
    QThreadPool::globalInstance()->waitForDone();
}

void TestDiffView::loadProfiles()
{
    m_view->setDocuments(load("profile-before.json"), load("profile-after.json"),
                         QStringLiteral("Before"), QStringLiteral("After"));
    QVERIFY(m_view->document());
}

void TestDiffView::summarises_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("summary");

    QTest::newRow("equal") << R"({"a": [1, 2]})"
                           << R"({"a": [1, 2]})"
                           << "No differences";
    QTest::newRow("only volatile fields differ") << R"({"header": {"msgId": "1", "createdAt": 5}})"
                                                 << R"({"header": {"msgId": "2", "createdAt": 6}})"
                                                 << "No differences";
    QTest::newRow("one change") << R"({"a": 1})"
                                << R"({"a": 2})"
                                << "1 change: 1 changed";
    QTest::newRow("several kinds") << R"({"a": 1, "b": 2, "c": 3})"
                                   << R"({"a": "1", "c": 4, "d": 5})"
                                   << "4 changes: 1 added, 1 removed, 1 changed, 1 type changed";
}

void TestDiffView::summarises()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, summary);

    m_view->setDocuments(Json::parse(left.toStdString()), Json::parse(right.toStdString()),
                         QStringLiteral("L"), QStringLiteral("R"));
    QCOMPARE(m_view->summaryText(), summary);
}

void TestDiffView::nextSelectsEachChangeInTurn()
{
    loadProfiles();
    QCOMPARE(m_view->changeCount(), 8);
    QCOMPARE(m_view->currentChange(), -1);
    QSignalSpy selected(m_view.get(), &DiffView::changeSelected);

    for (int i = 0; i < m_view->changeCount(); ++i) {
        m_view->nextChange();
        QCOMPARE(m_view->currentChange(), i);
        QCOMPARE(selected.count(), i + 1);
        QCOMPARE(selected.last().at(0).toInt(), i);
        QCOMPARE(m_view->changeList()->currentIndex().row(), i);
        for (Side side : {Side::Left, Side::Right}) {
            DiffEditor *editor = m_view->editor(side);
            const int line = lineOfChange(*m_view, i, side);
            QCOMPARE(cursorLine(editor), line);
            QVERIFY2(
                editor->firstVisibleLine() <= line &&
                    line < editor->firstVisibleLine() +
                               int(editor->SendScintilla(QsciScintillaBase::SCI_LINESONSCREEN)),
                qPrintable(QStringLiteral("change %1 line %2 not on screen").arg(i).arg(line)));
            QVERIFY(hasMarker(editor, line, DiffEditor::CurrentMarker));
        }
    }

    // Past the last change Next stays where it is.
    m_view->nextChange();
    QCOMPARE(m_view->currentChange(), m_view->changeCount() - 1);
    QCOMPARE(selected.count(), m_view->changeCount());
}

void TestDiffView::previousGoesBack()
{
    loadProfiles();
    m_view->previousChange();
    QCOMPARE(m_view->currentChange(), 7);
    m_view->previousChange();
    QCOMPARE(m_view->currentChange(), 6);
    m_view->selectChange(0);
    m_view->previousChange();
    QCOMPARE(m_view->currentChange(), 0);
}

void TestDiffView::shortcutsNavigateInsideTheView()
{
    loadProfiles();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    DiffEditor *editor = m_view->editor(Side::Right);
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());

    QTest::keyClick(editor, Qt::Key_F7);
    QCOMPARE(m_view->currentChange(), 0);
    QTest::keyClick(editor, Qt::Key_F7);
    QCOMPARE(m_view->currentChange(), 1);
    QTest::keyClick(editor, Qt::Key_F7, Qt::ShiftModifier);
    QCOMPARE(m_view->currentChange(), 0);
}

void TestDiffView::listSelectionScrollsEditors()
{
    loadProfiles();
    const int change = changeAt(*m_view, "/body/xdmEntity/mobilePhone");
    QVERIFY(change >= 0);
    QSignalSpy selected(m_view.get(), &DiffView::changeSelected);
    m_view->changeList()->setCurrentIndex(m_view->changeList()->model()->index(change, 0));
    QCOMPARE(m_view->currentChange(), change);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(cursorLine(m_view->editor(Side::Right)), lineOfChange(*m_view, change, Side::Right));
    QCOMPARE(m_view->editor(Side::Left)->firstVisibleLine(),
             m_view->editor(Side::Right)->firstVisibleLine());
}

void TestDiffView::highlightsSitOnTheChangedLines()
{
    loadProfiles();
    const auto &changes = m_view->document()->changes();
    for (size_t i = 0; i < changes.size(); ++i) {
        const core::diff::Change::Kind kind = changes[i].change->kind;
        const int left = lineOfChange(*m_view, int(i), Side::Left);
        const int right = lineOfChange(*m_view, int(i), Side::Right);
        switch (kind) {
        case core::diff::Change::Kind::Added:
            QVERIFY(hasMarker(m_view->editor(Side::Right), right, DiffEditor::AddedMarker));
            QVERIFY(hasMarker(m_view->editor(Side::Left), left, DiffEditor::FillerMarker));
            break;
        case core::diff::Change::Kind::Removed:
            QVERIFY(hasMarker(m_view->editor(Side::Left), left, DiffEditor::RemovedMarker));
            QVERIFY(hasMarker(m_view->editor(Side::Right), right, DiffEditor::FillerMarker));
            break;
        default:
            QCOMPARE(left, right);
            QVERIFY(hasMarker(m_view->editor(Side::Left), left, DiffEditor::ChangedMarker));
            QVERIFY(hasMarker(m_view->editor(Side::Right), right, DiffEditor::ChangedMarker));
            break;
        }
    }
}

void TestDiffView::changedScalarCharactersAreMarked()
{
    loadProfiles();
    const int change = changeAt(*m_view, "/body/xdmEntity/homeAddress/city");
    QVERIFY(change >= 0);
    const int line = lineOfChange(*m_view, change, Side::Left);
    DiffEditor *left = m_view->editor(Side::Left);
    DiffEditor *right = m_view->editor(Side::Right);
    QCOMPARE(left->text(line).trimmed(), QStringLiteral("\"city\": \"Oslo\","));
    QCOMPARE(right->text(line).trimmed(), QStringLiteral("\"city\": \"Bergen\","));

    // "        "city": "Oslo",": the value starts at column 16 and ends before the comma.
    const int begin = int(left->text(line).indexOf(QStringLiteral("\"Oslo\"")));
    QCOMPARE(begin, 16);
    QCOMPARE(indicatorAt(left, line, begin - 1), 0);
    QCOMPARE(indicatorAt(left, line, begin), 1);
    QCOMPARE(indicatorAt(left, line, begin + 5), 1);
    QCOMPARE(indicatorAt(left, line, begin + 6), 0);
    QCOMPARE(indicatorAt(right, line, begin), 1);
    QCOMPARE(indicatorAt(right, line, begin + 7), 1);
    QCOMPARE(indicatorAt(right, line, begin + 8), 0);

    // The key of the line is not part of the change.
    QCOMPARE(indicatorAt(left, line, 9), 0);
}

void TestDiffView::fillersFaceAddedAndRemovedValues()
{
    loadProfiles();
    const int removed = changeAt(*m_view, "/body/xdmEntity/personalEmail");
    QVERIFY(removed >= 0);
    const ui::diff::ChangeSpan &span = m_view->document()->changes()[size_t(removed)];
    QCOMPARE(span.leftLastRow - span.leftFirstRow, 3);
    DiffEditor *right = m_view->editor(Side::Right);
    for (int row = span.leftFirstRow; row <= span.leftLastRow; ++row) {
        const int line = m_view->document()->displayLineOfRow(row);
        QVERIFY(hasMarker(m_view->editor(Side::Left), line, DiffEditor::RemovedMarker));
        QVERIFY(hasMarker(right, line, DiffEditor::FillerMarker));
        QCOMPARE(right->text(line).trimmed(), QString());
    }

    // An added scalar is marked by its line; its characters get no indicator of their own.
    const int added = changeAt(*m_view, "/body/xdmEntity/segments/1");
    const int line = lineOfChange(*m_view, added, Side::Right);
    QVERIFY(hasMarker(right, line, DiffEditor::AddedMarker));
    QCOMPARE(right->text(line).trimmed(), QStringLiteral("\"vip\","));
    QCOMPARE(indicatorAt(right, line, int(right->text(line).indexOf(QLatin1Char('v')))), 0);
}

void TestDiffView::unchangedLinesHaveNoMarker()
{
    loadProfiles();
    // The context lines around the changes: neither fold nor change.
    const ui::diff::DiffDocument *document = m_view->document();
    int checked = 0;
    for (int line = 0; line < int(document->displayLines().size()); ++line) {
        const ui::diff::DisplayLine &shown = document->displayLines()[size_t(line)];
        const ui::diff::DiffRow &row = document->rows()[size_t(shown.row)];
        if (shown.fold >= 0 || row.leftKind != ui::diff::LineKind::Unchanged ||
            row.rightKind != ui::diff::LineKind::Unchanged) {
            continue;
        }
        QCOMPARE(markersAt(m_view->editor(Side::Left), line), 0);
        QCOMPARE(markersAt(m_view->editor(Side::Right), line), 0);
        QCOMPARE(indicatorAt(m_view->editor(Side::Right), line, 10), 0);
        ++checked;
    }
    QVERIFY(checked >= 6);
}

void TestDiffView::movedItemIsMarkedOnEachSide()
{
    // Items keyed by "id" keep their identity when their content changes.
    core::diff::DiffOptions options;
    QVERIFY(options.addKey(QStringLiteral("/"), QStringLiteral("id")).isOk());
    m_view->setOptions(options);
    m_view->setDocuments(Json::parse(R"([{"id": 1, "n": "a"}, "b", "c", "d"])"),
                         Json::parse(R"(["b", "c", "d", {"id": 1, "n": "z"}])"),
                         QStringLiteral("L"), QStringLiteral("R"));
    QCOMPARE(m_view->changeCount(), 2);
    QCOMPARE(m_view->document()->changes()[0].change->kind, core::diff::Change::Kind::Moved);

    m_view->nextChange();
    const int left = lineOfChange(*m_view, 0, Side::Left);
    const int right = lineOfChange(*m_view, 0, Side::Right);
    QVERIFY(left < right);
    QVERIFY(hasMarker(m_view->editor(Side::Left), left, DiffEditor::MovedMarker));
    QVERIFY(hasMarker(m_view->editor(Side::Right), right, DiffEditor::MovedMarker));
    QVERIFY(hasMarker(m_view->editor(Side::Right), left, DiffEditor::FillerMarker));
    QCOMPARE(cursorLine(m_view->editor(Side::Left)), left);
    QCOMPARE(cursorLine(m_view->editor(Side::Right)), right);

    // The change inside the moved item is marked as changed, with its characters.
    m_view->nextChange();
    const int inner = lineOfChange(*m_view, 1, Side::Right);
    QVERIFY(hasMarker(m_view->editor(Side::Right), inner, DiffEditor::ChangedMarker));
    const int column =
        int(m_view->editor(Side::Right)->text(inner).indexOf(QStringLiteral("\"z\"")));
    QCOMPARE(indicatorAt(m_view->editor(Side::Right), inner, column), 1);
}

void TestDiffView::lineNumbersFollowEachSide()
{
    loadProfiles();
    m_view->expandAllFolds();
    const int added = changeAt(*m_view, "/body/xdmEntity/mobilePhone");
    m_view->selectChange(added);
    const int line = lineOfChange(*m_view, added, Side::Right);
    DiffEditor *left = m_view->editor(Side::Left);
    DiffEditor *right = m_view->editor(Side::Right);
    const ui::diff::DiffRow &row =
        m_view->document()->rows()[size_t(m_view->document()->displayLines()[size_t(line)].row)];
    QCOMPARE(marginText(right, line), QString::number(row.rightLine + 1));
    QCOMPARE(marginText(left, line), QString()); // a filler has no number

    // Lines are numbered as they come on screen, after scrolling as well.
    const int last = right->lines() - 1;
    right->verticalScrollBar()->setValue(last);
    QCOMPARE(left->firstVisibleLine(), right->firstVisibleLine());
    QCOMPARE(marginText(right, last), QString::number(m_view->document()->lineCount(Side::Right)));
    QCOMPARE(marginText(left, last), QString::number(m_view->document()->lineCount(Side::Left)));
}

void TestDiffView::foldLineUnfoldsOnMarginClick()
{
    loadProfiles();
    const ui::diff::DiffDocument *document = m_view->document();
    QVERIFY(!document->folds().empty());
    DiffEditor *left = m_view->editor(Side::Left);
    int foldLine = -1;
    for (int line = 0; line < left->lines() && foldLine < 0; ++line) {
        if (document->foldAtDisplayLine(line) >= 0) {
            foldLine = line;
        }
    }
    QVERIFY(foldLine >= 0);
    QVERIFY(hasMarker(left, foldLine, DiffEditor::FoldMarker));
    QVERIFY(left->text(foldLine).contains(QStringLiteral("unchanged lines")));
    const int linesBefore = left->lines();

    emit left->marginClicked(0, foldLine, Qt::NoModifier);
    QVERIFY(left->lines() > linesBefore);
    QCOMPARE(m_view->editor(Side::Right)->lines(), left->lines());
    QVERIFY(!hasMarker(left, foldLine, DiffEditor::FoldMarker));

    // Unfolded lines keep their highlights in place.
    m_view->expandAllFolds();
    QCOMPARE(left->lines(), int(document->rows().size()));
    const int city = changeAt(*m_view, "/body/xdmEntity/homeAddress/city");
    QVERIFY(hasMarker(left, lineOfChange(*m_view, city, Side::Left), DiffEditor::ChangedMarker));
}

void TestDiffView::keyboardScrollingKeepsSidesTogether()
{
    loadProfiles();
    m_view->expandAllFolds();
    DiffEditor *left = m_view->editor(Side::Left);
    DiffEditor *right = m_view->editor(Side::Right);
    left->setFocus();
    left->setCursorPosition(0, 0);
    QTest::keyClick(left, Qt::Key_PageDown);
    QTest::keyClick(left, Qt::Key_PageDown);
    QVERIFY(left->firstVisibleLine() > 0);
    QTRY_COMPARE(right->firstVisibleLine(), left->firstVisibleLine());

    // The lines that came on screen are numbered on each side (fillers have no number).
    const ui::diff::DiffDocument *document = m_view->document();
    for (int line = right->firstVisibleLine(); line < right->firstVisibleLine() + 10; ++line) {
        const ui::diff::DiffRow &row = document->rows()[size_t(line)];
        for (Side side : {Side::Left, Side::Right}) {
            const QString expected =
                row.line(side) < 0 ? QString() : QString::number(row.line(side) + 1);
            QCOMPARE(marginText(m_view->editor(side), line), expected);
        }
    }
}

void TestDiffView::swapExchangesSides()
{
    loadProfiles();
    const core::diff::DiffCounts before = m_view->document()->result().counts;
    m_view->swapSides();
    QCOMPARE(m_view->title(Side::Left), QStringLiteral("After"));
    QCOMPARE(m_view->title(Side::Right), QStringLiteral("Before"));
    const core::diff::DiffCounts after = m_view->document()->result().counts;
    QCOMPARE(after.added, before.removed);
    QCOMPARE(after.removed, before.added);
    QCOMPARE(after.changed, before.changed);

    const int city = changeAt(*m_view, "/body/xdmEntity/homeAddress/city");
    const int line = lineOfChange(*m_view, city, Side::Left);
    QVERIFY(m_view->editor(Side::Left)->text(line).contains(QStringLiteral("Bergen")));
    QVERIFY(m_view->editor(Side::Right)->text(line).contains(QStringLiteral("Oslo")));
    const int phone = changeAt(*m_view, "/body/xdmEntity/mobilePhone");
    QCOMPARE(m_view->document()->changes()[size_t(phone)].change->kind,
             core::diff::Change::Kind::Removed);
}

void TestDiffView::copyPatchTurnsLeftIntoRight_data()
{
    QTest::addColumn<bool>("ignoreVolatile");
    QTest::newRow("every field") << false;
    QTest::newRow("volatile fields ignored") << true;
}

void TestDiffView::copyPatchTurnsLeftIntoRight()
{
    QFETCH(bool, ignoreVolatile);

    m_view->setIgnoreVolatile(ignoreVolatile);
    m_view->setIdentityMapAsSet(false);
    const Json left = load("profile-before.json");
    const Json right = load("profile-after.json");
    m_view->setDocuments(left, right, QStringLiteral("Before"), QStringLiteral("After"));
    QGuiApplication::clipboard()->clear();
    m_view->copyPatch();

    const Json patch = Json::parse(QGuiApplication::clipboard()->text().toStdString());
    QVERIFY(patch.is_array());
    QVERIFY(!patch.empty());
    const core::Result<Json> patched = core::diff::applyPatch(left, patch);
    QVERIFY2(patched.isOk(), patched.isOk() ? "" : qPrintable(patched.error().message()));

    core::diff::DiffOptions options;
    if (ignoreVolatile) {
        options.addVolatileIgnores();
    }
    QVERIFY(core::diff::diff(*patched, right, options).isEqual());
    QCOMPARE(core::diff::diff(*patched, right).isEqual(), !ignoreVolatile);
}

void TestDiffView::volatileFieldsCanBeCompared()
{
    loadProfiles();
    QVERIFY(m_view->ignoresVolatile());
    QVERIFY(m_view->comparesIdentityMapAsSet());
    QCOMPARE(m_view->changeCount(), 8);

    m_view->findChild<QCheckBox *>(QString(), Qt::FindChildrenRecursively)->click();
    QVERIFY(!m_view->ignoresVolatile());
    QCOMPARE(m_view->changeCount(), 10);
    QVERIFY(changeAt(*m_view, "/header/msgId") >= 0);

    // identityMap lists in another order are only equal as sets.
    m_view->setIdentityMapAsSet(false);
    QVERIFY(m_view->changeCount() > 10);
}

void TestDiffView::largeDocumentsCompareOffThread()
{
    Json left = Json::array();
    for (int i = 0; i < 20000; ++i) {
        left.push_back(Json{{"_id", std::to_string(i)}, {"city", "Oslo"}});
    }
    Json right = left;
    right[12345]["city"] = "Bergen";

    QSignalSpy compared(m_view.get(), &DiffView::compared);
    m_view->setDocuments(left, right, QStringLiteral("L"), QStringLiteral("R"));
    QVERIFY(m_view->isComparing());
    QCOMPARE(m_view->summaryText(), QStringLiteral("Comparing\u2026"));
    QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 1, 60000);
    QVERIFY(!m_view->isComparing());
    QCOMPARE(m_view->summaryText(), QStringLiteral("1 change: 1 changed"));
    m_view->nextChange();
    const int line = lineOfChange(*m_view, 0, Side::Right);
    QVERIFY(m_view->editor(Side::Right)->text(line).contains(QStringLiteral("Bergen")));
}

void TestDiffView::staleComparisonIsDropped()
{
    m_view->setAsyncThreshold(0);
    QSignalSpy compared(m_view.get(), &DiffView::compared);
    m_view->setDocuments(Json::parse(R"({"first": 1})"), Json::parse(R"({"first": 2})"),
                         QStringLiteral("A"), QStringLiteral("B"));
    m_view->setDocuments(Json::parse(R"({"second": 1})"), Json::parse(R"({"second": 1})"),
                         QStringLiteral("C"), QStringLiteral("D"));
    QVERIFY(m_view->isComparing());

    QTRY_COMPARE(compared.count(), 1);
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(compared.count(), 1);
    QCOMPARE(m_view->summaryText(), QStringLiteral("No differences"));
    QVERIFY(m_view->editor(Side::Left)->text().contains(QStringLiteral("second")));
}

void TestDiffView::clearEmptiesTheView()
{
    loadProfiles();
    m_view->clear();
    QCOMPARE(m_view->changeCount(), 0);
    QVERIFY(!m_view->document());
    QCOMPARE(m_view->editor(Side::Left)->text(), QString());
    QCOMPARE(m_view->changeList()->model()->rowCount(), 0);
    QCOMPARE(m_view->summaryText(), QStringLiteral("Nothing to compare"));
    m_view->nextChange(); // nothing to select, nothing breaks
    m_view->copyPatch();
    QCOMPARE(m_view->currentChange(), -1);
}

void TestDiffView::controlsHaveAccessibleNames()
{
    const QList<QWidget *> controls = m_view->findChildren<QWidget *>();
    int named = 0;
    for (QWidget *control : controls) {
        if (qobject_cast<QAbstractButton *>(control) || qobject_cast<QListView *>(control) ||
            qobject_cast<DiffEditor *>(control)) {
            QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());
            ++named;
        }
    }
    QCOMPARE(named, 10);
}

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
