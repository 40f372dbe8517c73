// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "StatusIcons.h"

#include "ui/EditorTheme.h"

#include <QPainter>
#include <QPixmap>

namespace ui {

namespace {

QIcon dot(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(3, 3, 10, 10));
    return QIcon(pixmap);
}

} // namespace

QIcon StatusIcons::forSeverity(core::Severity severity)
{
    const EditorTheme theme = EditorTheme::current();
    switch (severity) {
    case core::Severity::Error:
        return dot(theme.error);
    case core::Severity::Warning:
        return dot(theme.warning);
    case core::Severity::Info:
        return dot(theme.info);
    }
    return dot(theme.error);
}

QIcon StatusIcons::ok()
{
    return dot(QColor(0x2d, 0xa4, 0x4e));
}

} // namespace ui
