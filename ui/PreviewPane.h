// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/emulation/ProfileStore.h"
#include "core/upsert/Pipeline.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTabWidget;

namespace ui {

class JsonEditor;
namespace diff {
class DiffView;
}

/// The results of the last run, one read-only JSON view each: the Profile message, the
/// Identity message, the update as JSON Patch, and the mapped entity; and, against the emulated
/// profile store, the stored profile before and after.
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        ProfileTab,
        IdentityTab,
        PatchTab,
        EntityTab,
        StoredProfileTab
    };

    explicit PreviewPane(QWidget *parent = nullptr);

    void showResult(const core::PipelineResult &result);
    /// Shows why no result could be made, in every view.
    void showFailure(const QString &message);

    /// The stored profile before and after the result, from a dry run on the emulated store;
    /// folder is empty when no store is in use.
    void showStoredProfile(const std::optional<core::emulation::Outcome> &outcome,
                           const QString &error, const QString &folder);

    JsonEditor *view(Tab tab) const;
    diff::DiffView *storedProfileView() const { return m_storedDiff; }
    QLabel *storedProfileSummary() const { return m_storedSummary; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    JsonEditor *addView(const QString &title, const QString &objectName);
    void addStoredProfilePage();
    static QString messagesText(const core::PipelineResult &result, bool identity,
                                const QString &absent);

    QTabWidget *m_tabs;
    QList<JsonEditor *> m_views;
    QLabel *m_storedSummary = nullptr;
    diff::DiffView *m_storedDiff = nullptr;
};

} // namespace ui
