// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "HeaderCompleter.h"

#include "ui/CodeEditor.h"

#include <QRegularExpression>

namespace ui {

HeaderCompleter::HeaderCompleter(CodeEditor *editor)
    : QObject(editor)
    , m_editor(editor)
{
    m_values.insert(QStringLiteral("data"),
                    {QStringLiteral("create"), QStringLiteral("merge"), QStringLiteral("delete")});
    m_values.insert(QStringLiteral("identity"), {QStringLiteral("create")});
    connect(editor, &QsciScintilla::SCN_CHARADDED, this, &HeaderCompleter::handleCharAdded);
}

void HeaderCompleter::setValues(const QString &field, const QStringList &values)
{
    m_values.insert(field, values);
}

QStringList HeaderCompleter::candidates(const QString &lineBeforeCursor, QString *prefix) const
{
    static const QRegularExpression openValue(
        QStringLiteral("\"([A-Za-z]+)\"\\s*:\\s*\"([^\"]*)$"));
    const QRegularExpressionMatch match = openValue.match(lineBeforeCursor);
    if (!match.hasMatch()) {
        return {};
    }
    const auto values = m_values.constFind(match.captured(1));
    if (values == m_values.constEnd()) {
        return {};
    }
    *prefix = match.captured(2);
    QStringList out;
    for (const QString &value : *values) {
        if (value.startsWith(*prefix, Qt::CaseInsensitive) && value != *prefix) {
            out.append(value);
        }
    }
    return out;
}

void HeaderCompleter::handleCharAdded(int character)
{
    Q_UNUSED(character)
    if (!m_enabled) {
        return;
    }
    int line = 0;
    int index = 0;
    m_editor->getCursorPosition(&line, &index);
    QString prefix;
    const QStringList values = candidates(m_editor->text(line).left(index), &prefix);
    if (values.isEmpty()) {
        return;
    }
    m_editor->SendScintilla(QsciScintillaBase::SCI_AUTOCSETSEPARATOR, '\n');
    const QByteArray list = values.join(QLatin1Char('\n')).toUtf8();
    m_editor->SendScintilla(QsciScintillaBase::SCI_AUTOCSHOW,
                            static_cast<unsigned long>(prefix.toUtf8().size()), list.constData());
}

} // namespace ui
