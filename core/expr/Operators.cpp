// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "Operators.h"

#include "core/expr/Behaviour.h"
#include "core/expr/Runtime.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace core::expr {

using detail::Op;

namespace {

constexpr Int128 kMax128 = Int128(~(UInt128)0 >> 1);
constexpr Int128 kMin128 = -kMax128 - 1;

int rankOf(Value::Type type)
{
    switch (type) {
    case Value::Type::Integer:
        return 0;
    case Value::Type::Long:
        return 1;
    default:
        return 2;
    }
}

// Integral result narrowed as JEXL does: never below the wider operand's type.
Value narrowed(Int128 result, const Value &a, const Value &b)
{
    const int rank = std::max(rankOf(a.type()), rankOf(b.type()));
    Value value = Value::integral(result);
    if (rankOf(value.type()) >= rank) {
        return value;
    }
    if (rank == 1) {
        return Value::longValue(qint64(result));
    }
    return Value::bigInteger(result);
}

bool power10(Int128 &value, int exponent)
{
    for (int i = 0; i < exponent; ++i) {
        if (value > kMax128 / 10 || value < kMin128 / 10) {
            return false;
        }
        value *= 10;
    }
    return true;
}

Decimal toDecimal(const Value &value)
{
    if (value.type() == Value::Type::Decimal) {
        return value.asDecimal();
    }
    if (value.isIntegral()) {
        return Decimal{value.asInt128(), 0};
    }
    const QString text = value.type() == Value::Type::Float ? javaFloatString(value.asFloat())
                                                            : javaDoubleString(value.toDouble());
    return parseDecimal(text).value_or(Decimal{});
}

Decimal stripZeros(Decimal d)
{
    while (d.scale > 0 && d.unscaled % 10 == 0) {
        d.unscaled /= 10;
        --d.scale;
    }
    return d;
}

std::optional<Decimal> decimalArithmetic(Op op, Decimal a, Decimal b)
{
    Int128 result = 0;
    if (op == Op::Multiply) {
        if (a.unscaled != 0 && (__builtin_mul_overflow(a.unscaled, b.unscaled, &result))) {
            return std::nullopt;
        }
        return Decimal{a.unscaled * b.unscaled, a.scale + b.scale};
    }
    if (op == Op::Divide) {
        // Sixteen digits beyond the operands' scales, then trailing zeros dropped.
        const int scale = std::max({a.scale, b.scale, 0}) + 16;
        Int128 numerator = a.unscaled;
        if (!power10(numerator, scale + b.scale - a.scale)) {
            return std::nullopt;
        }
        return stripZeros(Decimal{numerator / b.unscaled, scale});
    }
    const int scale = std::max(a.scale, b.scale);
    if (!power10(a.unscaled, scale - a.scale) || !power10(b.unscaled, scale - b.scale)) {
        return std::nullopt;
    }
    if (op == Op::Add ? __builtin_add_overflow(a.unscaled, b.unscaled, &result)
                      : __builtin_sub_overflow(a.unscaled, b.unscaled, &result)) {
        return std::nullopt;
    }
    return Decimal{result, scale};
}

QString symbolOf(Op op)
{
    switch (op) {
    case Op::Multiply:
        return QStringLiteral("*");
    case Op::Divide:
        return QStringLiteral("/");
    case Op::Modulo:
        return QStringLiteral("%");
    case Op::Add:
        return QStringLiteral("+");
    case Op::Subtract:
        return QStringLiteral("-");
    case Op::ShiftLeft:
        return QStringLiteral("<<");
    case Op::ShiftRight:
        return QStringLiteral(">>");
    case Op::ShiftRightUnsigned:
        return QStringLiteral(">>>");
    case Op::BitAnd:
        return QStringLiteral("&");
    case Op::BitOr:
        return QStringLiteral("|");
    case Op::BitXor:
        return QStringLiteral("^");
    case Op::Less:
        return QStringLiteral("<");
    case Op::LessEqual:
        return QStringLiteral("<=");
    case Op::Greater:
        return QStringLiteral(">");
    case Op::GreaterEqual:
        return QStringLiteral(">=");
    default:
        return QStringLiteral("operator");
    }
}

Value floatingArithmetic(Op op, double x, double y, Runtime &runtime)
{
    switch (op) {
    case Op::Add:
        return Value(x + y);
    case Op::Subtract:
        return Value(x - y);
    case Op::Multiply:
        return Value(x * y);
    case Op::Divide:
        if (y == 0.0) {
            return runtime.fail(QStringLiteral("division by zero"));
        }
        return Value(x / y);
    default:
        if (y == 0.0) {
            return runtime.fail(QStringLiteral("modulo by zero"));
        }
        return Value(std::fmod(x, y));
    }
}

Value integralArithmetic(Op op, const Value &a, const Value &b, Runtime &runtime)
{
    const Int128 x = a.asInt128();
    const Int128 y = b.asInt128();
    Int128 result = 0;
    bool overflow = false;
    switch (op) {
    case Op::Add:
        overflow = __builtin_add_overflow(x, y, &result);
        break;
    case Op::Subtract:
        overflow = __builtin_sub_overflow(x, y, &result);
        break;
    case Op::Multiply:
        overflow = __builtin_mul_overflow(x, y, &result);
        break;
    default:
        if (y == 0) {
            return runtime.fail(op == Op::Divide ? QStringLiteral("division by zero")
                                                 : QStringLiteral("modulo by zero"));
        }
        if (x == kMin128 && y == -1) {
            overflow = true;
            break;
        }
        result = op == Op::Divide ? x / y : x % y;
        if (op == Op::Divide && x % y != 0 && behaviour::kWarnOnTruncatingDivision) {
            runtime.warn(QStringLiteral("integer division %1 / %2 dropped the remainder")
                             .arg(int128ToString(x), int128ToString(y)));
        }
    }
    if (overflow) {
        return runtime.fail(QStringLiteral("integer overflow in %1").arg(symbolOf(op)));
    }
    return narrowed(result, a, b);
}

Value arithmetic(Op op, const Value &a, const Value &b, Runtime &runtime)
{
    if (op == Op::Add && (a.isString() || b.isString())) {
        return Value(concatString(a, runtime) + concatString(b, runtime));
    }
    if (a.isNull() || b.isNull()) {
        return runtime.fail(
            QStringLiteral("the %1 operand of %2 is null")
                .arg(a.isNull() ? QStringLiteral("left") : QStringLiteral("right"), symbolOf(op)));
    }
    const std::optional<Value> x = toNumber(a);
    const std::optional<Value> y = toNumber(b);
    if (!x || !y) {
        return runtime.fail(QStringLiteral("%1 cannot be applied to %2 and %3")
                                .arg(symbolOf(op), a.typeName(), b.typeName()));
    }
    if (x->type() == Value::Type::Decimal || y->type() == Value::Type::Decimal) {
        if ((op == Op::Divide || op == Op::Modulo) && toDecimal(*y).unscaled == 0) {
            return runtime.fail(QStringLiteral("division by zero"));
        }
        if (op != Op::Modulo) {
            if (const auto d = decimalArithmetic(op, toDecimal(*x), toDecimal(*y))) {
                return Value(*d);
            }
        }
        return floatingArithmetic(op, x->toDouble(), y->toDouble(), runtime);
    }
    if (x->isFloating() || y->isFloating()) {
        return floatingArithmetic(op, x->toDouble(), y->toDouble(), runtime);
    }
    return integralArithmetic(op, *x, *y, runtime);
}

Value bitwise(Op op, const Value &a, const Value &b, Runtime &runtime)
{
    if (a.isBool() && b.isBool() && (op == Op::BitAnd || op == Op::BitOr || op == Op::BitXor)) {
        const bool x = a.asBool();
        const bool y = b.asBool();
        return Value(op == Op::BitAnd ? (x && y) : op == Op::BitOr ? (x || y) : (x != y));
    }
    if (!a.isIntegral() || !b.isIntegral()) {
        return runtime.fail(QStringLiteral("%1 needs integers, found %2 and %3")
                                .arg(symbolOf(op), a.typeName(), b.typeName()));
    }
    const Int128 x = a.asInt128();
    const Int128 y = b.asInt128();
    const int width = a.type() == Value::Type::Integer ? 32
                      : a.type() == Value::Type::Long  ? 64
                                                       : 128;
    const int shift = int(y & (width - 1));
    switch (op) {
    case Op::BitAnd:
        return narrowed(x & y, a, b);
    case Op::BitOr:
        return narrowed(x | y, a, b);
    case Op::BitXor:
        return narrowed(x ^ y, a, b);
    case Op::ShiftLeft:
        if (width == 32) {
            return Value::integer(qint32(quint32(x) << shift));
        }
        if (width == 64) {
            return Value::longValue(qint64(quint64(x) << shift));
        }
        return Value::bigInteger(Int128((UInt128)x << shift));
    case Op::ShiftRight:
        return narrowed(x >> shift, a, a);
    default:
        if (width == 32) {
            return Value::integer(qint32(quint32(x) >> shift));
        }
        if (width == 64) {
            return Value::longValue(qint64(quint64(x) >> shift));
        }
        return Value::bigInteger(Int128((UInt128)x >> shift));
    }
}

QString patternText(const Value &value)
{
    return value.isString() ? value.asString() : value.toJavaString();
}

Value relational(Op op, const Value &a, const Value &b, Runtime &runtime)
{
    const std::optional<int> order = compareValues(a, b);
    if (!order) {
        return runtime.fail(QStringLiteral("%1 cannot compare %2 with %3")
                                .arg(symbolOf(op), a.typeName(), b.typeName()));
    }
    switch (op) {
    case Op::Less:
        return Value(*order < 0);
    case Op::LessEqual:
        return Value(*order <= 0);
    case Op::Greater:
        return Value(*order > 0);
    default:
        return Value(*order >= 0);
    }
}

Value matches(const Value &a, const Value &b, Runtime &runtime)
{
    if (b.isList()) {
        for (const Value &item : b.asList()) {
            if (looseEquals(a, item)) {
                return Value(true);
            }
        }
        return Value(false);
    }
    if (b.isMap()) {
        return Value(!a.isNull() && b.find(patternText(a)) != nullptr);
    }
    if (a.isNull() || b.isNull()) {
        return Value(false);
    }
    const QRegularExpression regex(QRegularExpression::anchoredPattern(patternText(b)));
    if (!regex.isValid()) {
        return runtime.fail(
            QStringLiteral("=~: invalid regular expression: %1").arg(regex.errorString()));
    }
    return Value(regex.match(patternText(a)).hasMatch());
}

bool sameInstant(const DateTime &a, const DateTime &b)
{
    return a.when == b.when && a.extraNanos == b.extraNanos;
}

bool listEquals(const ValueList &a, const ValueList &b,
                bool (*equals)(const Value &, const Value &))
{
    if (a.size() != b.size()) {
        return false;
    }
    for (size_t i = 0; i < a.size(); ++i) {
        if (!equals(a[i], b[i])) {
            return false;
        }
    }
    return true;
}

bool mapEquals(const Value &a, const Value &b, bool (*equals)(const Value &, const Value &))
{
    if (a.asMap().size() != b.asMap().size()) {
        return false;
    }
    for (const auto &[key, item] : a.asMap()) {
        const Value *other = b.find(key);
        if (other == nullptr || !equals(item, *other)) {
            return false;
        }
    }
    return true;
}

} // namespace

