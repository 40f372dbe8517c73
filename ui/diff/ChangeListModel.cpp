// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "ChangeListModel.h"

#include "core/diff/DiffReport.h"
#include "ui/diff/ListedChanges.h"

#include <QColor>

namespace ui::diff {

using core::diff::Change;

namespace {

constexpr int kShortValueLength = 40;
constexpr int kLongValueLength = 400;

QString shownPointer(const std::string &pointer)
{
    return pointer.empty() ? ChangeListModel::tr("(root)") : core::toQString(pointer);
}

bool hasOldValue(Change::Kind kind)
{
    return kind == Change::Kind::Removed || kind == Change::Kind::Changed ||
           kind == Change::Kind::TypeChanged;
}

bool hasNewValue(Change::Kind kind)
{
    return kind == Change::Kind::Added || kind == Change::Kind::Changed ||
           kind == Change::Kind::TypeChanged;
}

QColor kindColor(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::Added:
        return QColor(0x2e, 0x9e, 0x4a);
    case Change::Kind::Removed:
        return QColor(0xd0, 0x3b, 0x3b);
    case Change::Kind::Moved:
        return QColor(0x3b, 0x74, 0xd0);
    case Change::Kind::Changed:
    case Change::Kind::TypeChanged:
        break;
    }
    return QColor(0xd8, 0xa4, 0x00);
}

} // namespace

ChangeListModel::ChangeListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ChangeListModel::setResult(std::shared_ptr<const core::diff::DiffResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    m_changes = m_result ? listedChanges(*m_result) : std::vector<const Change *>();
    endResetModel();
}

void ChangeListModel::clear()
{
    setResult(nullptr);
}

const Change *ChangeListModel::change(int row) const
{
    return row >= 0 && row < int(m_changes.size()) ? m_changes[size_t(row)] : nullptr;
}

int ChangeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

QVariant ChangeListModel::data(const QModelIndex &index, int role) const
{
    const Change *change =
        index.isValid() && !index.parent().isValid() ? this->change(index.row()) : nullptr;
    if (!change) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*change);
    case Qt::ToolTipRole:
        return toolTip(*change);
    case Qt::DecorationRole:
        return kindColor(change->kind);
    case KindRole:
        return int(change->kind);
    case KindNameRole:
        return QString::fromLatin1(Change::kindName(change->kind));
    case LeftPointerRole:
        return core::toQString(change->leftPointer);
    case RightPointerRole:
        return core::toQString(change->rightPointer);
    case OldValueRole:
        return hasOldValue(change->kind) ? core::toQString(core::dumpJson(change->oldValue))
                                         : QString();
    case NewValueRole:
        return hasNewValue(change->kind) ? core::toQString(core::dumpJson(change->newValue))
                                         : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> ChangeListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(KindNameRole, "kindName");
    names.insert(LeftPointerRole, "leftPointer");
    names.insert(RightPointerRole, "rightPointer");
    names.insert(OldValueRole, "oldValue");
    names.insert(NewValueRole, "newValue");
    return names;
}

QString ChangeListModel::kindText(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::Added:
        return tr("added");
    case Change::Kind::Removed:
        return tr("removed");
    case Change::Kind::Changed:
        return tr("changed");
    case Change::Kind::Moved:
        return tr("moved");
    case Change::Kind::TypeChanged:
        return tr("type changed");
    }
    return QString();
}

QString ChangeListModel::displayText(const Change &change) const
{
    const QString kind = kindText(change.kind);
    const QString left = shownPointer(change.leftPointer);
    const QString right = shownPointer(change.rightPointer);
    switch (change.kind) {
    case Change::Kind::Added:
        return tr("%1  %2  %3")
            .arg(kind, right, core::diff::abbreviate(change.newValue, kShortValueLength));
    case Change::Kind::Removed:
        return tr("%1  %2  %3")
            .arg(kind, left, core::diff::abbreviate(change.oldValue, kShortValueLength));
    case Change::Kind::Moved:
        return tr("%1  %2 \u2192 %3").arg(kind, left, right);
    case Change::Kind::Changed:
    case Change::Kind::TypeChanged:
        break;
    }
    return tr("%1  %2  %3 \u2192 %4")
        .arg(kind, left, core::diff::abbreviate(change.oldValue, kShortValueLength),
             core::diff::abbreviate(change.newValue, kShortValueLength));
}

QString ChangeListModel::toolTip(const Change &change) const
{
    QString tip = tr("Left: %1\nRight: %2")
                      .arg(shownPointer(change.leftPointer), shownPointer(change.rightPointer));
    if (hasOldValue(change.kind)) {
        tip += tr("\nOld: %1").arg(core::diff::abbreviate(change.oldValue, kLongValueLength));
    }
    if (hasNewValue(change.kind)) {
        tip += tr("\nNew: %1").arg(core::diff::abbreviate(change.newValue, kLongValueLength));
    }
    return tip;
}

} // namespace ui::diff
