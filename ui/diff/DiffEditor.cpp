// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "DiffEditor.h"

#include "ui/diff/DiffDocument.h"

#include <Qsci/qscilexerjson.h>

#include <QPainter>
#include <QScrollBar>

#include <algorithm>

#include <charconv>

namespace ui::diff {

namespace {

constexpr int kNumberMargin = 0;
constexpr int kArrowMargin = 1;

// Scintilla takes colours as 0xBBGGRR.
long scintillaColor(const QColor &color)
{
    return long(color.red()) | (long(color.green()) << 8) | (long(color.blue()) << 16);
}

QFont editorFont()
{
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    font.setPointSize(10);
    return font;
}

} // namespace

DiffEditor::DiffEditor(Side side, QWidget *parent)
    : QsciScintilla(parent)
    , m_side(side)
{
    setUpLook();
    setUpMarkers();
    setUpMargins();
    setReadOnly(true);
    SendScintilla(SCI_SETUNDOCOLLECTION, 0L);

    // The scroll bars report what the user drags or wheels; Scintilla's own scrolling (keys,
    // caret moves) is reported by its update notification.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &DiffEditor::onScrolled);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, &DiffEditor::onScrolled);
    connect(this, &QsciScintillaBase::SCN_UPDATEUI, this, [this](int updated) {
        if (updated & (SC_UPDATE_V_SCROLL | SC_UPDATE_H_SCROLL)) {
            onScrolled();
        }
    });
}

void DiffEditor::scrollToLine(int line)
{
    setFirstVisibleLine(line);
    numberVisibleLines();
}

void DiffEditor::onScrolled()
{
    numberVisibleLines();
    emit scrolled();
}

void DiffEditor::setUpLook()
{
    const QFont font = editorFont();
    auto *lexer = new QsciLexerJSON(this);
    lexer->setDefaultFont(font);
    lexer->setFont(font);
    setLexer(lexer);
    setFont(font);

    setUtf8(true);
    setWrapMode(WrapNone);
    setCaretWidth(2);
    setCaretLineVisible(false);
    setFolding(NoFoldStyle);
    setBraceMatching(NoBraceMatch);
    setIndentationGuides(true);
    setIndentationGuidesForegroundColor(QColor(0xdd, 0xdd, 0xdd));
    setFrameShape(QFrame::StyledPanel);

    // The horizontal scroll bar appears only for lines wider than the editor.
    SendScintilla(SCI_SETSCROLLWIDTH, 1L);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1L);
}

void DiffEditor::setUpMarkers()
{
    const auto background = [this](int marker, const QColor &color) {
        markerDefine(Background, marker);
        setMarkerBackgroundColor(color, marker);
    };
    background(AddedMarker, QColor(0xdd, 0xf4, 0xdd));
    background(RemovedMarker, QColor(0xfb, 0xdf, 0xdf));
    background(ChangedMarker, QColor(0xfb, 0xf1, 0xc7));
    background(MovedMarker, QColor(0xdf, 0xea, 0xfb));
    background(FillerMarker, QColor(0xf2, 0xf2, 0xf2));
    background(FoldMarker, QColor(0xe6, 0xec, 0xf2));
    markerDefine(RightTriangle, CurrentMarker);
    setMarkerBackgroundColor(QColor(0x3b, 0x74, 0xd0), CurrentMarker);
    setMarkerForegroundColor(QColor(0x3b, 0x74, 0xd0), CurrentMarker);

    SendScintilla(SCI_INDICSETSTYLE, kValueIndicator, long(INDIC_FULLBOX));
    SendScintilla(SCI_INDICSETFORE, kValueIndicator, scintillaColor(QColor(0xe8, 0xb3, 0x00)));
    SendScintilla(SCI_INDICSETALPHA, kValueIndicator, 110L);
    SendScintilla(SCI_INDICSETOUTLINEALPHA, kValueIndicator, 200L);
    SendScintilla(SCI_INDICSETUNDER, kValueIndicator, 1L);

    SendScintilla(SCI_INDICSETSTYLE, kFoldTextIndicator, long(INDIC_TEXTFORE));
    SendScintilla(SCI_INDICSETFORE, kFoldTextIndicator, scintillaColor(QColor(0x55, 0x66, 0x77)));
}

