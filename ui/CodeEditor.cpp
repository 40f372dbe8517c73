// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "CodeEditor.h"

#include "ui/Settings.h"

#include <Qsci/qscilexer.h>

#include <QEvent>
#include <QToolTip>

namespace ui {

namespace {

constexpr int kErrorIndicator = 8;
constexpr int kWarningIndicator = 9;
constexpr int kInfoIndicator = 10;
constexpr int kErrorMarker = 0;
constexpr int kWarningMarker = 1;
constexpr int kInfoMarker = 2;
constexpr int kNumberMargin = 0;
constexpr int kMarkerMargin = 1;
constexpr int kDwellMs = 400;

int indicatorFor(core::Severity severity)
{
    switch (severity) {
    case core::Severity::Error:
        return kErrorIndicator;
    case core::Severity::Warning:
        return kWarningIndicator;
    case core::Severity::Info:
        return kInfoIndicator;
    }
    return kErrorIndicator;
}

int markerFor(core::Severity severity)
{
    return indicatorFor(severity) - kErrorIndicator + kErrorMarker;
}

} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QsciScintilla(parent)
{
    setUpView();
    setUpMarkers();
    applyTheme();

    connect(this, &QsciScintilla::linesChanged, this, &CodeEditor::updateLineNumberWidth);
    connect(this, &QsciScintilla::SCN_DWELLSTART, this, &CodeEditor::showDwellTip);
    connect(this, &QsciScintilla::SCN_DWELLEND, this, [] { QToolTip::hideText(); });
}

void CodeEditor::setUpView()
{
    setUtf8(true);
    setFont(Settings::editorFont());
    setMarginsFont(Settings::editorFont());
    setTabWidth(2);
    setIndentationsUseTabs(false);
    setAutoIndent(true);
    setCaretLineVisible(true);
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setEolMode(QsciScintilla::EolUnix);
    setWrapMode(QsciScintilla::WrapNone);
    setScrollWidthTracking(true);
    SendScintilla(SCI_SETSCROLLWIDTH, 1);
    SendScintilla(SCI_SETMOUSEDWELLTIME, kDwellMs);

    setMarginType(kNumberMargin, QsciScintilla::NumberMargin);
    setMarginType(kMarkerMargin, QsciScintilla::SymbolMargin);
    setMarginWidth(kMarkerMargin, 14);
    setMarginSensitivity(kMarkerMargin, false);
    updateLineNumberWidth();
}

void CodeEditor::setUpMarkers()
{
    indicatorDefine(QsciScintilla::SquiggleLowIndicator, kErrorIndicator);
    indicatorDefine(QsciScintilla::SquiggleLowIndicator, kWarningIndicator);
    indicatorDefine(QsciScintilla::DotsIndicator, kInfoIndicator);
    markerDefine(QsciScintilla::Circle, kErrorMarker);
    markerDefine(QsciScintilla::Circle, kWarningMarker);
    markerDefine(QsciScintilla::SmallRectangle, kInfoMarker);
    setMarginMarkerMask(kMarkerMargin,
                        (1 << kErrorMarker) | (1 << kWarningMarker) | (1 << kInfoMarker));
    setMarginMarkerMask(kNumberMargin, 0);
}

void CodeEditor::applyTheme()
{
    const EditorTheme theme = EditorTheme::current();
    setPaper(theme.paper);
    setColor(theme.text);
    setCaretForegroundColor(theme.text);
    setCaretLineBackgroundColor(theme.caretLine);
    setSelectionBackgroundColor(theme.selection);
    setMarginsBackgroundColor(theme.margin);
    setMarginsForegroundColor(theme.marginText);
    setFoldMarginColors(theme.margin, theme.margin);
    setMatchedBraceBackgroundColor(theme.selection);
    setUnmatchedBraceForegroundColor(theme.error);

    setIndicatorForegroundColor(theme.error, kErrorIndicator);
    setIndicatorForegroundColor(theme.warning, kWarningIndicator);
    setIndicatorForegroundColor(theme.info, kInfoIndicator);
    setMarkerBackgroundColor(theme.error, kErrorMarker);
    setMarkerForegroundColor(theme.error, kErrorMarker);
    setMarkerBackgroundColor(theme.warning, kWarningMarker);
    setMarkerForegroundColor(theme.warning, kWarningMarker);
    setMarkerBackgroundColor(theme.info, kInfoMarker);
    setMarkerForegroundColor(theme.info, kInfoMarker);

    applyLexerTheme(theme);
}

void CodeEditor::applyLexerTheme(const EditorTheme &theme)
{
    QsciLexer *current = lexer();
    if (!current) {
        return;
    }
    current->setDefaultFont(Settings::editorFont());
    current->setFont(Settings::editorFont(), -1);
    current->setDefaultPaper(theme.paper);
    current->setPaper(theme.paper, -1);
    current->setDefaultColor(theme.text);
}

void CodeEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::ApplicationPaletteChange) {
        applyTheme();
    }
}

