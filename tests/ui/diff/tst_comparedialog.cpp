// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "ui/diff/CompareDialog.h"
#include "ui/diff/DiffView.h"
#include "ui/diff/FileChooser.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using ui::diff::CompareDialog;
using ui::diff::Side;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(PATCHBAY_TEST_DATA "/diffview/%1").arg(QLatin1String(name));
}

// Answers the file dialogs from a list, and remembers what was asked.
class ScriptedChooser : public ui::diff::FileChooser
{
public:
    ScriptedChooser(QStringList answers, QStringList *captions)
        : m_answers(std::move(answers))
        , m_captions(captions)
    {}

    QString openFileName(QWidget *, const QString &caption, const QString &,
                         const QString &) override
    {
        m_captions->append(caption);
        return m_answers.isEmpty() ? QString() : m_answers.takeFirst();
    }

private:
    QStringList m_answers;
    QStringList *m_captions;
};

} // namespace

class TestCompareDialog : public QObject
{
    Q_OBJECT

private slots:
    void comparesTwoFiles();
    void choosesFilesThroughTheSeam();
    void cancelledChoiceComparesNothing();
    void badFilesAreNamedWithTheirPlace_data();
    void badFilesAreNamedWithTheirPlace();
    void errorClearsOnSuccess();
    void compareButtonUsesTheTypedPaths();
};

void TestCompareDialog::comparesTwoFiles()
{
    CompareDialog dialog;
    QVERIFY(dialog.compareFiles(dataFile("profile-before.json"), dataFile("profile-after.json")));
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(dialog.diffView()->changeCount(), 8);
    QCOMPARE(dialog.diffView()->title(Side::Left), QStringLiteral("profile-before.json"));
    QCOMPARE(dialog.diffView()->title(Side::Right), QStringLiteral("profile-after.json"));
}

void TestCompareDialog::choosesFilesThroughTheSeam()
{
    QStringList captions;
    CompareDialog dialog;
    dialog.setFileChooser(std::make_unique<ScriptedChooser>(
        QStringList{dataFile("small-left.json"), dataFile("small-right.json")}, &captions));
    QVERIFY(dialog.chooseFiles());
    QCOMPARE(captions.size(), 2);
    QVERIFY(captions[0].contains(QStringLiteral("Left")));
    QVERIFY(captions[1].contains(QStringLiteral("Right")));
    QCOMPARE(dialog.path(Side::Left), dataFile("small-left.json"));
    QCOMPARE(dialog.path(Side::Right), dataFile("small-right.json"));
    QCOMPARE(dialog.diffView()->summaryText(), QStringLiteral("1 change: 1 changed"));
}

void TestCompareDialog::cancelledChoiceComparesNothing()
{
    QStringList captions;
    CompareDialog dialog;
    dialog.setFileChooser(
        std::make_unique<ScriptedChooser>(QStringList{dataFile("small-left.json")}, &captions));
    QVERIFY(!dialog.chooseFiles());
    QCOMPARE(captions.size(), 2);
    QCOMPARE(dialog.path(Side::Right), QString());
    QVERIFY(!dialog.diffView()->document());
}

void TestCompareDialog::badFilesAreNamedWithTheirPlace_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("expected");

    QTest::newRow("syntax error") << dataFile("small-left.json") << dataFile("broken.json")
                                  << dataFile("broken.json") + QStringLiteral(":3:");
    QTest::newRow("missing file") << dataFile("no-such-file.json") << dataFile("small-left.json")
                                  << QStringLiteral("Cannot read ") + dataFile("no-such-file.json");
    QTest::newRow("both broken") << dataFile("broken.json") << dataFile("broken.json")
                                 << QStringLiteral("\n") + dataFile("broken.json");
    QTest::newRow("no path") << QString() << dataFile("small-left.json")
                             << QStringLiteral("Choose a file for each side.");
}

void TestCompareDialog::badFilesAreNamedWithTheirPlace()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, expected);

    CompareDialog dialog;
    QVERIFY(!dialog.compareFiles(left, right));
    QVERIFY2(dialog.errorText().contains(expected), qPrintable(dialog.errorText()));
    QVERIFY(!dialog.diffView()->document());
}

void TestCompareDialog::errorClearsOnSuccess()
{
    CompareDialog dialog;
    QVERIFY(!dialog.compareFiles(dataFile("broken.json"), dataFile("small-right.json")));
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(dialog.compareFiles(dataFile("small-left.json"), dataFile("small-right.json")));
    QCOMPARE(dialog.errorText(), QString());
}

void TestCompareDialog::compareButtonUsesTheTypedPaths()
{
    CompareDialog dialog;
    dialog.compareFiles(dataFile("small-left.json"), dataFile("small-left.json"));
    QCOMPARE(dialog.diffView()->summaryText(), QStringLiteral("No differences"));

    QSignalSpy compared(dialog.diffView(), &ui::diff::DiffView::compared);
    QPushButton *compare = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->accessibleName() == QStringLiteral("Compare")) {
            compare = button;
        }
    }
    QVERIFY(compare);
    compare->click();
    QCOMPARE(compared.count(), 1);
}

QTEST_MAIN(TestCompareDialog)
#include "tst_comparedialog.moc"
