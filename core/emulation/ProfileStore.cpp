// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "ProfileStore.h"

#include "core/Logging.h"
#include "core/emulation/ProfileMerge.h"
#include "core/json/JsonDocument.h"
#include "core/json/JsonWriter.h"

#include <QDateTime>
#include <QDir>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <map>
#include <memory>

namespace core::emulation {

namespace {

// Both tables are their own primary-key index (WITHOUT ROWID): each write touches as few pages
// as possible, which is what a transaction costs. Profiles are read by identity across
// datasets, so a fragment's key starts with the identity.
const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS identities (namespace TEXT NOT NULL, id TEXT NOT NULL, "
    "graph INTEGER NOT NULL, PRIMARY KEY (namespace, id)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS identities_by_graph ON identities (graph)",
    "CREATE TABLE IF NOT EXISTS fragments (namespace TEXT NOT NULL, id TEXT NOT NULL, "
    "dataset TEXT NOT NULL, entity BLOB NOT NULL, seq INTEGER NOT NULL, "
    "PRIMARY KEY (namespace, id, dataset)) WITHOUT ROWID",
};

QString connectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("patchbay-store-%1").arg(counter.fetch_add(1));
}

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error(ErrorCode::Io,
                 QStringLiteral("The profile store could not %1: %2").arg(what, error.text()));
}

QVariant text(const std::string &value)
{
    return QVariant(toQString(value));
}

Json keyList(const std::vector<IdentityKey> &keys)
{
    Json list = Json::array();
    for (const IdentityKey &key : keys) {
        list.push_back(key.toJson());
    }
    return list;
}

Problem headerInfo(const char *rule, const QString &message, const char *pointer)
{
    Problem problem;
    problem.rule = QLatin1String(rule);
    problem.severity = Severity::Info;
    problem.message = message;
    problem.pointer = pointer;
    return problem;
}

const GeneratedMessage *messageOf(const PipelineResult &result, bool identity)
{
    for (const GeneratedMessage &message : result.messages) {
        if ((message.kind == MessageKind::IdentityCreate) == identity) {
            return &message;
        }
    }
    return nullptr;
}

} // namespace

Result<IdentityKey> IdentityKey::parse(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1) {
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("An identity is NAMESPACE:ID, such as Email:user@example.com, "
                                    "not \"%1\".")
                         .arg(text));
    }
    return IdentityKey{toStdString(text.left(colon)), toStdString(text.mid(colon + 1))};
}

Json Outcome::toJson() const
{
    Json out = Json::object();
    out["emulated"] = true;
    out["applied"] = applied;
    out["profile"] = profileKey.toJson();
    out["before"] = before;
    out["after"] = after;
    out["identities"] = {{"new", keyList(newIdentities)}, {"known", keyList(knownIdentities)}};
    out["problems"] = problemsToJson(problems);
    return out;
}

/// One dataset's fragment of a profile, as stored.
struct StoredFragment
{
    std::string dataset;
    IdentityKey key;
    qint64 seq = 0; ///< the order of writes
    Json entity;
};

Problems Outcome::withPipelineProblems(const Problems &pipeline) const
{
    const bool specific = std::any_of(problems.begin(), problems.end(), [](const Problem &p) {
        return p.rule == QLatin1String("U24");
    });
    Problems all;
    for (const Problem &problem : pipeline) {
        if (!(specific && problem.rule == QLatin1String("U24"))) {
            all.push_back(problem);
        }
    }
    all.insert(all.end(), problems.begin(), problems.end());
    return all;
}

struct ProfileStore::Private
{
    QString connection;
    QString file;
    mutable std::map<std::string, std::unique_ptr<QSqlQuery>> statements;
    /// Graph ids looked up during one apply(), inside its transaction; emptied when links
    /// change them and when it ends, since other processes may write in between.
    mutable std::map<std::string, qint64> graphIds;
    bool applying = false;
    mutable qint64 lastSeq = 0; ///< the order of the last write made through this store

