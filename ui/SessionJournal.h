// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "ui/Journal.h"

#include <QObject>
#include <QTimer>

namespace ui {

class MappingPane;
class PayloadPane;

/// Keeps the journal of the window's open documents: after a change it writes the unsaved
/// text of each modified document within the journal interval, removes a document's entry
/// when it is saved or reverted, and at start-up offers back what a crash or a kill left.
class SessionJournal : public QObject
{
    Q_OBJECT

public:
    SessionJournal(PayloadPane *payload, MappingPane *mapping, QObject *parent = nullptr);

    Journal &journal() { return m_journal; }
    void setWorkspace(const QString &directory) { m_workspace = directory; }

    /// Writes every modified document now.
    void writeNow();
    /// Forgets the entries of documents that are no longer modified.
    void forgetSaved();
    /// Asks (through the Prompter, id "recover-journal") whether to restore the entries left
    /// behind, and restores them into the panes; returns how many were restored.
    int offerRecovery(QWidget *parent);

signals:
    void journalWritten();

private:
    void documentChanged();
    void restore(const JournalEntry &entry);

    PayloadPane *m_payload;
    MappingPane *m_mapping;
    Journal m_journal;
    QTimer m_timer;
    QString m_workspace;
    QString m_payloadPath;
    QString m_mappingPath;
};

} // namespace ui