bool isTruthy(const Value &value)
{
    switch (value.type()) {
    case Value::Type::Null:
        return false;
    case Value::Type::Boolean:
        return value.asBool();
    case Value::Type::String:
        return !value.asString().isEmpty() &&
               !(behaviour::kStringFalseIsFalsy && value.asString() == QLatin1String("false"));
    case Value::Type::List:
        return !value.asList().empty();
    case Value::Type::Map:
        return !value.asMap().empty();
    case Value::Type::Integer:
    case Value::Type::Long:
    case Value::Type::BigInteger:
        return value.asInt128() != 0;
    case Value::Type::Float:
    case Value::Type::Double:
    case Value::Type::Decimal: {
        const double d = value.toDouble();
        return d != 0.0 && !std::isnan(d);
    }
    default:
        return true;
    }
}

std::optional<Value> toNumber(const Value &value)
{
    if (value.isNumber()) {
        return value;
    }
    if (!value.isString()) {
        return std::nullopt;
    }
    const QString text = value.asString().trimmed();
    if (const std::optional<Int128> integral = parseInt128(text)) {
        return Value::integral(*integral);
    }
    bool ok = false;
    const double d = text.toDouble(&ok);
    if (ok && std::isfinite(d)) {
        return Value(d);
    }
    return std::nullopt;
}

