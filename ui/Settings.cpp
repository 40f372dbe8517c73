// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "Settings.h"

#include <QDir>
#include <QFontDatabase>
#include <QSettings>

namespace ui {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitters = QStringLiteral("window/splitters/");
const QString kRecent = QStringLiteral("workspace/recent");
const QString kLast = QStringLiteral("workspace/last");
const QString kFontFamily = QStringLiteral("editor/fontFamily");
const QString kFontSize = QStringLiteral("editor/fontSize");
const QString kPreviewDelay = QStringLiteral("preview/delayMs");
const QString kJournalInterval = QStringLiteral("journal/intervalMs");

} // namespace

QByteArray Settings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QByteArray Settings::windowState()
{
    return QSettings().value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    QSettings().setValue(kState, state);
}

QByteArray Settings::splitterState(const QString &name)
{
    return QSettings().value(kSplitters + name).toByteArray();
}

void Settings::setSplitterState(const QString &name, const QByteArray &state)
{
    QSettings().setValue(kSplitters + name, state);
}

QStringList Settings::recentWorkspaces()
{
    return QSettings().value(kRecent).toStringList();
}

void Settings::addRecentWorkspace(const QString &directory)
{
    const QString clean = QDir::cleanPath(directory);
    QStringList recent = recentWorkspaces();
    recent.removeAll(clean);
    recent.prepend(clean);
    while (recent.size() > kMaxRecentWorkspaces) {
        recent.removeLast();
    }
    QSettings().setValue(kRecent, recent);
}

void Settings::removeRecentWorkspace(const QString &directory)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(QDir::cleanPath(directory));
    QSettings().setValue(kRecent, recent);
}

QString Settings::lastWorkspace()
{
    return QSettings().value(kLast).toString();
}

void Settings::setLastWorkspace(const QString &directory)
{
    QSettings().setValue(kLast, QDir::cleanPath(directory));
}

QFont Settings::editorFont()
{
    const QSettings settings;
    QFont font(settings.value(kFontFamily, QStringLiteral("DejaVu Sans Mono")).toString());
    font.setPointSize(settings.value(kFontSize, 10).toInt());
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    return font;
}

int Settings::previewDelayMs()
{
    return QSettings().value(kPreviewDelay, 150).toInt();
}

int Settings::journalIntervalMs()
{
    return QSettings().value(kJournalInterval, 2000).toInt();
}

} // namespace ui
