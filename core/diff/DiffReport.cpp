// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "DiffReport.h"

#include <QStringList>

namespace core::diff {

namespace {

// The pointer as one line: control characters in keys are written as JSON escapes.
QString shownPointer(const std::string &pointer)
{
    if (pointer.empty()) {
        return QStringLiteral("(root)");
    }
    QString shown = toQString(pointer);
    for (qsizetype i = shown.size() - 1; i >= 0; --i) {
        const char16_t c = shown.at(i).unicode();
        if (c < 0x20 || c == 0x7f) {
            shown.replace(i, 1, QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0')));
        }
    }
    return shown;
}

QString changeLine(const Change &change, int maxValueLength)
{
    const QString kind = QString::fromLatin1(Change::kindName(change.kind)).leftJustified(11);
    const QString left = shownPointer(change.leftPointer);
    const QString right = shownPointer(change.rightPointer);
    const QString also = left == right ? QString() : QStringLiteral(" (right %1)").arg(right);
    switch (change.kind) {
    case Change::Kind::Added:
        return QStringLiteral("%1 %2  %3")
            .arg(kind, right, abbreviate(change.newValue, maxValueLength));
    case Change::Kind::Removed:
        return QStringLiteral("%1 %2  %3")
            .arg(kind, left, abbreviate(change.oldValue, maxValueLength));
    case Change::Kind::Moved:
        return QStringLiteral("%1 %2 -> %3").arg(kind, left, right);
    case Change::Kind::Changed:
        return QStringLiteral("%1 %2%3  %4 -> %5")
            .arg(kind, left, also, abbreviate(change.oldValue, maxValueLength),
                 abbreviate(change.newValue, maxValueLength));
    case Change::Kind::TypeChanged:
        return QStringLiteral("%1 %2%3  %4 -> %5  (%6 -> %7)")
            .arg(kind, left, also, abbreviate(change.oldValue, maxValueLength),
                 abbreviate(change.newValue, maxValueLength),
                 QLatin1String(jsonTypeName(change.oldValue)),
                 QLatin1String(jsonTypeName(change.newValue)));
    }
    return QString();
}

void appendLines(const Change &change, int maxValueLength, QString &out)
{
    if (!change.isContainer) {
        out += changeLine(change, maxValueLength);
        out += QLatin1Char('\n');
    }
    for (const Change &child : change.children) {
        appendLines(child, maxValueLength, out);
    }
}

QString summary(const DiffCounts &counts)
{
    QStringList parts;
    const auto part = [&parts](size_t n, const char *what) {
        if (n > 0) {
            parts << QStringLiteral("%1 %2").arg(n).arg(QLatin1String(what));
        }
    };
    part(counts.added, "added");
    part(counts.removed, "removed");
    part(counts.changed, "changed");
    part(counts.moved, "moved");
    part(counts.typeChanged, "type changed");
    return QStringLiteral("%1 %2: %3\n")
        .arg(counts.total())
        .arg(counts.total() == 1 ? QStringLiteral("change") : QStringLiteral("changes"),
             parts.join(QStringLiteral(", ")));
}

Json changeToJson(const Change &change)
{
    Json out = Json::object();
    out["kind"] = Change::kindName(change.kind);
    out["leftPointer"] = change.leftPointer;
    out["rightPointer"] = change.rightPointer;
    const bool leafWithValues = !change.isContainer && (change.kind == Change::Kind::Changed ||
                                                        change.kind == Change::Kind::TypeChanged);
    if (leafWithValues || change.kind == Change::Kind::Removed) {
        out["oldValue"] = change.oldValue;
    }
    if (leafWithValues || change.kind == Change::Kind::Added) {
        out["newValue"] = change.newValue;
    }
    if (!change.children.empty()) {
        Json children = Json::array();
        for (const Change &child : change.children) {
            children.push_back(changeToJson(child));
        }
        out["children"] = std::move(children);
    }
    return out;
}

} // namespace

QString abbreviate(const Json &value, int maxLength)
{
    QString text = toQString(dumpJson(value));
    if (text.size() > maxLength && maxLength > 1) {
        qsizetype cut = maxLength - 1;
        // Do not split a surrogate pair.
        if (text.at(cut - 1).isHighSurrogate()) {
            --cut;
        }
        text.truncate(cut);
        text += QChar(0x2026);
    }
    return text;
}

QString toText(const DiffResult &result, int maxValueLength)
{
    if (!result.root) {
        return QStringLiteral("No differences.\n");
    }
    QString out;
    appendLines(*result.root, maxValueLength, out);
    out += summary(result.counts);
    return out;
}

Json toJson(const DiffResult &result)
{
    Json out = Json::object();
    out["equal"] = result.isEqual();
    out["counts"] = Json{{"added", result.counts.added},
                         {"removed", result.counts.removed},
                         {"changed", result.counts.changed},
                         {"moved", result.counts.moved},
                         {"typeChanged", result.counts.typeChanged}};
    Json changes = Json::array();
    if (result.root) {
        changes.push_back(changeToJson(*result.root));
    }
    out["changes"] = std::move(changes);
    return out;
}

} // namespace core::diff
