// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Problem.h"
#include "core/Result.h"
#include "core/json/Json.h"
#include "core/upsert/Pipeline.h"

#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace core::emulation {

/// A namespace code and an id: one node of the identity graph.
struct IdentityKey
{
    std::string namespaceCode;
    std::string id;

    /// "Email:user@example.com", the spelling the command line takes.
    std::string text() const { return namespaceCode + ":" + id; }
    /// {"namespace": ..., "id": ...}, as every report shows an identity.
    Json toJson() const { return Json{{"namespace", namespaceCode}, {"id", id}}; }
    /// Reads "NAMESPACE:ID"; the namespace is everything before the first colon.
    static Result<IdentityKey> parse(const QString &text);

    bool operator==(const IdentityKey &other) const = default;
};

/// What applying one payload's messages did to the store. The profile views merge every
/// fragment of the identity graph the payload's primary identity belongs to.
struct Outcome
{
    bool applied = false; ///< false for a payload with errors: AEP would not get this far
    IdentityKey profileKey;
    Json before; ///< the merged profile before the payload, null when there was none
    Json after;  ///< the merged profile after it, null when nothing is left
    std::vector<IdentityKey> newIdentities;   ///< identities the Identity create added
    std::vector<IdentityKey> knownIdentities; ///< identities it found in the graph already
    Problems problems;                        ///< U24 and U31, at the payload's header

    /// {"emulated": true, "applied", "profile", "before", "after", "identities": {...},
    /// "problems"}.
    Json toJson() const;

    /// The pipeline's problems with the store's added. The store knows which identities the
    /// graph holds, so its U24 replaces the pipeline's general one.
    Problems withPipelineProblems(const Problems &pipeline) const;
};

/// Patchbay's emulation of the Profile store and the identity graph, kept in one SQLite file in
/// a folder. AEP publishes neither, so both follow the reconstruction of the spec (§4.6, §5.3)
/// and every result is labelled emulated.
///
/// Each apply() is one transaction in write-ahead-log mode: a process killed half-way leaves
/// the store as it was before the payload. Several processes may share a store; a writer waits
/// up to five seconds for another one.
///
///     auto store = ProfileStore::open(folder);
///     Result<Outcome> outcome = (*store)->apply(pipeline.run(payloadText));
class ProfileStore
{
public:
    static Result<std::unique_ptr<ProfileStore>> open(const QString &directory);
    ~ProfileStore();

    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    /// Applies the messages of result (Identity create first, then the Profile message).
    /// dryRun computes the same outcome and leaves the store unchanged.
    Result<Outcome> apply(const PipelineResult &result, bool dryRun = false);

    /// The merged profile of the graph that key belongs to; null when the store has none.
    Result<Json> profile(const IdentityKey &key) const;

    /// Every identity linked with key in the graph, key included when it is known.
    Result<std::vector<IdentityKey>> graphOf(const IdentityKey &key) const;

    QString fileName() const;

private:
    ProfileStore() = default;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace core::emulation
