// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

namespace ui {

class CodeEditor;

/// Attached to a payload editor, completes the values of header fields while they are typed:
/// flowId, datasetId and identityDatasetId from the workspace, operations.data and
/// operations.identity from the values AEP accepts.
class HeaderCompleter : public QObject
{
    Q_OBJECT

public:
    explicit HeaderCompleter(CodeEditor *editor);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    /// The values offered for a field name; empty for fields it does not complete.
    void setValues(const QString &field, const QStringList &values);
    /// What completion offers on a line typed up to the cursor, with the typed prefix.
    QStringList candidates(const QString &lineBeforeCursor, QString *prefix) const;

private:
    void handleCharAdded(int character);

    CodeEditor *m_editor;
    QHash<QString, QStringList> m_values;
    bool m_enabled = true;
};

} // namespace ui
