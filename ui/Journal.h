// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace ui {

/// The unsaved text of one open document, as the journal keeps it.
struct JournalEntry
{
    QString kind;      ///< "payload" or "mapping"
    QString path;      ///< the document's file; empty for one never saved
    QString workspace; ///< the workspace it was open in
    QString text;
    QDateTime written;
};

/// Unsaved edits written to disk while they are made, so that a crash or a kill loses at most
/// a moment of work: one file per open document under AppDataLocation/journal/, written
/// atomically, removed when the document is saved or its edits are discarded.
class Journal
{
public:
    /// The default folder is QStandardPaths::AppDataLocation + "/journal".
    explicit Journal(const QString &directory = QString());

    const QString &directory() const { return m_directory; }

    bool write(const JournalEntry &entry);
    void remove(const QString &kind, const QString &path);
    /// Every entry left behind, oldest first; unreadable files are skipped.
    QList<JournalEntry> entries() const;
    void clear();

private:
    QString fileFor(const QString &kind, const QString &path) const;

    QString m_directory;
};

} // namespace ui
