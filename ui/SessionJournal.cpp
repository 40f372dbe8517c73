// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "SessionJournal.h"

#include "core/Logging.h"
#include "core/json/JsonDocument.h"
#include "core/mapping/MappingSet.h"
#include "ui/MappingPane.h"
#include "ui/PayloadPane.h"
#include "ui/Prompter.h"
#include "ui/Settings.h"

#include <QFileInfo>

namespace ui {

namespace {

const QString kPayload = QStringLiteral("payload");
const QString kMapping = QStringLiteral("mapping");

} // namespace

SessionJournal::SessionJournal(PayloadPane *payload, MappingPane *mapping, QObject *parent)
    : QObject(parent)
    , m_payload(payload)
    , m_mapping(mapping)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(Settings::journalIntervalMs());
    connect(&m_timer, &QTimer::timeout, this, &SessionJournal::writeNow);
    connect(payload, &PayloadPane::textEdited, this, &SessionJournal::documentChanged);
    connect(mapping, &MappingPane::mappingChanged, this, &SessionJournal::documentChanged);
    connect(payload, &PayloadPane::modificationChanged, this, &SessionJournal::forgetSaved);
    connect(mapping, &MappingPane::modificationChanged, this, &SessionJournal::forgetSaved);
}

void SessionJournal::documentChanged()
{
    // Not restarted by further typing: a steady typist is journaled every interval.
    if (!m_timer.isActive()) {
        m_timer.start();
    }
}

void SessionJournal::writeNow()
{
    forgetSaved();
    if (m_payload->isModified()) {
        m_journal.write({kPayload, m_payload->path(), m_workspace, m_payload->text(), {}});
        m_payloadPath = m_payload->path();
    }
    if (m_mapping->isModified()) {
        m_journal.write({kMapping, m_mapping->path(), m_workspace, m_mapping->text(), {}});
        m_mappingPath = m_mapping->path();
    }
    emit journalWritten();
}

void SessionJournal::forgetSaved()
{
    // An entry goes when its document is saved, or when the pane moved to another document.
    if (!m_payload->isModified() || m_payloadPath != m_payload->path()) {
        m_journal.remove(kPayload, m_payloadPath);
    }
    if (!m_mapping->isModified() || m_mappingPath != m_mapping->path()) {
        m_journal.remove(kMapping, m_mappingPath);
    }
}

int SessionJournal::offerRecovery(QWidget *parent)
{
    const QList<JournalEntry> entries = m_journal.entries();
    if (entries.isEmpty()) {
        return 0;
    }
    QStringList names;
    for (const JournalEntry &entry : entries) {
        names.append(entry.path.isEmpty() ? tr("an untitled %1").arg(entry.kind)
                                          : QFileInfo(entry.path).fileName());
    }
    const auto answer =
        Prompter::ask(parent, QStringLiteral("recover-journal"), tr("Recover unsaved edits"),
                      tr("Patchbay was closed with unsaved edits in %1. Restore them?")
                          .arg(names.join(QStringLiteral(", "))),
                      QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        m_journal.clear();
        return 0;
    }
    for (const JournalEntry &entry : entries) {
        restore(entry);
    }
    qCInfo(lcUi) << "restored" << entries.size() << "journaled documents";
    return int(entries.size());
}

void SessionJournal::restore(const JournalEntry &entry)
{
    const QString title =
        entry.path.isEmpty() ? tr("Recovered payload") : QFileInfo(entry.path).fileName();
    if (entry.kind == kPayload) {
        m_payload->setUnsavedText(entry.text, entry.path, title);
        m_payloadPath = entry.path;
        return;
    }
    const QByteArray bytes = entry.text.toUtf8();
    const core::Result<core::Json> json =
        core::parseJson(std::string_view(bytes.constData(), size_t(bytes.size())));
    if (!json) {
        qCWarning(lcUi) << "a journaled mapping set cannot be read" << entry.path;
        return;
    }
    const core::Result<core::MappingSet> set = core::MappingSet::fromJson(*json);
    if (set) {
        m_mapping->setUnsavedMappingSet(*set, entry.path);
        m_mappingPath = entry.path;
    }
}

} // namespace ui
