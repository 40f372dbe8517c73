// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "PreviewController.h"

#include "core/Logging.h"
#include "core/json/JsonDocument.h"
#include "core/mapping/MappingSet.h"
#include "core/workspace/Workspace.h"
#include "core/xdm/Schema.h"
#include "ui/Settings.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ui {

namespace {

const core::FlowConfig *flowFor(const core::Workspace &workspace, const std::string &payload)
{
    const core::Result<core::Json> parsed = core::parseJson(payload);
    if (parsed) {
        if (const core::FlowConfig *flow = workspace.flowForPayload(*parsed)) {
            return flow;
        }
    }
    return workspace.flows().empty() ? nullptr : &workspace.flows().front();
}

void collectPaths(const core::Json &value, const QString &prefix, QStringList &out, int depth)
{
    if (!value.is_object() || depth > 32) {
        return;
    }
    for (auto member = value.begin(); member != value.end(); ++member) {
        const QString path = prefix.isEmpty()
                                 ? core::toQString(member.key())
                                 : prefix + QLatin1Char('.') + core::toQString(member.key());
        out.append(path);
        collectPaths(member.value(), path, out, depth + 1);
    }
}

QStringList sourcePathsOf(const std::string &payload, const std::string &root)
{
    QStringList out;
    const core::Result<core::Json> parsed = core::parseJson(payload);
    if (parsed && parsed->is_object() && parsed->contains(root)) {
        collectPaths(parsed->at(root), QString(), out, 0);
    }
    return out;
}

// The mapping set's own problems, unless the run already reported them.
void addMissing(core::Problems &problems, const core::Problems &more)
{
    for (const core::Problem &problem : more) {
        const bool known = std::any_of(problems.begin(), problems.end(), [&](const auto &p) {
            return p.rule == problem.rule && p.mappingIndex == problem.mappingIndex &&
                   p.message == problem.message;
        });
        if (!known) {
            problems.push_back(problem);
        }
    }
}

// A dry run of the result on the store. Each run opens its own connection: SQLite connections
// belong to the thread that opened them, and runs go to whichever worker thread is free.
void tryOnStore(const QString &folder, PreviewOutcome &outcome)
{
    auto store = core::emulation::ProfileStore::open(folder);
    if (!store) {
        outcome.emulationError = store.error().message();
        return;
    }
    core::Result<core::emulation::Outcome> tried = (*store)->apply(outcome.result, true);
    if (!tried) {
        outcome.emulationError = tried.error().message();
        return;
    }
    outcome.emulation = std::move(tried).value();
}

} // namespace

PreviewController::PreviewController(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(Settings::previewDelayMs());
    connect(&m_timer, &QTimer::timeout, this, &PreviewController::runNow);
}

void PreviewController::setWorkspace(std::shared_ptr<const core::Workspace> workspace)
{
    m_inputs.workspace = std::move(workspace);
    schedule();
}

void PreviewController::setMappingSet(std::shared_ptr<const core::MappingSet> mappingSet)
{
    m_inputs.mappingSet = std::move(mappingSet);
    schedule();
}

void PreviewController::setSchema(std::shared_ptr<const core::xdm::Schema> schema)
{
    m_inputs.schema = std::move(schema);
    schedule();
}

void PreviewController::setPayloadText(const QString &text)
{
    m_inputs.payload = core::toStdString(text);
    schedule();
}

void PreviewController::setStoreFolder(const QString &folder)
{
    m_inputs.storeFolder = folder;
    schedule();
}

void PreviewController::setDelay(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void PreviewController::schedule()
{
    ++m_generation;
    m_timer.start();
}

void PreviewController::runNow()
{
    m_timer.stop();
    if (m_running) {
        m_pending = true;
        return;
    }
    start();
}

void PreviewController::start()
{
    m_running = true;
    m_pending = false;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<PreviewOutcome>(this);
    connect(watcher, &QFutureWatcher<PreviewOutcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        finish(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&PreviewController::compute, m_inputs, generation));
}

void PreviewController::finish(const PreviewOutcome &outcome)
{
    m_running = false;
    if (outcome.generation != m_generation) {
        ++m_dropped;
        qCDebug(lcUi) << "dropped a preview of generation" << outcome.generation;
    } else {
        emit resultReady(std::make_shared<const PreviewOutcome>(outcome));
    }
    // Inputs changed while the run was going: run again on the newest ones.
    if (m_pending || outcome.generation != m_generation) {
        if (!m_timer.isActive()) {
            start();
        }
    }
}

PreviewOutcome PreviewController::compute(const PreviewInputs &inputs, quint64 generation)
{
    PreviewOutcome outcome;
    outcome.generation = generation;
    if (!inputs.workspace) {
        outcome.error = tr("No workspace is open.");
        return outcome;
    }
    const core::FlowConfig *flow = flowFor(*inputs.workspace, inputs.payload);
    if (!flow) {
        outcome.error = tr("The workspace defines no flow in patchbay.json.");
        return outcome;
    }
    outcome.flowId = core::toQString(flow->id);
    outcome.sourcePaths = sourcePathsOf(inputs.payload, flow->mappingRoot);

    // TODO: the mapping set is compiled again on every run; keeping the compiled Pipeline while
    // the mapping set and schema snapshots are unchanged would save that for large sets.
    core::Result<core::Pipeline> pipeline =
        inputs.mappingSet && inputs.schema
            ? core::Pipeline::create(inputs.mappingSet, inputs.schema, *flow, inputs.workspace,
                                     inputs.options)
            : core::Pipeline::forFlow(inputs.workspace, *flow, inputs.options);
    if (!pipeline) {
        outcome.error = pipeline.error().message();
        return outcome;
    }
    outcome.result = pipeline->run(std::string_view(inputs.payload));
    addMissing(outcome.result.problems, pipeline->mappingProblems());
    if (!inputs.storeFolder.isEmpty()) {
        tryOnStore(inputs.storeFolder, outcome);
    }
    return outcome;
}

} // namespace ui