std::optional<int> compareValues(const Value &a, const Value &b)
{
    const auto sign = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    if (a.isString() && b.isString()) {
        return sign(QString::compare(a.asString(), b.asString(), Qt::CaseSensitive), 0);
    }
    if (a.isDate() && b.isDate()) {
        const DateTime &x = a.asDate();
        const DateTime &y = b.asDate();
        if (x.when != y.when) {
            return x.when < y.when ? -1 : 1;
        }
        return sign(x.extraNanos, y.extraNanos);
    }
    if (a.isBool() && b.isBool()) {
        return sign(int(a.asBool()), int(b.asBool()));
    }
    if (!(a.isNumber() || a.isString()) || !(b.isNumber() || b.isString())) {
        return std::nullopt;
    }
    const std::optional<Value> x = toNumber(a);
    const std::optional<Value> y = toNumber(b);
    if (!x || !y) {
        return std::nullopt;
    }
    if (x->isIntegral() && y->isIntegral()) {
        return sign(x->asInt128(), y->asInt128());
    }
    if (x->type() == Value::Type::Decimal || y->type() == Value::Type::Decimal) {
        if (const auto d = decimalArithmetic(Op::Subtract, toDecimal(*x), toDecimal(*y))) {
            return sign(d->unscaled, Int128(0));
        }
    }
    const double dx = x->toDouble();
    const double dy = y->toDouble();
    if (std::isnan(dx) || std::isnan(dy)) {
        return std::nullopt;
    }
    return sign(dx, dy);
}

