# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Patchbay authors
#
# Fails when any file under core/ includes a Qt Gui, Qt Widgets or QScintilla header.

file(GLOB_RECURSE files "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
set(offenders "")
foreach(file IN LISTS files)
    file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](QtGui|QtWidgets|Qsci|QWidget|QApplication|QGuiApplication|QPainter|QColor|QFont|QImage|QPixmap|QIcon)")
    if(lines)
        list(APPEND offenders "${file}: ${lines}")
    endif()
endforeach()
list(LENGTH files count)
if(offenders)
    message(FATAL_ERROR "core/ includes GUI headers:\n${offenders}")
endif()
message(STATUS "core/ is GUI-free: ${count} files checked")