    // Writes are ordered by the time they were made, in microseconds, and strictly increasing
    // within a process even when the clock steps back.
    qint64 nextSeq() const
    {
        lastSeq = std::max(lastSeq + 1, QDateTime::currentMSecsSinceEpoch() * 1000);
        return lastSeq;
    }

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    // Statements are compiled once per store and kept: compiling is most of a small query.
    QSqlQuery &prepared(const char *sql) const
    {
        auto found = statements.find(sql);
        if (found == statements.end()) {
            auto query = std::make_unique<QSqlQuery>(db());
            query->setForwardOnly(true);
            query->prepare(QLatin1String(sql));
            found = statements.emplace(sql, std::move(query)).first;
        }
        return *found->second;
    }

    Result<void> run(QSqlQuery &query, const QString &what) const
    {
        if (!query.exec()) {
            return sqlError(what, query.lastError());
        }
        return {};
    }

    Result<qint64> graphIdOf(const IdentityKey &key) const
    {
        const auto known = graphIds.find(key.text());
        if (applying && known != graphIds.end()) {
            return known->second;
        }
        QSqlQuery &query = prepared("SELECT graph FROM identities WHERE namespace = ? AND id = ?");
        query.addBindValue(text(key.namespaceCode));
        query.addBindValue(text(key.id));
        if (Result<void> ran = run(query, QStringLiteral("look up an identity")); !ran) {
            return ran.error();
        }
        const qint64 graph = query.next() ? query.value(0).toLongLong() : qint64(-1);
        query.finish();
        if (applying) {
            graphIds.emplace(key.text(), graph);
        }
        return graph;
    }

    Result<std::vector<IdentityKey>> members(const IdentityKey &key) const
    {
        Result<qint64> graph = graphIdOf(key);
        if (!graph) {
            return graph.error();
        }
        if (*graph < 0) {
            return std::vector<IdentityKey>{key};
        }
        QSqlQuery &query =
            prepared("SELECT namespace, id FROM identities WHERE graph = ? ORDER BY namespace, id");
        query.addBindValue(*graph);
        if (Result<void> ran = run(query, QStringLiteral("read the identity graph")); !ran) {
            return ran.error();
        }
        std::vector<IdentityKey> out;
        while (query.next()) {
            out.push_back(
                {toStdString(query.value(0).toString()), toStdString(query.value(1).toString())});
        }
        return out;
    }

    // The fragments stored under one identity, appended to out.
    Result<void> fragmentsOf(const IdentityKey &member, std::vector<StoredFragment> &out) const
    {
        QSqlQuery &query =
            prepared("SELECT dataset, entity, seq FROM fragments WHERE namespace = ? AND id = ?");
        query.addBindValue(text(member.namespaceCode));
        query.addBindValue(text(member.id));
        if (Result<void> ran = run(query, QStringLiteral("read a profile")); !ran) {
            return ran;
        }
        while (query.next()) {
            const QByteArray bytes = query.value(1).toByteArray();
            Result<Json> entity =
                parseJson(std::string_view(bytes.constData(), size_t(bytes.size())));
            if (!entity) {
                return Error(ErrorCode::Parse,
                             QStringLiteral("A stored profile fragment is not JSON: %1")
                                 .arg(entity.error().message()));
            }
            out.push_back({toStdString(query.value(0).toString()), member,
                           query.value(2).toLongLong(), std::move(entity).value()});
        }
        return {};
    }

    // Every fragment of the graph key belongs to, as stored.
    Result<std::vector<StoredFragment>> load(const IdentityKey &key) const
    {
        Result<std::vector<IdentityKey>> graph = members(key);
        if (!graph) {
            return graph.error();
        }
        std::vector<StoredFragment> fragments;
        for (const IdentityKey &member : *graph) {
            if (Result<void> read = fragmentsOf(member, fragments); !read) {
                return read.error();
            }
        }
        return fragments;
    }