void CodeEditor::updateLineNumberWidth()
{
    if (!m_lineNumbers) {
        setMarginWidth(kNumberMargin, 0);
        return;
    }
    const QString digits = QString::number(qMax(lines(), 100));
    setMarginWidth(kNumberMargin, digits + QLatin1Char('0'));
}

void CodeEditor::setLineNumbersVisible(bool visible)
{
    m_lineNumbers = visible;
    setMarginWidth(kMarkerMargin, visible ? 14 : 0);
    updateLineNumberWidth();
}

int CodeEditor::tokenEnd(int position) const
{
    const int end = int(SendScintilla(SCI_GETLENGTH));
    auto charAt = [this](int at) { return char(SendScintilla(SCI_GETCHARAT, at)); };
    if (position >= end) {
        return end;
    }

    // A string runs to its closing quote; a bracket is marked alone; anything else to a delimiter.
    const char first = charAt(position);
    if (first == '{' || first == '[' || first == '}' || first == ']' || first == ',') {
        return position + 1;
    }
    int at = position + 1;
    if (first == '"') {
        while (at < end && charAt(at) != '"' && charAt(at) != '\n') {
            at += charAt(at) == '\\' ? 2 : 1;
        }
        return qMin(end, at + 1);
    }
    while (at < end && !QByteArrayView(",}]\n :").contains(charAt(at))) {
        ++at;
    }
    return at;
}

void CodeEditor::setMarks(const QList<EditorMark> &marks)
{
    const int length = int(SendScintilla(SCI_GETLENGTH));
    for (const int indicator : {kErrorIndicator, kWarningIndicator, kInfoIndicator}) {
        SendScintilla(SCI_SETINDICATORCURRENT, indicator);
        SendScintilla(SCI_INDICATORCLEARRANGE, 0, length);
    }
    markerDeleteAll();
    m_marks = marks;

    const int lastLine = qMax(0, lines() - 1);
    for (EditorMark &mark : m_marks) {
        const int line = qBound(0, mark.line - 1, lastLine);
        const int column = qBound(0, mark.column - 1, lineLength(line));
        const int start = positionFromLineIndex(line, column);
        int end =
            mark.length > 0 ? positionFromLineIndex(line, column + mark.length) : tokenEnd(start);
        if (end <= start) {
            end = qMin(length, start + 1);
        }
        SendScintilla(SCI_SETINDICATORCURRENT, indicatorFor(mark.severity));
        SendScintilla(SCI_INDICATORFILLRANGE, start, end - start);
        markerAdd(line, markerFor(mark.severity));
    }
}

QString CodeEditor::marksTextAt(int position) const
{
    if (position < 0) {
        return {};
    }
    int line = 0;
    int index = 0;
    lineIndexFromPosition(position, &line, &index);

    QStringList texts;
    for (const EditorMark &mark : m_marks) {
        if (mark.line - 1 == line) {
            texts.append(mark.message);
        }
    }
    return texts.join(QLatin1Char('\n'));
}

void CodeEditor::showDwellTip(int position, int x, int y)
{
    const QString text = marksTextAt(position);
    if (text.isEmpty()) {
        return;
    }
    QToolTip::showText(mapToGlobal(QPoint(x, y)), text, this);
}

void CodeEditor::goTo(int line, int column)
{
    const int zeroLine = qBound(0, line - 1, qMax(0, lines() - 1));
    const int zeroColumn = qBound(0, column - 1, lineLength(zeroLine));
    setCursorPosition(zeroLine, zeroColumn);
    ensureLineVisible(zeroLine);
    ensureCursorVisible();
    setFocus();
}

QPair<int, int> CodeEditor::cursorLineColumn() const
{
    int line = 0;
    int index = 0;
    getCursorPosition(&line, &index);
    return {line + 1, index + 1};
}

bool CodeEditor::findText(const QString &text, bool forward)
{
    if (text.isEmpty()) {
        return false;
    }
    int line = 0;
    int index = 0;
    getCursorPosition(&line, &index);
    if (!forward && hasSelectedText()) {
        int lineTo = 0;
        int indexTo = 0;
        getSelection(&line, &index, &lineTo, &indexTo);
    }
    return findFirst(text, false, false, false, true, forward, line, index);
}

void CodeEditor::replaceAllText(const QString &text)
{
    int line = 0;
    int index = 0;
    getCursorPosition(&line, &index);

    beginUndoAction();
    selectAll();
    replaceSelectedText(text);
    endUndoAction();

    const int lastLine = qMax(0, lines() - 1);
    setCursorPosition(qMin(line, lastLine), 0);
}

} // namespace ui
