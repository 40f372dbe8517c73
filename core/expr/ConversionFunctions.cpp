// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// Type conversions and JSON.
#include "core/expr/Behaviour.h"
#include "core/expr/FunctionSupport.h"
#include "core/json/JsonDocument.h"

#include <cmath>
#include <limits>

namespace core::expr {

namespace {

constexpr const char *kCategory = "Type conversions";
constexpr int kJsonMaxDepth = 200;

bool textArg(Runtime &runtime, Args args, QString &text)
{
    if (!stringArg(runtime, args, 0, "STRING", text)) {
        return false;
    }
    static_assert(behaviour::kConversionsTrim);
    text = text.trimmed();
    return true;
}

Value notANumber(Runtime &runtime, const QString &text, const char *what)
{
    return runtime.fail(QStringLiteral("\"%1\" is not %2").arg(text, QLatin1String(what)));
}

Value toBigint(Runtime &runtime, Args args)
{
    if (isNullArg(args, 0)) {
        return Value();
    }
    if (args[0].isIntegral()) {
        return Value::bigInteger(args[0].asInt128());
    }
    QString text;
    if (!textArg(runtime, args, text)) {
        return Value();
    }
    if (const auto integral = parseInt128(text)) {
        return Value::bigInteger(*integral);
    }
    static_assert(behaviour::kToBigintKeepsFraction);
    if (const auto decimal = parseDecimal(text)) {
        return Value(*decimal);
    }
    return notANumber(runtime, text, "a number");
}

Value toDecimal(Runtime &runtime, Args args)
{
    if (isNullArg(args, 0)) {
        return Value();
    }
    if (args[0].isNumber()) {
        return Value(args[0].toDouble());
    }
    QString text;
    if (!textArg(runtime, args, text)) {
        return Value();
    }
    bool ok = false;
    const double d = text.toDouble(&ok);
    if (!ok || !std::isfinite(d)) {
        return notANumber(runtime, text, "a finite decimal number");
    }
    return Value(d);
}

Value toFloat(Runtime &runtime, Args args)
{
    if (isNullArg(args, 0)) {
        return Value();
    }
    if (args[0].isNumber()) {
        return Value(float(args[0].toDouble()));
    }
    QString text;
    if (!textArg(runtime, args, text)) {
        return Value();
    }
    bool ok = false;
    const float f = text.toFloat(&ok);
    if (!ok || !std::isfinite(f)) {
        return notANumber(runtime, text, "a finite float number");
    }
    return Value(f);
}

Value toInteger(Runtime &runtime, Args args)
{
    if (isNullArg(args, 0)) {
        return Value();
    }
    const Value &input = args[0];
    if (input.isNumber()) {
        const double d = input.toDouble();
        if (input.isIntegral()
                ? (input.asInt128() >= std::numeric_limits<qint32>::min() &&
                   input.asInt128() <= std::numeric_limits<qint32>::max())
                : (d == std::floor(d) && std::fabs(d) <= std::numeric_limits<qint32>::max())) {
            return Value::integer(input.isIntegral() ? qint32(input.asInt128()) : qint32(d));
        }
        return runtime.fail(
            QStringLiteral("%1 is not an integer within 32 bits").arg(input.toJavaString()));
    }
    QString text;
    if (!textArg(runtime, args, text)) {
        return Value();
    }
    const auto integral = parseInt128(text);
    if (!integral || *integral < std::numeric_limits<qint32>::min() ||
        *integral > std::numeric_limits<qint32>::max()) {
        return notANumber(runtime, text, "an integer within 32 bits");
    }
    return Value::integer(qint32(*integral));
}

Value jsonToObject(Runtime &runtime, Args args)
{
    if (isNullArg(args, 0)) {
        return Value();
    }
    if (behaviour::kJsonToObjectAcceptsObjects && (args[0].isMap() || args[0].isList())) {
        return args[0];
    }
    QString text;
    if (!stringArg(runtime, args, 0, "STRING", text)) {
        return Value();
    }
    const std::string utf8 = toStdString(text);
    const Result<Json> parsed = parseJson(utf8, kJsonMaxDepth);
    if (!parsed) {
        return runtime.fail(
            QStringLiteral("the text is not JSON: %1").arg(parsed.error().message()));
    }
    return Value::fromJson(parsed.value());
}

} // namespace

void registerConversionFunctions(FunctionRegistry &registry)
{
    const std::vector<FunctionParam> params = {
        {"STRING", "java.lang.String", "The text to convert."}};
    registry.add({.name = "to_bigint",
                  .category = kCategory,
                  .syntax = "to_bigint(STRING)",
                  .description = "Converts text to a big integer; text with a fraction keeps its "
                                 "exact decimal value.",
                  .returns = "java.math.BigInteger",
                  .example = "to_bigint(\"1000000.34\")",
                  .result = "1000000.34",
                  .params = params,
                  .minArgs = 1,
                  .maxArgs = 1,
                  .run = &toBigint});
    registry.add({.name = "to_decimal",
                  .category = kCategory,
                  .syntax = "to_decimal(STRING)",
                  .description = "Converts text to a double.",
                  .returns = "java.lang.Double",
                  .example = "to_decimal(\"20.5\")",
                  .result = "20.5",
                  .params = params,
                  .minArgs = 1,
                  .maxArgs = 1,
                  .run = &toDecimal});
    registry.add({.name = "to_float",
                  .category = kCategory,
                  .syntax = "to_float(STRING)",
                  .description = "Converts text to a float.",
                  .returns = "java.lang.Float",
                  .example = "to_float(\"12.3456\")",
                  .result = "12.3456",
                  .params = params,
                  .minArgs = 1,
                  .maxArgs = 1,
                  .run = &toFloat});
    registry.add({.name = "to_integer",
                  .category = kCategory,
                  .syntax = "to_integer(STRING)",
                  .description = "Converts text to a 32-bit integer; anything else is an error.",
                  .returns = "java.lang.Integer",
                  .example = "to_integer(\"12\")",
                  .result = "12",
                  .params = params,
                  .minArgs = 1,
                  .maxArgs = 1,
                  .run = &toInteger});
    registry.add({.name = "json_to_object",
                  .category = "JSON",
                  .syntax = "json_to_object(STRING)",
                  .description = "Reads JSON text into an object or array.",
                  .returns = "java.lang.Object",
                  .example = "json_to_object(\"{\\\"info\\\":{\\\"firstName\\\":\\\"John\\\"}}\")",
                  .result = "{\"info\": {\"firstName\": \"John\"}}",
                  .params = {{"STRING", "java.lang.String", "The JSON text."}},
                  .minArgs = 1,
                  .maxArgs = 1,
                  .run = &jsonToObject});
}

} // namespace core::expr
