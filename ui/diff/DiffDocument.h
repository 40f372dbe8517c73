// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/diff/DiffOptions.h"
#include "core/diff/DiffResult.h"
#include "core/json/Json.h"
#include "ui/diff/DiffRows.h"
#include "ui/diff/PrintedJson.h"

#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ui::diff {

/// Two JSON documents printed and lined up side by side along their structural diff, ready for
/// two editors: the rows, where each listed change sits, and which unchanged runs fold away.
///
/// Both documents are printed with a two-space indent in their own member order. Unchanged
/// lines share a row, a removed value faces filler rows on the right, an added one on the
/// left, and a changed scalar shares its row with its new value, its characters given as a
/// column range. Runs of unchanged rows longer than foldThreshold are folded into one line,
/// keeping contextLines rows next to each change; a document without differences is not
/// folded. Folds can be expanded, which changes displayLines() but never rows().
///
/// compute() is the heavy call (the diff, both printings, the alignment; linear passes over
/// the text) and can run on a worker thread; the document keeps the lines, not the values.
///
///     std::shared_ptr<DiffDocument> doc = DiffDocument::compute(left, right, options);
///     for (const ChangeSpan &span : doc->changes())
///         highlight(doc->displayLineOfRow(span.leftFirstRow), span.leftColumns);
class DiffDocument
{
public:
    struct Settings
    {
        int foldThreshold = 6; ///< unchanged runs longer than this fold
        int contextLines = 3;  ///< unchanged rows kept next to a change
    };

    static std::shared_ptr<DiffDocument> compute(const core::Json &left, const core::Json &right,
                                                 const core::diff::DiffOptions &options,
                                                 const Settings &settings);
    static std::shared_ptr<DiffDocument> compute(const core::Json &left, const core::Json &right,
                                                 const core::diff::DiffOptions &options);

    /// Lays out a result already computed for these two documents.
    static std::shared_ptr<DiffDocument> build(const core::Json &left, const core::Json &right,
                                               std::shared_ptr<const core::diff::DiffResult> result,
                                               const Settings &settings);

    const core::diff::DiffResult &result() const { return *m_result; }
    const std::shared_ptr<const core::diff::DiffResult> &sharedResult() const { return m_result; }

    int lineCount(Side side) const { return printed(side).lineCount(); }
    /// A line of a side's printed text, without its '\n'.
    std::string_view line(Side side, int line) const { return printed(side).line(line); }

    const std::vector<DiffRow> &rows() const { return m_rows; }
    /// One span per listed change, in the order of listedChanges().
    const std::vector<ChangeSpan> &changes() const { return m_changes; }
    const std::vector<Fold> &folds() const { return m_folds; }

    void setFoldExpanded(int fold, bool expanded);
    void expandAllFolds();

    /// The lines the editors show, folded runs as one line each.
    const std::vector<DisplayLine> &displayLines() const { return m_display; }
    /// The display line showing a row, or the fold line standing for it.
    int displayLineOfRow(int row) const;
    /// The fold a display line stands for, or -1.
    int foldAtDisplayLine(int line) const;
    /// What a side's editor shows: one line per display line, joined by '\n'.
    std::string displayText(Side side) const;
    /// The text of a fold line, "… 42 unchanged lines".
    static QString foldLabel(int rowCount);

private:
    DiffDocument() = default;

    const PrintedJson &printed(Side side) const { return side == Side::Left ? m_left : m_right; }
    void findFolds(const Settings &settings);
    void updateDisplay();

    std::shared_ptr<const core::diff::DiffResult> m_result;
    PrintedJson m_left;
    PrintedJson m_right;
    std::vector<DiffRow> m_rows;
    std::vector<ChangeSpan> m_changes;
    std::vector<Fold> m_folds;
    std::vector<DisplayLine> m_display;
    std::vector<int32_t> m_displayOfRow;
};

} // namespace ui::diff
