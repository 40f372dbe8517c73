// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// patchbay-cli apply and profile on the emulated profile store, including writers killed while
// they work.

#include "CliTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace {

QStringList applyArguments(const QString &store, const QString &payload)
{
    return {QStringLiteral("apply"),
            QStringLiteral("--store"),
            store,
            QStringLiteral("--workspace"),
            sample(),
            QStringLiteral("--payload"),
            sample(QStringLiteral("payloads/") + payload)};
}

QStringList rules(const QJsonObject &report)
{
    QStringList out;
    const QJsonArray problems = report.value(QLatin1String("problems")).toArray();
    for (const QJsonValue &problem : problems) {
        out << problem.toObject().value(QLatin1String("rule")).toString();
    }
    return out;
}

} // namespace

class TestEmulationCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applyThenReadBack();
    void deleteOfNothingIsReported();
    void badArguments_data();
    void badArguments();
    void killedWritersLeaveAWholeStore();
    void corruptStoreIsReported();
};

void TestEmulationCommands::applyThenReadBack()
{
    QTemporaryDir dir;
    const CliRun created = runCli(applyArguments(dir.path(), QStringLiteral("guide-create.json")));
    QCOMPARE(created.status, 0);
    const QJsonObject first = QJsonDocument::fromJson(created.out).object();
    QCOMPARE(first.value(QLatin1String("emulated")).toBool(), true);
    QCOMPARE(first.value(QLatin1String("applied")).toBool(), true);
    QVERIFY(first.value(QLatin1String("before")).isNull());

    const CliRun merged =
        runCli(applyArguments(dir.path(), QStringLiteral("guide-merge-identity-create.json")));
    QCOMPARE(merged.status, 0);
    const QJsonObject second = QJsonDocument::fromJson(merged.out).object();
    QCOMPARE(second.value(QLatin1String("before")), first.value(QLatin1String("after")));
    const QJsonArray added =
        second.value(QLatin1String("identities")).toObject().value(QLatin1String("new")).toArray();
    QCOMPARE(added.size(), 1);

    // Now the graph holds the e-mail: the store's U24, naming it, stands in for the pipeline's
    // general one.
    const CliRun again =
        runCli(applyArguments(dir.path(), QStringLiteral("guide-merge-identity-create.json")));
    const QJsonObject third = QJsonDocument::fromJson(again.out).object();
    QCOMPARE(rules(third).count(QStringLiteral("U24")), 1);
    QVERIFY(QJsonDocument(third.value(QLatin1String("problems")).toArray())
                .toJson()
                .contains("Email:sampleEmail@gmail.com"));

    const CliRun read = runCli({QStringLiteral("profile"), QStringLiteral("--store"), dir.path(),
                                QStringLiteral("Email:sampleEmail@gmail.com")});
    QCOMPARE(read.status, 0);
    const QJsonObject profile = QJsonDocument::fromJson(read.out).object();
    QCOMPARE(profile.value(QLatin1String("profile")), second.value(QLatin1String("after")));
    QCOMPARE(profile.value(QLatin1String("graph")).toArray().size(), 1);
}

void TestEmulationCommands::deleteOfNothingIsReported()
{
    QTemporaryDir dir;
    const CliRun deleted = runCli(applyArguments(dir.path(), QStringLiteral("guide-delete.json")));
    QCOMPARE(deleted.status, 0);
    const QJsonObject report = QJsonDocument::fromJson(deleted.out).object();
    QVERIFY(rules(report).contains(QStringLiteral("U31")));

    const CliRun dry = runCli(applyArguments(dir.path(), QStringLiteral("guide-create.json")) +
                              QStringList{QStringLiteral("--dry-run")});
    QCOMPARE(QJsonDocument::fromJson(dry.out).object().value(QLatin1String("applied")).toBool(),
             false);
    const CliRun read = runCli({QStringLiteral("profile"), QStringLiteral("--store"), dir.path(),
                                QStringLiteral("Email:sampleEmail@gmail.com")});
    QCOMPARE(read.status, 0);
    QVERIFY(QJsonDocument::fromJson(read.out).object().value(QLatin1String("profile")).isNull());
    QVERIFY(read.err.contains("no profile"));
}

void TestEmulationCommands::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("apply without store")
        << QStringList{QStringLiteral("apply"), QStringLiteral("--payload"), QStringLiteral("x")}
        << QByteArray("--store is required");
    QTest::newRow("apply of a missing payload")
        << applyArguments(QStringLiteral("/tmp"), QStringLiteral("no-such-file.json"))
        << QByteArray("no-such-file.json");
    QTest::newRow("profile without identity")
        << QStringList{QStringLiteral("profile"), QStringLiteral("--store"), QStringLiteral("x")}
        << QByteArray("NAMESPACE:ID");
    QTest::newRow("profile of a malformed identity")
        << QStringList{QStringLiteral("profile"), QStringLiteral("--store"), QStringLiteral("x"),
                       QStringLiteral("Email")}
        << QByteArray("NAMESPACE:ID");
    QTest::newRow("store in an impossible place")
        << applyArguments(QStringLiteral("/proc/patchbay-store"),
                          QStringLiteral("guide-create.json"))
        << QByteArray("Cannot create the profile store folder");
}

void TestEmulationCommands::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
}

// Writers killed at random moments: every commit is whole, the file passes SQLite's integrity
// check, and the profile is one that some sequence of whole payloads gives.
void TestEmulationCommands::killedWritersLeaveAWholeStore()
{
    QTemporaryDir dir;
    const QStringList payloads{QStringLiteral("guide-create.json"),
                               QStringLiteral("guide-merge-identity-create.json")};
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int i = 0; i < 12; ++i) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(PATCHBAY_CLI), applyArguments(dir.path(), payloads[i % 2]));
        writers.push_back(std::move(process));
        QTest::qWait(int(QRandomGenerator::global()->bounded(5, 40)));
        if (i % 3 == 1) {
            writers.back()->kill();
        }
    }
    for (const auto &process : writers) {
        process->waitForFinished(60000);
    }

    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(dir.filePath(QStringLiteral("profiles.sqlite")));
        QVERIFY(db.open());
        QSqlQuery check(db);
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));

    const CliRun read = runCli({QStringLiteral("profile"), QStringLiteral("--store"), dir.path(),
                                QStringLiteral("Email:sampleEmail@gmail.com")});
    QCOMPARE(read.status, 0);
    const QJsonObject profile =
        QJsonDocument::fromJson(read.out).object().value(QLatin1String("profile")).toObject();
    QCOMPARE(profile.value(QLatin1String("personID")).toString(), QStringLiteral("346576345"));
}

void TestEmulationCommands::corruptStoreIsReported()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("profiles.sqlite")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, '\x5a'));
    file.close();
    const CliRun applied = runCli(applyArguments(dir.path(), QStringLiteral("guide-create.json")));
    QCOMPARE(applied.status, 2);
    QVERIFY2(applied.err.contains("not a database"), applied.err.constData());
    const CliRun read = runCli({QStringLiteral("profile"), QStringLiteral("--store"), dir.path(),
                                QStringLiteral("Email:a@b")});
    QCOMPARE(read.status, 2);
}

QTEST_GUILESS_MAIN(TestEmulationCommands)
#include "tst_emulationcommands.moc"