void DiffEditor::setUpMargins()
{
    setMarginType(kNumberMargin, TextMarginRightJustified);
    setMarginMarkerMask(kNumberMargin, 0);
    setMarginSensitivity(kNumberMargin, true);
    setMarginsFont(editorFont());
    setMarginsBackgroundColor(QColor(0xf7, 0xf7, 0xf7));
    setMarginsForegroundColor(QColor(0x88, 0x88, 0x88));

    setMarginType(kArrowMargin, SymbolMargin);
    setMarginMarkerMask(kArrowMargin, 1 << CurrentMarker);
    setMarginWidth(kArrowMargin, 14);
    setMarginSensitivity(kArrowMargin, true);
    for (int margin = kArrowMargin + 1; margin < 5; ++margin) {
        setMarginWidth(margin, 0);
    }
}

int DiffEditor::markerFor(LineKind kind)
{
    switch (kind) {
    case LineKind::Added:
        return AddedMarker;
    case LineKind::Removed:
        return RemovedMarker;
    case LineKind::Changed:
        return ChangedMarker;
    case LineKind::Moved:
        return MovedMarker;
    case LineKind::Filler:
        return FillerMarker;
    case LineKind::Fold:
        return FoldMarker;
    case LineKind::Unchanged:
        break;
    }
    return -1;
}

void DiffEditor::showDocument(const DiffDocument &document)
{
    const int firstLine = firstVisibleLine();
    setText(document.displayText(m_side));

    // Margin texts, markers and indicators each notify a modification; nothing here needs
    // those, and for a large document they cost more than the changes themselves.
    const long eventMask = SendScintilla(SCI_GETMODEVENTMASK);
    SendScintilla(SCI_SETMODEVENTMASK, 0L);
    applyLineNumbers(document);
    applyMarkers(document);
    applyIndicators(document);
    SendScintilla(SCI_SETMODEVENTMASK, eventMask);
    scrollToLine(firstLine);
    viewport()->update();
}

void DiffEditor::clearDocument()
{
    m_lineKinds.clear();
    m_lineNumbers.clear();
    m_numbered.clear();
    setText(std::string());
    SendScintilla(SCI_MARGINTEXTCLEARALL);
    markerDeleteAll();
}

void DiffEditor::setText(const std::string &text)
{
    setReadOnly(false);
    SendScintilla(SCI_SETTEXT, 0UL, text.c_str());
    setReadOnly(true);
}

void DiffEditor::applyLineNumbers(const DiffDocument &document)
{
    SendScintilla(SCI_MARGINTEXTCLEARALL);
    const std::vector<DisplayLine> &lines = document.displayLines();
    m_lineNumbers.assign(lines.size(), 0);
    for (size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].fold < 0) {
            m_lineNumbers[i] = document.rows()[size_t(lines[i].row)].line(m_side) + 1;
        }
    }
    m_numbered.assign(lines.size(), false);

    // Wide enough for the largest number and one digit of air.
    const std::string widest(std::to_string(document.lineCount(m_side)).size() + 1, '9');
    const long width = SendScintilla(SCI_TEXTWIDTH, long(STYLE_LINENUMBER), widest.c_str());
    setMarginWidth(kNumberMargin, int(width) + 6);
}

void DiffEditor::numberVisibleLines()
{
    // A margin text costs a call and an allocation in Scintilla, about 1 s for a million
    // lines, so lines get theirs when they first come on screen.
    const int first = std::max(0, firstVisibleLine());
    const int end =
        std::min(int(m_lineNumbers.size()), first + int(SendScintilla(SCI_LINESONSCREEN)) + 2);
    const long eventMask = SendScintilla(SCI_GETMODEVENTMASK);
    SendScintilla(SCI_SETMODEVENTMASK, 0L);
    char number[16];
    for (int line = first; line < end; ++line) {
        if (m_numbered[size_t(line)] || m_lineNumbers[size_t(line)] <= 0) {
            continue;
        }
        m_numbered[size_t(line)] = true;
        const auto [last, error] =
            std::to_chars(number, number + sizeof number - 1, m_lineNumbers[size_t(line)]);
        *last = '\0';
        SendScintilla(SCI_MARGINSETTEXT, static_cast<unsigned long>(line), number);
        SendScintilla(SCI_MARGINSETSTYLE, static_cast<unsigned long>(line), long(STYLE_LINENUMBER));
    }
    SendScintilla(SCI_SETMODEVENTMASK, eventMask);
}

