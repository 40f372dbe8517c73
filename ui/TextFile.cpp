// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "TextFile.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ui {

core::Result<QString> TextFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return core::Error(core::ErrorCode::Io,
                           QCoreApplication::translate("ui::TextFile", "Cannot read %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return QString::fromUtf8(file.readAll());
}

core::Result<void> TextFile::write(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcUi) << "saving failed" << path << file.errorString();
        return core::Error(core::ErrorCode::Io,
                           QCoreApplication::translate("ui::TextFile", "Cannot save %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    qCInfo(lcUi) << "saved" << path;
    return {};
}

} // namespace ui