bool looseEquals(const Value &a, const Value &b)
{
    if (a.isNull() || b.isNull()) {
        return a.isNull() && b.isNull();
    }
    if (a.isNumber() && b.isNumber()) {
        return compareValues(a, b) == 0;
    }
    if ((a.isNumber() && b.isString()) || (a.isString() && b.isNumber())) {
        return compareValues(a, b) == 0;
    }
    if (a.isBool() && b.isString()) {
        return b.asString() == (a.asBool() ? QLatin1String("true") : QLatin1String("false"));
    }
    if (a.isString() && b.isBool()) {
        return looseEquals(b, a);
    }
    if (a.type() != b.type()) {
        return false;
    }
    switch (a.type()) {
    case Value::Type::Boolean:
        return a.asBool() == b.asBool();
    case Value::Type::String:
        return a.asString() == b.asString();
    case Value::Type::DateTime:
        return sameInstant(a.asDate(), b.asDate());
    case Value::Type::List:
        return listEquals(a.asList(), b.asList(), &looseEquals);
    case Value::Type::Map:
        return mapEquals(a, b, &looseEquals);
    default:
        return false;
    }
}

bool javaEquals(const Value &a, const Value &b)
{
    if (a.type() != b.type()) {
        return false;
    }
    switch (a.type()) {
    case Value::Type::Null:
        return true;
    case Value::Type::Boolean:
        return a.asBool() == b.asBool();
    case Value::Type::Integer:
    case Value::Type::Long:
    case Value::Type::BigInteger:
        return a.asInt128() == b.asInt128();
    case Value::Type::Float:
    case Value::Type::Double:
        return a.toDouble() == b.toDouble();
    case Value::Type::Decimal:
        return a.asDecimal().unscaled == b.asDecimal().unscaled &&
               a.asDecimal().scale == b.asDecimal().scale;
    case Value::Type::String:
        return a.asString() == b.asString();
    case Value::Type::DateTime:
        return sameInstant(a.asDate(), b.asDate()) &&
               a.asDate().when.timeZone() == b.asDate().when.timeZone();
    case Value::Type::List:
        return listEquals(a.asList(), b.asList(), &javaEquals);
    case Value::Type::Map:
        return mapEquals(a, b, &javaEquals);
    case Value::Type::Lambda:
        return a.asLambda().node == b.asLambda().node;
    }
    return false;
}

QString concatString(const Value &value, Runtime &runtime)
{
    if (value.isNull() && behaviour::kConcatRendersNullAsEmpty) {
        runtime.warn(QStringLiteral("a null value was concatenated as an empty string"));
        return QString();
    }
    return value.toJavaString();
}