    // The merged view: every fragment, oldest write first; null when there is none.
    static Json fold(std::vector<StoredFragment> fragments)
    {
        if (fragments.empty()) {
            return Json();
        }
        std::sort(fragments.begin(), fragments.end(),
                  [](const auto &a, const auto &b) { return a.seq < b.seq; });
        Json profile = Json::object();
        for (const StoredFragment &fragment : fragments) {
            mergeFragment(profile, fragment.entity);
        }
        return profile;
    }

    Result<Json> merged(const IdentityKey &key) const
    {
        Result<std::vector<StoredFragment>> fragments = load(key);
        if (!fragments) {
            return fragments.error();
        }
        return fold(std::move(fragments).value());
    }

    Result<bool> link(const std::vector<Identity> &identities, Outcome &outcome) const;
    Result<void> takeIn(bool joinedGraphs, const Outcome &outcome,
                        std::vector<StoredFragment> &fragments) const;
    Result<void> write(const GeneratedMessage &message, const PipelineResult &result,
                       Outcome &outcome, std::vector<StoredFragment> &fragments) const;
};

Result<std::unique_ptr<ProfileStore>> ProfileStore::open(const QString &directory)
{
    if (!QDir().mkpath(directory)) {
        return Error(ErrorCode::Io,
                     QStringLiteral("Cannot create the profile store folder %1.").arg(directory));
    }
    std::unique_ptr<ProfileStore> store(new ProfileStore);
    store->d = std::make_unique<Private>();
    store->d->connection = connectionName();
    store->d->file = QDir(directory).absoluteFilePath(QStringLiteral("profiles.sqlite"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->d->connection);
    if (!db.isValid()) {
        return Error(ErrorCode::Unsupported,
                     QStringLiteral("Qt's SQLite driver is missing (Debian: libqt6sql6-sqlite)."));
    }
    db.setDatabaseName(store->d->file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return sqlError(QStringLiteral("open %1").arg(store->d->file), db.lastError());
    }
    QSqlQuery pragma(db);
    // Write-ahead log: a commit survives the process being killed; a reader never waits. The
    // log is folded back into the file every 8,000 pages rather than 1,000: the same few pages
    // are written by every request, and each fold copies a page once however often it changed.
    for (const char *statement : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                                  "PRAGMA wal_autocheckpoint=8000"}) {
        if (!pragma.exec(QLatin1String(statement))) {
            return sqlError(QStringLiteral("set itself up"), pragma.lastError());
        }
    }
    for (const char *statement : kSchema) {
        if (!pragma.exec(QLatin1String(statement))) {
            return sqlError(QStringLiteral("create its tables"), pragma.lastError());
        }
    }
    qCDebug(lcEmulation) << "opened profile store" << store->d->file;
    return store;
}

