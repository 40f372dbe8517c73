// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/emulation/ProfileStore.h"
#include "core/upsert/Pipeline.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace core {
class MappingSet;
class Workspace;
namespace xdm {
class Schema;
}
} // namespace core

namespace ui {

/// What the preview runs on: copies and shared snapshots, so the worker never touches
/// anything the window goes on editing.
struct PreviewInputs
{
    std::shared_ptr<const core::Workspace> workspace;
    std::shared_ptr<const core::MappingSet> mappingSet;
    std::shared_ptr<const core::xdm::Schema> schema;
    std::string payload;
    core::PipelineOptions options;
    QString storeFolder; ///< an emulated profile store to dry-run the result against, or empty
};

/// One finished run: the pipeline's result, or why the pipeline could not be built.
struct PreviewOutcome
{
    quint64 generation = 0;
    core::PipelineResult result;
    QString flowId;
    QString error;
    QStringList sourcePaths; ///< dotted paths of the payload's body, for completion
    /// What the result would do to the profile store: a dry run, the store left as it was.
    std::optional<core::emulation::Outcome> emulation;
    QString emulationError; ///< why the store could not be asked

    bool ok() const { return error.isEmpty(); }
};

/// Re-runs the pipeline after edits: debounced by a restartable timer, off the GUI thread
/// (QtConcurrent on a copy of the inputs), one run at a time, and results of inputs that have
/// changed since are dropped by generation, so the editor never waits and never sees an old
/// result.
class PreviewController : public QObject
{
    Q_OBJECT

public:
    explicit PreviewController(QObject *parent = nullptr);

    void setWorkspace(std::shared_ptr<const core::Workspace> workspace);
    void setMappingSet(std::shared_ptr<const core::MappingSet> mappingSet);
    void setSchema(std::shared_ptr<const core::xdm::Schema> schema);
    void setPayloadText(const QString &text);
    /// The emulated profile store each run is tried against, without changing it; empty for none.
    void setStoreFolder(const QString &folder);
    QString storeFolder() const { return m_inputs.storeFolder; }
    void setDelay(int milliseconds);

    /// Starts the debounce timer again.
    void schedule();
    /// Starts a run now (or as soon as the running one finishes).
    void runNow();

    /// The generation of the newest inputs; results of older ones are dropped.
    quint64 generation() const { return m_generation; }
    quint64 droppedResults() const { return m_dropped; }
    bool isRunning() const { return m_running; }

    /// The work itself, on any thread.
    static PreviewOutcome compute(const PreviewInputs &inputs, quint64 generation);

signals:
    void resultReady(std::shared_ptr<const ui::PreviewOutcome> outcome);

private:
    void start();
    void finish(const PreviewOutcome &outcome);

    PreviewInputs m_inputs;
    QTimer m_timer;
    quint64 m_generation = 0;
    quint64 m_dropped = 0;
    bool m_running = false;
    bool m_pending = false;
};

} // namespace ui
