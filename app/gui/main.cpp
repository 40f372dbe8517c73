// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// The patchbay window. Besides the normal start it has a screenshot mode for documentation
// and CI, and a few hidden options that let tests drive the real executable.

#include "core/Logging.h"
#include "ui/JsonEditor.h"
#include "ui/MainWindow.h"
#include "ui/PayloadPane.h"
#include "ui/Prompter.h"
#include "ui/SessionJournal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace {

constexpr int kScreenshotTimeoutMs = 30000;

struct Options
{
    QString workspace;
    QString store;
    QString screenshot;
    QStringList answers;
    QString typeText;
    bool printState = false;
    bool unattended = false;
};

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Qt aborts without a display; say what to do instead, before QApplication exists.
bool hasDisplay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "-platform") == 0 || qstrcmp(argv[i], "--platform") == 0) {
            return true;
        }
    }
    return !qgetenv("QT_QPA_PLATFORM").isEmpty() || !qgetenv("DISPLAY").isEmpty() ||
           !qgetenv("WAYLAND_DISPLAY").isEmpty();
}

Options parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Workbench for Adobe Experience Platform streaming upserts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QApplication::translate("main", "Open the workspace DIR."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption store(
        QStringLiteral("store"),
        QApplication::translate("main", "Try every preview on the emulated profile store in DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save the window to FILE.png once the preview is ready, "
                                        "then exit."),
        QStringLiteral("FILE"));
    QCommandLineOption answer(QStringLiteral("answer"), QStringLiteral("Pre-answer a question"),
                              QStringLiteral("ID=BUTTON"));
    QCommandLineOption typeText(QStringLiteral("type"), QStringLiteral("Type into the payload"),
                                QStringLiteral("TEXT"));
    QCommandLineOption printState(QStringLiteral("print-state"),
                                  QStringLiteral("Print the state after start-up and exit"));
    QCommandLineOption unattended(QStringLiteral("unattended"), QStringLiteral("Show no dialogs"));
    for (QCommandLineOption *hidden : {&answer, &typeText, &printState, &unattended}) {
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    }
    parser.addOptions({workspace, store, screenshot, answer, typeText, printState, unattended});
    parser.process(app);

    return Options{parser.value(workspace), parser.value(store),    parser.value(screenshot),
                   parser.values(answer),   parser.value(typeText), parser.isSet(printState),
                   parser.isSet(unattended)};
}

void applyAnswers(const QStringList &answers)
{
    for (const QString &answer : answers) {
        const QString id = answer.section(QLatin1Char('='), 0, 0);
        const QString button = answer.section(QLatin1Char('='), 1).toLower();
        const auto value = button == QLatin1String("yes")       ? QMessageBox::Yes
                           : button == QLatin1String("discard") ? QMessageBox::Discard
                           : button == QLatin1String("save")    ? QMessageBox::Save
                           : button == QLatin1String("cancel")  ? QMessageBox::Cancel
                                                                : QMessageBox::No;
        ui::Prompter::preAnswer(id, value);
    }
}

void takeScreenshot(ui::MainWindow &window, const QString &file)
{
    QObject::connect(&window, &ui::MainWindow::previewShown, &window, [&window, file] {
        // One more turn of the event loop so the views have painted the result.
        QTimer::singleShot(50, &window, [&window, file] {
            if (!window.grab().save(file, "PNG")) {
                printLine(stderr,
                          QApplication::translate("main", "patchbay: cannot write %1").arg(file));
                QApplication::exit(2);
                return;
            }
            QApplication::exit(0);
        });
    });
    QTimer::singleShot(kScreenshotTimeoutMs, &window, [] {
        printLine(stderr, QApplication::translate(
                              "main", "patchbay: no preview within %1 s; no screenshot taken")
                              .arg(kScreenshotTimeoutMs / 1000));
        QApplication::exit(2);
    });
}

void printState(ui::MainWindow &window)
{
    const QJsonObject state{
        {QStringLiteral("asked"), QJsonArray::fromStringList(ui::Prompter::asked())},
        {QStringLiteral("payloadModified"), window.payloadPane()->isModified()},
        {QStringLiteral("payloadText"), window.payloadPane()->text()},
    };
    printLine(stdout, QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)));
}

void typeIntoPayload(ui::MainWindow &window, const QString &text)
{
    QObject::connect(window.sessionJournal(), &ui::SessionJournal::journalWritten, &window,
                     [] { printLine(stdout, QStringLiteral("journaled")); });
    ui::JsonEditor *editor = window.payloadPane()->editor();
    editor->setCursorPosition(editor->lines() - 1, 0);
    editor->insert(text);
}

} // namespace

int main(int argc, char **argv)
{
    if (!hasDisplay(argc, argv)) {
        printLine(stderr, QStringLiteral(
                              "patchbay: no display found (neither DISPLAY nor WAYLAND_DISPLAY "
                              "is set).\nTo run without a display, use QT_QPA_PLATFORM=offscreen "
                              "patchbay ... or xvfb-run patchbay ...; for a terminal, use "
                              "patchbay-cli."));
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Patchbay"));
    QApplication::setApplicationName(QStringLiteral("Patchbay"));
    QApplication::setApplicationVersion(QStringLiteral(PATCHBAY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.patchbay.Patchbay"));

    const Options options = parseOptions(app);
    applyAnswers(options.answers);
    ui::Prompter::setUnattended(options.unattended || !options.screenshot.isEmpty());

    ui::MainWindow window;
    if (!options.screenshot.isEmpty()) {
        takeScreenshot(window, options.screenshot);
    }
    window.show();
    if (!options.store.isEmpty()) {
        window.useProfileStore(options.store);
    }
    window.start(options.workspace);

    if (options.printState) {
        printState(window);
        return 0;
    }
    if (!options.typeText.isEmpty()) {
        typeIntoPayload(window, options.typeText);
    }
    return QApplication::exec();
}
