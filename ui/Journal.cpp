// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "Journal.h"

#include "core/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace ui {

Journal::Journal(const QString &directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                            QStringLiteral("/journal")
                      : directory)
{}

QString Journal::fileFor(const QString &kind, const QString &path) const
{
    const QByteArray key = (kind + QLatin1Char('\n') + path).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex();
    return QDir(m_directory).filePath(QString::fromLatin1(hash) + QStringLiteral(".json"));
}

bool Journal::write(const JournalEntry &entry)
{
    QDir().mkpath(m_directory);
    const QJsonObject object{
        {QStringLiteral("kind"), entry.kind},
        {QStringLiteral("path"), entry.path},
        {QStringLiteral("workspace"), entry.workspace},
        {QStringLiteral("text"), entry.text},
        {QStringLiteral("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    QSaveFile file(fileFor(entry.kind, entry.path));
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCCritical(lcUi) << "cannot write the journal" << file.fileName() << file.errorString();
        return false;
    }
    qCDebug(lcUi) << "journaled" << entry.kind << entry.path;
    return true;
}

void Journal::remove(const QString &kind, const QString &path)
{
    QFile::remove(fileFor(kind, path));
}

QList<JournalEntry> Journal::entries() const
{
    QList<JournalEntry> out;
    const QDir dir(m_directory);
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        if (object.isEmpty()) {
            qCWarning(lcUi) << "skipping an unreadable journal file" << file.fileName();
            continue;
        }
        JournalEntry entry;
        entry.kind = object.value(QStringLiteral("kind")).toString();
        entry.path = object.value(QStringLiteral("path")).toString();
        entry.workspace = object.value(QStringLiteral("workspace")).toString();
        entry.text = object.value(QStringLiteral("text")).toString();
        entry.written = QDateTime::fromString(object.value(QStringLiteral("written")).toString(),
                                              Qt::ISODateWithMs);
        out.append(entry);
    }
    std::sort(out.begin(), out.end(),
              [](const JournalEntry &a, const JournalEntry &b) { return a.written < b.written; });
    return out;
}

void Journal::clear()
{
    QDir(m_directory).removeRecursively();
}

} // namespace ui
