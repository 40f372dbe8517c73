// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "ui/diff/DiffRows.h"

#include <Qsci/qsciscintilla.h>

#include <vector>

namespace ui::diff {

class DiffDocument;

/// One side of the diff view: a read-only JSON editor showing a side of a DiffDocument.
///
/// Each line gets a background marker for its kind (added green, removed red, changed yellow,
/// moved blue, filler grey and hatched, fold line blue-grey), the characters of a changed
/// scalar an indicator, and the margin the line's number in the side's own printed text
/// (fillers and folds have none), set as lines come on screen. The marker and indicator numbers are
/// public so that tests can ask Scintilla what a line shows.
class DiffEditor : public QsciScintilla
{
    Q_OBJECT

public:
    enum Marker
    {
        AddedMarker = 0,
        RemovedMarker,
        ChangedMarker,
        MovedMarker,
        FillerMarker,
        FoldMarker,
        CurrentMarker, ///< the arrow in the margin at the selected change
    };
    static constexpr int kValueIndicator = 8; ///< the changed characters of a scalar
    static constexpr int kFoldTextIndicator = 9;

    DiffEditor(Side side, QWidget *parent = nullptr);

    Side side() const { return m_side; }

    /// Shows the side's display text with its markers, numbers and indicators.
    void showDocument(const DiffDocument &document);
    void clearDocument();

    /// Puts the arrow on the lines of a change (-1: none) and the cursor on its first line.
    void markChange(const DiffDocument &document, int change);

    /// Scrolls so that line is the first one shown.
    void scrollToLine(int line);

    /// The marker of a line kind, -1 for unchanged lines.
    static int markerFor(LineKind kind);

signals:
    /// The editor scrolled, vertically or horizontally, for whatever reason.
    void scrolled();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setUpLook();
    void setUpMarkers();
    void setUpMargins();
    void setText(const std::string &text);
    void applyLineNumbers(const DiffDocument &document);
    void numberVisibleLines();
    void onScrolled();
    void applyMarkers(const DiffDocument &document);
    void applyIndicators(const DiffDocument &document);
    void paintFillers();

    Side m_side;
    std::vector<LineKind> m_lineKinds;  ///< per display line, for the hatching of fillers
    std::vector<int32_t> m_lineNumbers; ///< per display line, 1-based, 0 for none
    std::vector<bool> m_numbered;       ///< whether a display line has its margin text
};

} // namespace ui::diff
