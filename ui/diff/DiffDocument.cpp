// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "DiffDocument.h"

#include "core/diff/JsonDiff.h"
#include "ui/diff/RowAligner.h"

#include <QCoreApplication>

namespace ui::diff {

namespace {

bool isFoldable(const DiffRow &row)
{
    const auto quiet = [](LineKind kind) {
        return kind == LineKind::Unchanged || kind == LineKind::Filler;
    };
    return quiet(row.leftKind) && quiet(row.rightKind);
}

} // namespace

std::shared_ptr<DiffDocument> DiffDocument::compute(const core::Json &left, const core::Json &right,
                                                    const core::diff::DiffOptions &options,
                                                    const Settings &settings)
{
    auto result =
        std::make_shared<const core::diff::DiffResult>(core::diff::diff(left, right, options));
    return build(left, right, std::move(result), settings);
}

std::shared_ptr<DiffDocument> DiffDocument::compute(const core::Json &left, const core::Json &right,
                                                    const core::diff::DiffOptions &options)
{
    return compute(left, right, options, Settings());
}

std::shared_ptr<DiffDocument>
DiffDocument::build(const core::Json &left, const core::Json &right,
                    std::shared_ptr<const core::diff::DiffResult> result, const Settings &settings)
{
    std::shared_ptr<DiffDocument> document(new DiffDocument());
    document->m_result = std::move(result);
    document->m_left = PrintedJson::print(left);
    document->m_right = PrintedJson::print(right);

    const core::diff::Change *root =
        document->m_result->root ? &*document->m_result->root : nullptr;
    RowAligner::Output aligned = RowAligner::align(document->m_left, document->m_right, root);
    document->m_rows = std::move(aligned.rows);
    document->m_changes = std::move(aligned.changes);

    // The lines are all that is needed from here on; the values may go.
    document->m_left.releaseIndex();
    document->m_right.releaseIndex();

    document->findFolds(settings);
    document->updateDisplay();
    return document;
}

void DiffDocument::findFolds(const Settings &settings)
{
    if (m_result->isEqual()) {
        return;
    }
    const int rowCount = int(m_rows.size());
    int start = 0;
    while (start < rowCount) {
        if (!isFoldable(m_rows[size_t(start)])) {
            ++start;
            continue;
        }
        int end = start;
        while (end < rowCount && isFoldable(m_rows[size_t(end)])) {
            ++end;
        }

        // Context is kept on the sides that face a change, not at the ends of the document.
        const int before = start == 0 ? 0 : settings.contextLines;
        const int after = end == rowCount ? 0 : settings.contextLines;
        const int hidden = end - start - before - after;
        if (end - start > settings.foldThreshold && hidden >= 2) {
            m_folds.push_back(Fold{start + before, hidden, false});
        }
        start = end;
    }
}

void DiffDocument::setFoldExpanded(int fold, bool expanded)
{
    if (fold < 0 || fold >= int(m_folds.size()) || m_folds[size_t(fold)].expanded == expanded) {
        return;
    }
    m_folds[size_t(fold)].expanded = expanded;
    updateDisplay();
}

void DiffDocument::expandAllFolds()
{
    for (Fold &fold : m_folds) {
        fold.expanded = true;
    }
    updateDisplay();
}

void DiffDocument::updateDisplay()
{
    m_display.clear();
    m_displayOfRow.assign(m_rows.size(), -1);
    size_t nextFold = 0;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const int line = int(m_display.size());
        if (nextFold < m_folds.size() && m_folds[nextFold].firstRow == row) {
            const Fold &fold = m_folds[nextFold];
            if (!fold.expanded) {
                m_display.push_back(DisplayLine{row, int32_t(nextFold)});
                std::fill_n(m_displayOfRow.begin() + row, fold.rowCount, line);
                row += fold.rowCount - 1;
                ++nextFold;
                continue;
            }
            ++nextFold;
        }
        m_display.push_back(DisplayLine{row, -1});
        m_displayOfRow[size_t(row)] = line;
    }
}

int DiffDocument::displayLineOfRow(int row) const
{
    if (row < 0 || row >= int(m_displayOfRow.size())) {
        return -1;
    }
    return m_displayOfRow[size_t(row)];
}

int DiffDocument::foldAtDisplayLine(int line) const
{
    if (line < 0 || line >= int(m_display.size())) {
        return -1;
    }
    return m_display[size_t(line)].fold;
}

std::string DiffDocument::displayText(Side side) const
{
    const PrintedJson &printed = this->printed(side);
    std::string text;
    text.reserve(printed.text().size() + m_display.size());
    for (size_t i = 0; i < m_display.size(); ++i) {
        if (i > 0) {
            text += '\n';
        }
        const DisplayLine &shown = m_display[i];
        if (shown.fold >= 0) {
            text += core::toStdString(foldLabel(m_folds[size_t(shown.fold)].rowCount));
            continue;
        }
        const int32_t line = m_rows[size_t(shown.row)].line(side);
        if (line >= 0) {
            text += printed.line(line);
        }
    }
    return text;
}

QString DiffDocument::foldLabel(int rowCount)
{
    return QCoreApplication::translate("ui::diff::DiffDocument", "\u2026 %n unchanged lines",
                                       nullptr, rowCount);
}

} // namespace ui::diff