Value binaryOperator(Op op, const Value &a, const Value &b, Runtime &runtime)
{
    switch (op) {
    case Op::Add:
    case Op::Subtract:
    case Op::Multiply:
    case Op::Divide:
    case Op::Modulo:
        return arithmetic(op, a, b, runtime);
    case Op::BitAnd:
    case Op::BitOr:
    case Op::BitXor:
    case Op::ShiftLeft:
    case Op::ShiftRight:
    case Op::ShiftRightUnsigned:
        return bitwise(op, a, b, runtime);
    case Op::Less:
    case Op::LessEqual:
    case Op::Greater:
    case Op::GreaterEqual:
        return relational(op, a, b, runtime);
    case Op::Equal:
        return Value(looseEquals(a, b));
    case Op::NotEqual:
        return Value(!looseEquals(a, b));
    case Op::StrictEqual:
        return Value(javaEquals(a, b));
    case Op::StrictNotEqual:
        return Value(!javaEquals(a, b));
    case Op::Matches:
    case Op::NotMatches: {
        const Value result = matches(a, b, runtime);
        return op == Op::Matches || runtime.failed() ? result : Value(!result.asBool());
    }
    case Op::StartsWith:
    case Op::NotStartsWith:
    case Op::EndsWith:
    case Op::NotEndsWith: {
        if (a.isNull() || b.isNull()) {
            return Value(op == Op::NotStartsWith || op == Op::NotEndsWith);
        }
        const bool starts = op == Op::StartsWith || op == Op::NotStartsWith;
        const bool hit = starts ? patternText(a).startsWith(patternText(b))
                                : patternText(a).endsWith(patternText(b));
        return Value((op == Op::StartsWith || op == Op::EndsWith) ? hit : !hit);
    }
    default:
        return runtime.fail(QStringLiteral("unsupported operator"));
    }
}

Value unaryOperator(Op op, const Value &operand, Runtime &runtime)
{
    switch (op) {
    case Op::Not:
        return Value(!isTruthy(operand));
    case Op::Empty:
        // JEXL's isEmpty: null, "", empty arrays and maps, and the number 0.
        return Value(operand.isNull() || (operand.isString() && operand.asString().isEmpty()) ||
                     (operand.isList() && operand.asList().empty()) ||
                     (operand.isMap() && operand.asMap().empty()) ||
                     (operand.isNumber() && !isTruthy(operand)));
    case Op::Size:
        if (operand.isNull()) {
            return Value::integer(0);
        }
        if (operand.isString()) {
            return Value::integer(qint32(operand.asString().size()));
        }
        if (operand.isList()) {
            return Value::integer(qint32(operand.asList().size()));
        }
        if (operand.isMap()) {
            return Value::integer(qint32(operand.asMap().size()));
        }
        return runtime.fail(
            QStringLiteral("size needs a string, array or map, found %1").arg(operand.typeName()));
    default:
        break;
    }
    if (operand.isNull()) {
        return runtime.fail(QStringLiteral("the operand of a unary operator is null"));
    }
    if (op == Op::BitNot) {
        if (!operand.isIntegral()) {
            return runtime.fail(
                QStringLiteral("~ needs an integer, found %1").arg(operand.typeName()));
        }
        return narrowed(~operand.asInt128(), operand, operand);
    }
    const std::optional<Value> number = toNumber(operand);
    if (!number || operand.isString()) {
        return runtime.fail(QStringLiteral("%1 needs a number, found %2")
                                .arg(op == Op::Negate ? QStringLiteral("-") : QStringLiteral("+"),
                                     operand.typeName()));
    }
    if (op == Op::Plus) {
        return *number;
    }
    switch (number->type()) {
    case Value::Type::Float:
        return Value(-number->asFloat());
    case Value::Type::Double:
        return Value(-number->toDouble());
    case Value::Type::Decimal:
        return Value(Decimal{-number->asDecimal().unscaled, number->asDecimal().scale});
    default:
        if (number->asInt128() == kMin128) {
            return runtime.fail(QStringLiteral("integer overflow in -"));
        }
        return narrowed(-number->asInt128(), *number, *number);
    }
}

} // namespace core::expr
