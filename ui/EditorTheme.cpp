// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "EditorTheme.h"

#include <QApplication>
#include <QPalette>

namespace ui {

namespace {

EditorTheme lightTheme()
{
    EditorTheme theme;
    theme.paper = QColor(0xff, 0xff, 0xff);
    theme.text = QColor(0x1f, 0x23, 0x28);
    theme.margin = QColor(0xf3, 0xf4, 0xf6);
    theme.marginText = QColor(0x8a, 0x91, 0x99);
    theme.caretLine = QColor(0xf5, 0xf8, 0xff);
    theme.selection = QColor(0xc8, 0xdd, 0xfb);
    theme.keyword = QColor(0x6f, 0x42, 0xc1);
    theme.string = QColor(0x0a, 0x6e, 0x31);
    theme.number = QColor(0x00, 0x5c, 0xc5);
    theme.property = QColor(0x95, 0x3a, 0x00);
    theme.operatorColour = QColor(0x57, 0x60, 0x6a);
    theme.comment = QColor(0x6e, 0x77, 0x81);
    theme.function = QColor(0x82, 0x50, 0xdf);
    theme.error = QColor(0xcf, 0x22, 0x2e);
    theme.warning = QColor(0xbf, 0x87, 0x00);
    theme.info = QColor(0x09, 0x69, 0xda);
    return theme;
}

EditorTheme darkTheme()
{
    EditorTheme theme;
    theme.dark = true;
    theme.paper = QColor(0x1e, 0x21, 0x26);
    theme.text = QColor(0xd7, 0xda, 0xe0);
    theme.margin = QColor(0x25, 0x29, 0x2e);
    theme.marginText = QColor(0x76, 0x7d, 0x86);
    theme.caretLine = QColor(0x26, 0x2b, 0x33);
    theme.selection = QColor(0x26, 0x4f, 0x78);
    theme.keyword = QColor(0xd2, 0xa8, 0xff);
    theme.string = QColor(0x7e, 0xe7, 0x87);
    theme.number = QColor(0x79, 0xc0, 0xff);
    theme.property = QColor(0xff, 0xa6, 0x57);
    theme.operatorColour = QColor(0xb0, 0xb8, 0xc1);
    theme.comment = QColor(0x8b, 0x94, 0x9e);
    theme.function = QColor(0xd2, 0xa8, 0xff);
    theme.error = QColor(0xff, 0x7b, 0x72);
    theme.warning = QColor(0xe3, 0xb3, 0x41);
    theme.info = QColor(0x58, 0xa6, 0xff);
    return theme;
}

} // namespace

EditorTheme EditorTheme::current()
{
    // TODO: Qt 6.4 has no QStyleHints::colorScheme(); the dark theme follows the palette the
    // platform theme gives the application, so a desktop that only signals its preference
    // through the portal's color-scheme setting is not followed. Qt 6.5 adds the API.
    const QColor base = QApplication::palette().color(QPalette::Base);
    return base.lightness() < 128 ? darkTheme() : lightTheme();
}

} // namespace ui