void DiffEditor::resizeEvent(QResizeEvent *event)
{
    QsciScintilla::resizeEvent(event);
    numberVisibleLines();
}

void DiffEditor::applyMarkers(const DiffDocument &document)
{
    markerDeleteAll();
    const std::vector<DisplayLine> &lines = document.displayLines();
    m_lineKinds.assign(lines.size(), LineKind::Unchanged);
    for (size_t i = 0; i < lines.size(); ++i) {
        const LineKind kind = lines[i].fold >= 0
                                  ? LineKind::Fold
                                  : document.rows()[size_t(lines[i].row)].kind(m_side);
        m_lineKinds[i] = kind;
        const int marker = markerFor(kind);
        if (marker >= 0) {
            SendScintilla(SCI_MARKERADD, i, long(marker));
        }
    }
}

void DiffEditor::applyIndicators(const DiffDocument &document)
{
    SendScintilla(SCI_SETINDICATORCURRENT, kValueIndicator);
    SendScintilla(SCI_INDICATORCLEARRANGE, 0L, SendScintilla(SCI_GETLENGTH));
    for (const ChangeSpan &span : document.changes()) {
        // Only a value that was replaced has characters worth telling apart from its line.
        const core::diff::Change::Kind kind = span.change->kind;
        const ColumnRange &columns = span.columns(m_side);
        const int line = document.displayLineOfRow(span.firstRow(m_side));
        if ((kind != core::diff::Change::Kind::Changed &&
             kind != core::diff::Change::Kind::TypeChanged) ||
            !columns.isValid() || line < 0) {
            continue;
        }
        const long start = SendScintilla(SCI_POSITIONFROMLINE, line) + columns.begin;
        SendScintilla(SCI_INDICATORFILLRANGE, start, long(columns.end - columns.begin));
    }

    SendScintilla(SCI_SETINDICATORCURRENT, kFoldTextIndicator);
    SendScintilla(SCI_INDICATORCLEARRANGE, 0L, SendScintilla(SCI_GETLENGTH));
    for (size_t i = 0; i < m_lineKinds.size(); ++i) {
        if (m_lineKinds[i] == LineKind::Fold) {
            const long start = SendScintilla(SCI_POSITIONFROMLINE, i);
            const long end = SendScintilla(SCI_GETLINEENDPOSITION, i);
            SendScintilla(SCI_INDICATORFILLRANGE, start, end - start);
        }
    }
}

void DiffEditor::markChange(const DiffDocument &document, int change)
{
    markerDeleteAll(CurrentMarker);
    if (change < 0 || change >= int(document.changes().size())) {
        return;
    }
    const ChangeSpan &span = document.changes()[size_t(change)];
    const int first = document.displayLineOfRow(span.firstRow(m_side));
    const int last = document.displayLineOfRow(span.lastRow(m_side));
    for (int line = first; line >= 0 && line <= last; ++line) {
        markerAdd(line, CurrentMarker);
    }
    if (first >= 0) {
        setCursorPosition(first, 0);
    }
}

void DiffEditor::paintEvent(QPaintEvent *event)
{
    QsciScintilla::paintEvent(event);
    paintFillers();
}

void DiffEditor::paintFillers()
{
    // Filler lines are hatched so they read as "nothing here", not as empty lines.
    const int first = firstVisibleLine();
    const int count = int(SendScintilla(SCI_LINESONSCREEN)) + 1;
    const int height = int(SendScintilla(SCI_TEXTHEIGHT, 0L));
    int left = 0;
    for (int margin = 0; margin < 5; ++margin) {
        left += marginWidth(margin);
    }

    QPainter painter(viewport());
    const QBrush hatch(QColor(0xd4, 0xd4, 0xd4), Qt::BDiagPattern);
    for (int line = first; line < first + count && line < int(m_lineKinds.size()); ++line) {
        if (m_lineKinds[size_t(line)] != LineKind::Filler) {
            continue;
        }
        const long position = SendScintilla(SCI_POSITIONFROMLINE, line);
        const int y = int(SendScintilla(SCI_POINTYFROMPOSITION, 0UL, position));
        painter.fillRect(QRect(left, y, viewport()->width() - left, height), hatch);
    }
}

} // namespace ui::diff
