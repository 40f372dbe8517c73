// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "MappingPane.h"

#include "core/mapping/MappingSet.h"
#include "ui/ExpressionEditor.h"
#include "ui/MappingDelegate.h"
#include "ui/MappingTableModel.h"
#include "ui/TextFile.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ui {

namespace {

QString shortJson(const core::Json &value)
{
    QString text = core::toQString(core::dumpJson(value));
    if (text.size() > 80) {
        text = text.left(77) + QStringLiteral("...");
    }
    return text.toHtmlEscaped();
}

} // namespace

MappingPane::MappingPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new MappingTableModel(this))
    , m_delegate(new MappingDelegate(this))
    , m_table(new QTableView(this))
    , m_expression(new ExpressionEditor(this))
    , m_titleLabel(new QLabel(this))
    , m_sourceLabel(new QLabel(this))
    , m_trace(new QLabel(this))
{
    setObjectName(QStringLiteral("mappingPane"));
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setAccessibleName(tr("Mapping set"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(24);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(MappingTableModel::SourceTypeColumn, QHeaderView::Fixed);
    m_table->setColumnWidth(MappingTableModel::SourceTypeColumn, 120);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(createToolBar());
    layout->addWidget(m_table, 1);
    layout->addWidget(createSourceArea());
    connectModel();
    updateTitle();
}

MappingPane::~MappingPane()
{
    // The undo stack goes with the model, after this pane has stopped being one.
    disconnect(m_model->undoStack(), nullptr, this, nullptr);
}

QWidget *MappingPane::createToolBar()
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("mappingToolBar"));
    m_titleLabel->setObjectName(QStringLiteral("mappingTitle"));
    bar->addWidget(m_titleLabel);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    bar->addAction(tr("Add"), this, &MappingPane::addRow)->setToolTip(tr("Add a mapping row"));
    bar->addAction(tr("Remove"), this, &MappingPane::removeRow)
        ->setToolTip(tr("Remove the selected row"));
    bar->addAction(tr("Up"), this, [this] { moveRow(-1); })->setToolTip(tr("Move the row up"));
    bar->addAction(tr("Down"), this, [this] { moveRow(1); })->setToolTip(tr("Move the row down"));
    bar->addSeparator();
    QAction *undo = m_model->undoStack()->createUndoAction(bar, tr("Undo"));
    QAction *redo = m_model->undoStack()->createRedoAction(bar, tr("Redo"));
    bar->addAction(undo);
    bar->addAction(redo);
    return bar;
}

QWidget *MappingPane::createSourceArea()
{
    auto *area = new QWidget(this);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_expression->setObjectName(QStringLiteral("expressionEditor"));
    m_expression->setAccessibleName(tr("Source of the selected mapping"));
    m_expression->setFixedHeight(3 * m_expression->fontMetrics().height() + 12);
    m_trace->setObjectName(QStringLiteral("traceLabel"));
    m_trace->setAccessibleName(tr("Where the value came from"));
    m_trace->setWordWrap(true);
    m_trace->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trace->setTextFormat(Qt::RichText);
    layout->addWidget(m_sourceLabel);
    layout->addWidget(m_expression);
    layout->addWidget(m_trace);
    return area;
}

void MappingPane::connectModel()
{
    connect(m_model, &MappingTableModel::mappingChanged, this, &MappingPane::mappingChanged);
    connect(m_model, &MappingTableModel::mappingChanged, this, [this] {
        if (!m_syncing) {
            showCurrentRow();
        }
    });
    connect(m_model->undoStack(), &QUndoStack::cleanChanged, this, [this] {
        updateTitle();
        emit modificationChanged(isModified());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showCurrentRow();
        showTrace();
    });
    connect(m_expression, &QsciScintilla::textChanged, this, &MappingPane::commitExpression);
}

core::Result<core::Problems> MappingPane::openFile(const QString &path)
{
    core::Problems problems;
    core::Result<core::MappingSet> loaded = core::MappingSet::fromFile(path, &problems);
    if (!loaded) {
        return loaded.error();
    }
    m_path = path;
    m_unsaved = false;
    m_model->setMappingSet(*loaded);
    m_model->undoStack()->setClean();
    selectRow(0);
    updateTitle();
    return problems;
}

void MappingPane::setUnsavedMappingSet(const core::MappingSet &mappingSet, const QString &path)
{
    m_path = path;
    m_model->setMappingSet(mappingSet);
    m_unsaved = true;
    selectRow(0);
    updateTitle();
    emit modificationChanged(true);
}

QString MappingPane::text() const
{
    return core::toQString(core::dumpJson(m_model->mappingSet().toJson(), 2)) + QLatin1Char('\n');
}

core::Result<void> MappingPane::save()
{
    if (m_path.isEmpty()) {
        return core::Error(core::ErrorCode::InvalidArgument,
                           tr("The mapping set has no file yet: use Export."));
    }
    core::Result<void> written = TextFile::write(m_path, text());
    if (written) {
        m_unsaved = false;
        m_model->undoStack()->setClean();
        updateTitle();
        emit modificationChanged(false);
    }
    return written;
}

core::Result<void> MappingPane::exportTo(const QString &path) const
{
    return TextFile::write(path, text());
}

