// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/diff/DiffResult.h"

#include <QAbstractListModel>

#include <memory>
#include <vector>

namespace ui::diff {

/// The listed changes of a diff (see listedChanges()), one row each: its kind, its pointer and
/// what it changed, "changed  /0/homeAddress/city  "Oslo" → "Bergen"".
///
/// The model shares the result it shows, so the change tree stays alive as long as the model
/// needs it. Custom roles give the parts of a change to views and tests.
class ChangeListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, ///< the Change::Kind as an int
        KindNameRole,                ///< "added", "removed", "changed", "moved", "typeChanged"
        LeftPointerRole,
        RightPointerRole,
        OldValueRole, ///< compact JSON text, empty when the kind has no old value
        NewValueRole,
    };

    explicit ChangeListModel(QObject *parent = nullptr);

    void setResult(std::shared_ptr<const core::diff::DiffResult> result);
    void clear();

    const core::diff::Change *change(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The kind as people read it in the list ("added", "type changed", ...).
    static QString kindText(core::diff::Change::Kind kind);

private:
    QString displayText(const core::diff::Change &change) const;
    QString toolTip(const core::diff::Change &change) const;

    std::shared_ptr<const core::diff::DiffResult> m_result;
    std::vector<const core::diff::Change *> m_changes;
};

} // namespace ui::diff
