// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/workspace/Workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Starts the real patchbay executable with its own home, types into it, kills it, and checks
// that the next start offers the journaled edit back.
class TestJournalRecovery : public QObject
{
    Q_OBJECT

private:
    static QString executable()
    {
        return QFileInfo(QStringLiteral(PATCHBAY_CLI)).absolutePath() + QStringLiteral("/patchbay");
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    QStringList journalFiles() const
    {
        QStringList out;
        QDirIterator it(m_home.filePath(QStringLiteral("data")), {QStringLiteral("*.json")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            out.append(it.next());
        }
        return out;
    }

    // Types the marker, waits until the journal has it, and kills the process.
    void typeAndKill(const QString &marker)
    {
        QProcess first;
        first.setProcessEnvironment(environment());
        // Whatever an earlier run left in the journal is discarded first.
        first.start(executable(),
                    {QStringLiteral("--workspace"), m_workspace.path(), QStringLiteral("--answer"),
                     QStringLiteral("recover-journal=discard"), QStringLiteral("--type"), marker});
        QVERIFY2(first.waitForStarted(), qPrintable(first.errorString()));
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += first.readAllStandardOutput()).contains("journaled"),
                                 30000);
        first.kill();
        QVERIFY(first.waitForFinished());
        QVERIFY(!journalFiles().isEmpty());
    }

    QJsonObject restart(const QString &answer)
    {
        QProcess second;
        second.setProcessEnvironment(environment());
        second.start(executable(),
                     {QStringLiteral("--workspace"), m_workspace.path(), QStringLiteral("--answer"),
                      answer, QStringLiteral("--print-state")});
        if (!second.waitForFinished(60000) || second.exitCode() != 0) {
            return {};
        }
        return QJsonDocument::fromJson(second.readAllStandardOutput().trimmed()).object();
    }

    QTemporaryDir m_home;
    QTemporaryDir m_workspace;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(executable()), "build the patchbay target first");
        const QString sample = core::Workspace::sampleDirectory();
        QDirIterator it(sample, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString target = m_workspace.filePath(QDir(sample).relativeFilePath(source));
            QDir().mkpath(QFileInfo(target).absolutePath());
            QVERIFY(QFile::copy(source, target));
        }
    }

    void offersTheEditBackAfterAKill()
    {
        const QString marker = QStringLiteral("journal-marker-1");
        typeAndKill(marker);

        const QJsonObject state = restart(QStringLiteral("recover-journal=yes"));
        QVERIFY(state.value(QStringLiteral("asked"))
                    .toArray()
                    .contains(QStringLiteral("recover-journal")));
        QVERIFY(state.value(QStringLiteral("payloadModified")).toBool());
        QVERIFY(state.value(QStringLiteral("payloadText")).toString().contains(marker));
    }

    void discardingForgetsTheEdit()
    {
        const QString marker = QStringLiteral("journal-marker-2");
        typeAndKill(marker);

        const QJsonObject discarded = restart(QStringLiteral("recover-journal=discard"));
        QVERIFY(discarded.value(QStringLiteral("asked"))
                    .toArray()
                    .contains(QStringLiteral("recover-journal")));
        QVERIFY(!discarded.value(QStringLiteral("payloadText")).toString().contains(marker));
        QVERIFY(journalFiles().isEmpty());

        const QJsonObject next = restart(QStringLiteral("recover-journal=yes"));
        QVERIFY(!next.value(QStringLiteral("asked"))
                     .toArray()
                     .contains(QStringLiteral("recover-journal")));
    }
};

QTEST_MAIN(TestJournalRecovery)
#include "tst_journalrecovery.moc"
