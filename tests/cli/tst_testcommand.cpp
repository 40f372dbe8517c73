// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// Saved cases as a team uses them: the sample workspace's cases pass, an edited expectation
// fails with a readable diff, and save-case writes a case that passes.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PATCHBAY_CLI), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(file, target)) {
            return false;
        }
    }
    return true;
}

bool replaceInFile(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    QByteArray bytes = file.readAll();
    file.close();
    if (!bytes.contains(from)) {
        return false;
    }
    bytes.replace(from, to);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) > 0;
}

} // namespace

class TestTestCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sampleCasesPass();
    void editedExpectationFailsWithDiff();
    void junitReport();
    void savedCasePasses();
    void brokenCaseFileIsAFailure();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
};

void TestTestCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = m_dir->filePath(QStringLiteral("ws"));
    QVERIFY(
        copyTree(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/sample-workspace"), m_workspace));
}

void TestTestCommand::sampleCasesPass()
{
    const Run run = runCli({QStringLiteral("test"), QStringLiteral("--workspace"), m_workspace});
    QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(QLatin1String(" passed, 0 failed")));
    QVERIFY(!run.out.contains(QLatin1String("FAIL")));
}

void TestTestCommand::editedExpectationFailsWithDiff()
{
    const QString file = m_workspace + QStringLiteral("/cases/guide-merge-identity-create.json");
    QVERIFY(replaceInFile(file, "\"region\": \"va7\"", "\"region\": \"va6\""));
    const Run run = runCli({QStringLiteral("test"), QStringLiteral("--workspace"), m_workspace});
    QCOMPARE(run.status, 1);
    QVERIFY(run.out.contains(QLatin1String("FAIL  guide-merge-identity-create")));
    QVERIFY2(
        run.out.contains(QLatin1String("/messages/0/message/body/xdmEntity/homeAddress/region")),
        qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("\"va6\" -> \"va7\"")));
    QVERIFY(run.out.contains(QLatin1String("1 failed")));
}

void TestTestCommand::junitReport()
{
    const QString file = m_workspace + QStringLiteral("/cases/guide-create.json");
    QVERIFY(replaceInFile(file, "\"kind\": \"profile.create\"", "\"kind\": \"profile.update\""));
    const Run run = runCli({QStringLiteral("test"), QStringLiteral("--workspace"), m_workspace,
                            QStringLiteral("--format"), QStringLiteral("junit")});
    QCOMPARE(run.status, 1);
    QVERIFY(run.out.contains(QLatin1String("<testsuite name=\"patchbay-cases\"")));
    QVERIFY(run.out.contains(QLatin1String("failures=\"1\"")));
}

void TestTestCommand::savedCasePasses()
{
    const QString payload = m_workspace + QStringLiteral("/payloads/broken-invalid-ecid.json");
    const Run save = runCli({QStringLiteral("save-case"), QStringLiteral("--workspace"),
                             m_workspace, QStringLiteral("--payload"), payload,
                             QStringLiteral("--name"), QStringLiteral("ecid")});
    QVERIFY2(save.status == 0, qPrintable(save.err));
    QVERIFY(QFile::exists(m_workspace + QStringLiteral("/cases/ecid.json")));
    const Run run = runCli({QStringLiteral("test"), QStringLiteral("--workspace"), m_workspace});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.contains(QLatin1String("PASS  ecid")));
}

void TestTestCommand::brokenCaseFileIsAFailure()
{
    QFile file(m_workspace + QStringLiteral("/cases/zz-broken.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"payload\": ");
    file.close();
    const Run run = runCli({QStringLiteral("test"), QStringLiteral("--workspace"), m_workspace});
    QCOMPARE(run.status, 1);
    QVERIFY(run.out.contains(QLatin1String("FAIL  zz-broken")));
}

QTEST_GUILESS_MAIN(TestTestCommand)
#include "tst_testcommand.moc"
