// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/upsert/Pipeline.h"

#include <QWidget>

class QTabWidget;

namespace ui {

class JsonEditor;

/// The results of the last run, one read-only JSON view each: the Profile message, the
/// Identity message, the update as JSON Patch, and the mapped entity.
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        ProfileTab,
        IdentityTab,
        PatchTab,
        EntityTab
    };

    explicit PreviewPane(QWidget *parent = nullptr);

    void showResult(const core::PipelineResult &result);
    /// Shows why no result could be made, in every view.
    void showFailure(const QString &message);

    JsonEditor *view(Tab tab) const;
    QTabWidget *tabs() const { return m_tabs; }

private:
    JsonEditor *addView(const QString &title, const QString &objectName);
    static QString messagesText(const core::PipelineResult &result, bool identity,
                                const QString &absent);

    QTabWidget *m_tabs;
    QList<JsonEditor *> m_views;
};

} // namespace ui
