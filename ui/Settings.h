// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <QByteArray>
#include <QFont>
#include <QString>
#include <QStringList>

namespace ui {

/// Every persistent setting of the window and its default, in one place. Values live in
/// QSettings under the application's organisation and name.
class Settings
{
public:
    static constexpr int kDefaultWidth = 1400;
    static constexpr int kDefaultHeight = 900;
    static constexpr int kMaxRecentWorkspaces = 8;

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);

    /// The saved sizes of one splitter, by its object name; empty when never saved.
    static QByteArray splitterState(const QString &name);
    static void setSplitterState(const QString &name, const QByteArray &state);

    /// Most recent first, without duplicates, at most kMaxRecentWorkspaces.
    static QStringList recentWorkspaces();
    static void addRecentWorkspace(const QString &directory);
    static void removeRecentWorkspace(const QString &directory);
    /// The workspace open when the window last closed; empty on first start.
    static QString lastWorkspace();
    static void setLastWorkspace(const QString &directory);

    /// The editors' font: DejaVu Sans Mono at 10 points unless changed.
    static QFont editorFont();
    /// How long the preview waits after the last keystroke before it runs again.
    static int previewDelayMs();
    /// How often unsaved edits are written to the journal after a change.
    static int journalIntervalMs();
};

} // namespace ui
