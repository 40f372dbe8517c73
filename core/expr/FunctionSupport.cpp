// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "FunctionSupport.h"

#include "core/expr/DateFormat.h"
#include "core/expr/Operators.h"

#include <cmath>
#include <limits>

namespace core::expr {

bool wrongType(Runtime &runtime, const char *name, const char *what, const Value &found)
{
    runtime.fail(QStringLiteral("expected %1 for %2, found %3")
                     .arg(QLatin1String(what), QLatin1String(name), found.typeName()));
    return false;
}

bool stringArg(Runtime &runtime, Args args, size_t i, const char *name, QString &out)
{
    if (i >= args.size() || args[i].isNull()) {
        runtime.fail(QStringLiteral("%1 is null").arg(QLatin1String(name)));
        return false;
    }
    const Value &value = args[i];
    if (value.isString()) {
        out = value.asString();
        return true;
    }
    if (value.isNumber() || value.isBool()) {
        out = value.toJavaString();
        return true;
    }
    return wrongType(runtime, name, "a string", value);
}

bool intArg(Runtime &runtime, Args args, size_t i, const char *name, qint64 &out)
{
    if (i >= args.size() || args[i].isNull()) {
        runtime.fail(QStringLiteral("%1 is null").arg(QLatin1String(name)));
        return false;
    }
    const std::optional<Value> number = toNumber(args[i]);
    if (!number || args[i].isBool()) {
        return wrongType(runtime, name, "an integer", args[i]);
    }
    if (number->isIntegral()) {
        const Int128 v = number->asInt128();
        if (v < std::numeric_limits<qint32>::min() || v > std::numeric_limits<qint32>::max()) {
            runtime.fail(QStringLiteral("%1 is out of the integer range").arg(QLatin1String(name)));
            return false;
        }
        out = qint64(v);
        return true;
    }
    const double d = number->toDouble();
    if (d != std::floor(d) || std::fabs(d) > std::numeric_limits<qint32>::max()) {
        runtime.fail(QStringLiteral("%1 must be a whole number, found %2")
                         .arg(QLatin1String(name), number->toJavaString()));
        return false;
    }
    out = qint64(d);
    return true;
}

bool boolArg(Runtime &runtime, Args args, size_t i, const char *name, bool &out)
{
    if (i < args.size() && args[i].isBool()) {
        out = args[i].asBool();
        return true;
    }
    if (i < args.size() && args[i].isString()) {
        const QString text = args[i].asString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("false")) {
            out = text == QLatin1String("true");
            return true;
        }
    }
    return wrongType(runtime, name, "a boolean", i < args.size() ? args[i] : Value());
}

bool listArg(Runtime &runtime, Args args, size_t i, const char *name, const ValueList *&out)
{
    if (i < args.size() && args[i].isList()) {
        out = &args[i].asList();
        return true;
    }
    return wrongType(runtime, name, "an array", i < args.size() ? args[i] : Value());
}

bool mapArg(Runtime &runtime, Args args, size_t i, const char *name, const ValueMap *&out)
{
    if (i < args.size() && args[i].isMap()) {
        out = &args[i].asMap();
        return true;
    }
    return wrongType(runtime, name, "an object or map", i < args.size() ? args[i] : Value());
}

bool dateArg(Runtime &runtime, Args args, size_t i, const char *name, DateTime &out)
{
    if (i < args.size() && args[i].isDate()) {
        out = args[i].asDate();
        return true;
    }
    if (i < args.size() && args[i].isString()) {
        QString error;
        if (auto date = parseDateAuto(args[i].asString(), &error)) {
            out = *date;
            return true;
        }
        runtime.fail(QStringLiteral("%1: %2").arg(QLatin1String(name), error));
        return false;
    }
    return wrongType(runtime, name, "a date", i < args.size() ? args[i] : Value());
}

Value stringList(const QStringList &items)
{
    ValueList list;
    list.reserve(size_t(items.size()));
    for (const QString &item : items) {
        list.emplace_back(item);
    }
    return Value(std::move(list));
}

} // namespace core::expr
