// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/workspace/Workspace.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the patchbay executable the way documentation and CI do.
class TestScreenshotMode : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    static QString executable()
    {
        return QFileInfo(QStringLiteral(PATCHBAY_CLI)).absolutePath() + QStringLiteral("/patchbay");
    }

    QProcessEnvironment environment(bool offscreen) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        if (offscreen) {
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        }
        return env;
    }

    int screenshot(const QString &file, QByteArray *errors)
    {
        QProcess process;
        process.setProcessEnvironment(environment(true));
        process.start(executable(),
                      {QStringLiteral("--workspace"), core::Workspace::sampleDirectory(),
                       QStringLiteral("--screenshot"), file});
        if (!process.waitForFinished(60000)) {
            return -1;
        }
        *errors = process.readAllStandardError();
        return process.exitCode();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(executable()), "build the patchbay target first");
    }

    void savesTheWindowOnceThePreviewIsReady()
    {
        const QString file = m_home.filePath(QStringLiteral("shot.png"));
        QByteArray errors;
        QCOMPARE(screenshot(file, &errors), 0);

        const QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1400, 900));
    }

    void failsClearlyOnAnUnwritableFile()
    {
        QByteArray errors;
        QCOMPARE(screenshot(m_home.filePath(QStringLiteral("missing/dir/shot.png")), &errors), 2);
        QVERIFY(errors.contains("cannot write"));
    }

    void explainsHowToRunWithoutADisplay()
    {
        QProcess process;
        QProcessEnvironment env = environment(false);
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(executable(), {});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        const QByteArray message = process.readAllStandardError();
        QVERIFY(message.contains("QT_QPA_PLATFORM=offscreen"));
        QVERIFY(message.contains("xvfb-run"));
    }
};

QTEST_MAIN(TestScreenshotMode)
#include "tst_screenshotmode.moc"