core::Result<core::Problems> MappingPane::importFrom(const QString &path)
{
    core::Problems problems;
    core::Result<core::MappingSet> loaded = core::MappingSet::fromFile(path, &problems);
    if (!loaded) {
        return loaded.error();
    }
    m_model->setMappingSet(*loaded);
    m_unsaved = true;
    selectRow(0);
    updateTitle();
    emit modificationChanged(true);
    return problems;
}

QString MappingPane::title() const
{
    return m_path.isEmpty() ? tr("Untitled mapping set") : QFileInfo(m_path).fileName();
}

bool MappingPane::isModified() const
{
    return m_unsaved || !m_model->undoStack()->isClean();
}

std::shared_ptr<const core::MappingSet> MappingPane::snapshot() const
{
    return std::make_shared<const core::MappingSet>(m_model->mappingSet());
}

void MappingPane::updateTitle()
{
    m_titleLabel->setText(tr("Mapping set: %1%2 (%n row(s))", nullptr, m_model->rowCount())
                              .arg(title(), isModified() ? tr(" (modified)") : QString()));
}

void MappingPane::addRow()
{
    const int row = currentRow() < 0 ? m_model->rowCount() : currentRow() + 1;
    m_model->addMapping(row, core::Mapping());
    selectRow(row);
    m_table->edit(m_model->index(row, MappingTableModel::SourceColumn));
}

void MappingPane::removeRow()
{
    const int row = currentRow();
    m_model->removeMapping(row);
    selectRow(qMin(row, m_model->rowCount() - 1));
}

void MappingPane::moveRow(int delta)
{
    const int row = currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_model->rowCount()) {
        return;
    }
    m_model->moveMapping(row, target);
    selectRow(target);
}

int MappingPane::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void MappingPane::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        showCurrentRow();
        return;
    }
    m_table->setCurrentIndex(m_model->index(row, MappingTableModel::SourceColumn));
    m_table->scrollTo(m_model->index(row, 0));
}

void MappingPane::showCurrentRow()
{
    const int row = currentRow();
    m_syncing = true;
    if (row < 0) {
        m_sourceLabel->setText(tr("Select a row to edit its source."));
        m_expression->setText(QString());
        m_expression->setEnabled(false);
        m_syncing = false;
        return;
    }
    const QString type = m_model->fieldText(row, MappingTableModel::SourceTypeColumn);
    const QString source = m_model->fieldText(row, MappingTableModel::SourceColumn);
    m_sourceLabel->setText(tr("Source of row %1 (%2):").arg(row + 1).arg(type));
    m_expression->setEnabled(true);
    if (m_expression->text() != source) {
        m_expression->setText(source);
    }
    if (type == QLatin1String("EXPRESSION")) {
        m_expression->checkSyntax();
    } else {
        m_expression->setMarks({});
    }
    m_syncing = false;
    updateTitle();
}

void MappingPane::commitExpression()
{
    const int row = currentRow();
    if (m_syncing || row < 0) {
        return;
    }
    m_syncing = true;
    m_model->setData(m_model->index(row, MappingTableModel::SourceColumn), m_expression->text());
    if (m_model->fieldText(row, MappingTableModel::SourceTypeColumn) ==
        QLatin1String("EXPRESSION")) {
        m_expression->checkSyntax();
    }
    m_syncing = false;
    updateTitle();
}

void MappingPane::setProblems(const core::Problems &problems)
{
    m_model->setProblems(problems);
}

void MappingPane::setTraces(const std::vector<core::FieldTrace> &traces)
{
    m_traces = traces;
    showTrace();
}

// TODO: the trace follows the selected mapping row; selecting a field in the schema view
// does not show it yet, which needs a lookup from schema path to trace pointer.
void MappingPane::showTrace()
{
    const int row = currentRow();
    const auto trace = std::find_if(m_traces.begin(), m_traces.end(),
                                    [row](const auto &item) { return item.mappingIndex == row; });
    if (row < 0 || trace == m_traces.end()) {
        m_trace->setText(tr("<i>No value was traced for this row in the last preview.</i>"));
        return;
    }
    QString text =
        tr("<b>%1</b> came from %2 <code>%3</code>: before coercion %4, written %5")
            .arg(core::toQString(trace->destination).toHtmlEscaped(),
                 trace->sourceType.toHtmlEscaped(), core::toQString(trace->source).toHtmlEscaped(),
                 shortJson(trace->rawValue), shortJson(trace->value));
    if (!trace->error.isEmpty()) {
        text += tr("<br><span style=\"color:#cf222e\">Dropped: %1</span>")
                    .arg(trace->error.toHtmlEscaped());
    }
    m_trace->setText(text);
}

void MappingPane::setSourcePaths(const QStringList &paths)
{
    m_delegate->setSourcePaths(paths);
    m_expression->setSourcePaths(paths);
}

void MappingPane::setDestinationPaths(const QList<QPair<QString, QString>> &paths)
{
    m_delegate->setDestinationPaths(paths);
}

void MappingPane::setFunctions(const QList<FunctionHelp> &functions)
{
    m_expression->setFunctions(functions);
}

} // namespace ui
