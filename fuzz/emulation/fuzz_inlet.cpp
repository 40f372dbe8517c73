// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// The local inlet's request handling on arbitrary bodies, single and batch, with and without
// synchronous validation, on the sample workspace's flow. Every answer must be a status DCS
// documents, with a JSON object body; nothing may crash or hang.

#include "core/emulation/InletEmulator.h"

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

core::emulation::InletEmulator &inlet()
{
    static core::emulation::InletEmulator instance = [] {
        auto workspace =
            core::Workspace::open(QStringLiteral(PATCHBAY_SOURCE_RESOURCES "/sample-workspace"));
        std::shared_ptr<const core::Workspace> shared;
        if (workspace) {
            shared = std::make_shared<const core::Workspace>(std::move(workspace).value());
        }
        return core::emulation::InletEmulator(shared, core::PipelineOptions(), nullptr);
    }();
    return instance;
}

bool documented(int status)
{
    for (const int known : {200, 207, 400, 404, 405, 413, 415, 500}) {
        if (status == known) {
            return true;
        }
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const uint8_t mode = data[0];
    core::emulation::InletRequest request;
    request.path =
        (mode & 1) ? QStringLiteral("/collection/batch/fuzz") : QStringLiteral("/collection/fuzz");
    if (mode & 2) {
        request.query.addQueryItem(QStringLiteral("syncValidation"), QStringLiteral("true"));
    }
    request.contentType = "application/json";
    request.body = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const core::emulation::InletResponse response = inlet().handle(request);
    if (!documented(response.status) || !response.body.is_object()) {
        __builtin_trap();
    }
    return 0;
}
