// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// The work behind one request to the local inlet, without the HTTP around it: the guide's
// merge-with-identities payload through its flow's pipeline and into the emulated store.

#include "core/emulation/InletEmulator.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

QByteArray samplePayload()
{
    QFile file(
        QStringLiteral(PATCHBAY_SOURCE_DIR
                       "/resources/sample-workspace/payloads/guide-merge-identity-create.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void inletRequest(benchmark::State &state, bool withStore)
{
    auto workspace =
        core::Workspace::open(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/sample-workspace"));
    QTemporaryDir dir;
    auto store = core::emulation::ProfileStore::open(dir.path());
    if (!workspace || !store) {
        state.SkipWithError("cannot open the sample workspace or a store");
        return;
    }
    core::emulation::InletEmulator inlet(
        std::make_shared<const core::Workspace>(std::move(workspace).value()),
        core::PipelineOptions(), withStore ? store->get() : nullptr);
    core::emulation::InletRequest request;
    request.path = QStringLiteral("/collection/0123");
    request.contentType = "application/json";
    request.body = samplePayload();
    for (auto _ : state) {
        const core::emulation::InletResponse response = inlet.handle(request);
        benchmark::DoNotOptimize(response.status);
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_InletRequest(benchmark::State &state)
{
    inletRequest(state, true);
}

void BM_InletRequestNoStore(benchmark::State &state)
{
    inletRequest(state, false);
}

} // namespace

BENCHMARK(BM_InletRequest)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_InletRequestNoStore)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
