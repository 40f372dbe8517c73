// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <QList>
#include <QString>

namespace core {
class Workspace;
}

namespace ui {

/// Starting points for a payload: a header for each operation, with or without identity
/// creation, filled with the ids of the workspace's first flow.
class PayloadTemplates
{
public:
    enum class Kind
    {
        Create,
        CreateWithIdentity,
        Merge,
        MergeWithIdentity,
        Delete,
        DeleteWithIdentity
    };

    static QList<Kind> kinds();
    static QString title(Kind kind);

    /// The payload text; the body of currentText is kept when it has one.
    static QString text(Kind kind, const core::Workspace *workspace, const QString &currentText);
};

} // namespace ui