ProfileStore::~ProfileStore()
{
    if (!d) {
        return;
    }
    const QString connection = d->connection;
    d->statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QString ProfileStore::fileName() const
{
    return d->file;
}

Result<Json> ProfileStore::profile(const IdentityKey &key) const
{
    return d->merged(key);
}

Result<std::vector<IdentityKey>> ProfileStore::graphOf(const IdentityKey &key) const
{
    Result<qint64> graph = d->graphIdOf(key);
    if (!graph) {
        return graph.error();
    }
    if (*graph < 0) {
        return std::vector<IdentityKey>();
    }
    return d->members(key);
}

Result<Outcome> ProfileStore::apply(const PipelineResult &result, bool dryRun)
{
    Outcome outcome;
    const auto primary = std::find_if(result.identities.begin(), result.identities.end(),
                                      [](const Identity &identity) { return identity.primary; });
    if (primary != result.identities.end()) {
        outcome.profileKey = {primary->namespaceCode, primary->id};
    }
    const bool rejected =
        std::any_of(result.messages.begin(), result.messages.end(),
                    [](const GeneratedMessage &message) { return message.rejected; });
    if (rejected || result.messages.empty() || primary == result.identities.end()) {
        return outcome; // nothing AEP would apply
    }

    d->graphIds.clear();
    d->applying = true;
    const auto forgetGraphs = qScopeGuard([this] {
        d->graphIds.clear();
        d->applying = false;
    });
    // IMMEDIATE takes the write lock at once: two processes that both read and then write
    // would otherwise find out only at the write that one of them has to start again.
    if (Result<void> begun =
            d->run(d->prepared("BEGIN IMMEDIATE"), QStringLiteral("start a transaction"));
        !begun) {
        return begun.error();
    }
    const auto fail = [this](const Error &error) -> Result<Outcome> {
        (void)d->run(d->prepared("ROLLBACK"), QStringLiteral("roll back"));
        return error;
    };
    Result<std::vector<StoredFragment>> fragments = d->load(outcome.profileKey);
    if (!fragments) {
        return fail(fragments.error());
    }
    outcome.before = Private::fold(*fragments);
    if (messageOf(result, true)) {
        Result<bool> joined = d->link(result.identities, outcome);
        if (!joined) {
            return fail(joined.error());
        }
        if (Result<void> grown = d->takeIn(*joined, outcome, fragments.value()); !grown) {
            return fail(grown.error());
        }
    }
    if (const GeneratedMessage *profile = messageOf(result, false)) {
        Result<void> written = d->write(*profile, result, outcome, fragments.value());
        if (!written) {
            return fail(written.error());
        }
    }
    outcome.after = Private::fold(std::move(fragments).value());
    outcome.applied = !dryRun;
    if (Result<void> finished = d->run(d->prepared(dryRun ? "ROLLBACK" : "COMMIT"),
                                       QStringLiteral("finish the transaction"));
        !finished) {
        return fail(finished.error());
    }
    return outcome;
}

// Identity create: identities already in a graph are a no-op (U24), new ones join, and every
// graph the record touches becomes one.
// After a link, the fragments of what the graph took in belong to the profile too: all of the
// graphs that joined, or those a new identity was stored under before it was in any graph.
Result<void> ProfileStore::Private::takeIn(bool joinedGraphs, const Outcome &outcome,
                                           std::vector<StoredFragment> &fragments) const
{
    if (joinedGraphs) {
        Result<std::vector<StoredFragment>> all = load(outcome.profileKey);
        if (!all) {
            return all.error();
        }
        fragments = std::move(all).value();
        return {};
    }
    for (const IdentityKey &added : outcome.newIdentities) {
        if (added == outcome.profileKey) {
            continue; // its fragments are in hand already
        }
        if (Result<void> read = fragmentsOf(added, fragments); !read) {
            return read;
        }
    }
    return {};
}

Result<bool> ProfileStore::Private::link(const std::vector<Identity> &identities,
                                         Outcome &outcome) const
{
    std::vector<qint64> graphs;
    for (const Identity &identity : identities) {
        const IdentityKey key{identity.namespaceCode, identity.id};
        Result<qint64> graph = graphIdOf(key);
        if (!graph) {
            return graph.error();
        }
        if (*graph >= 0) {
            graphs.push_back(*graph);
            outcome.knownIdentities.push_back(key);
        } else if (std::find(outcome.newIdentities.begin(), outcome.newIdentities.end(), key) ==
                   outcome.newIdentities.end()) {
            outcome.newIdentities.push_back(key);
        }
    }
    qint64 target = graphs.empty() ? -1 : *std::min_element(graphs.begin(), graphs.end());
    if (target < 0) {
        QSqlQuery &query = prepared("SELECT coalesce(max(graph), 0) + 1 FROM identities");
        if (Result<void> ran = run(query, QStringLiteral("number a new graph")); !ran) {
            return ran.error();
        }
        target = query.next() ? query.value(0).toLongLong() : 1;
        query.finish();
    }
    QSqlQuery &relink = prepared("UPDATE identities SET graph = ? WHERE graph = ?");
    for (const qint64 graph : graphs) {
        if (graph != target) {
            relink.addBindValue(target);
            relink.addBindValue(graph);
            if (Result<void> ran = run(relink, QStringLiteral("link two graphs")); !ran) {
                return ran.error();
            }
        }
    }
    QSqlQuery &insert = prepared("INSERT INTO identities (namespace, id, graph) VALUES (?, ?, ?)");
    for (const IdentityKey &key : outcome.newIdentities) {
        insert.addBindValue(text(key.namespaceCode));
        insert.addBindValue(text(key.id));
        insert.addBindValue(target);
        if (Result<void> ran = run(insert, QStringLiteral("add an identity")); !ran) {
            return ran.error();
        }
    }
    if (!outcome.knownIdentities.empty()) {
        QStringList known;
        for (const IdentityKey &key : outcome.knownIdentities) {
            known << toQString(key.text());
        }
        outcome.problems.push_back(headerInfo(
            "U24",
            QStringLiteral("Already in the identity graph, so the Identity create leaves them as "
                           "they are: %1.")
                .arg(known.join(QStringLiteral(", "))),
            "/header/operations/identity"));
    }
    graphIds.clear();
    // Whether other graphs joined this one: their fragments now belong to the profile too.
    return std::any_of(graphs.begin(), graphs.end(),
                       [target](qint64 graph) { return graph != target; });
}

// The Profile message: a create replaces the dataset's fragment, an update merges into it, a
// delete removes it (U31 when there is none).
Result<void> ProfileStore::Private::write(const GeneratedMessage &message,
                                          const PipelineResult &result, Outcome &outcome,
                                          std::vector<StoredFragment> &fragments) const
{
    const IdentityKey &key = outcome.profileKey;
    const auto stored =
        std::find_if(fragments.begin(), fragments.end(), [&](const StoredFragment &fragment) {
            return fragment.dataset == message.datasetId && fragment.key == key;
        });
    if (message.kind == MessageKind::ProfileDelete) {
        if (stored == fragments.end()) {
            outcome.problems.push_back(headerInfo(
                "U31",
                QStringLiteral("Dataset %1 holds no profile for %2: the delete has nothing to "
                               "remove.")
                    .arg(toQString(message.datasetId), toQString(key.text())),
                "/header/operations/data"));
            return {};
        }
        fragments.erase(stored);
        QSqlQuery &query =
            prepared("DELETE FROM fragments WHERE dataset = ? AND namespace = ? AND id = ?");
        query.addBindValue(text(message.datasetId));
        query.addBindValue(text(key.namespaceCode));
        query.addBindValue(text(key.id));
        return run(query, QStringLiteral("delete a profile fragment"));
    }
    const Json *body = message.message.is_object() && message.message.contains("body")
                           ? &message.message["body"]
                           : nullptr;
    if (!body || !body->is_object() || !body->contains("xdmEntity")) {
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("The profile store needs the message itself, not its text."));
    }
    const Json &entity = (*body)["xdmEntity"];
    Json fragment = entity;
    if (message.kind == MessageKind::ProfileUpdate) {
        fragment = stored == fragments.end() ? Json::object() : stored->entity;
        mergeUpdate(fragment, entity, result.arrays);
    }
    QSqlQuery &query =
        prepared("INSERT OR REPLACE INTO fragments (dataset, namespace, id, entity, seq) VALUES "
                 "(?, ?, ?, ?, ?)");
    query.addBindValue(text(message.datasetId));
    query.addBindValue(text(key.namespaceCode));
    query.addBindValue(text(key.id));
    std::string serialised;
    writeCompactJson(fragment, serialised);
    query.addBindValue(QByteArray(serialised.data(), qsizetype(serialised.size())));
    const qint64 seq = nextSeq();
    query.addBindValue(seq);

    // The written fragment is now the latest of the graph.
    if (stored != fragments.end()) {
        stored->entity = std::move(fragment);
        stored->seq = seq;
    } else {
        fragments.push_back({message.datasetId, key, seq, std::move(fragment)});
    }
    return run(query, QStringLiteral("write a profile fragment"));
}

} // namespace core::emulation
