// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// libFuzzer target: compiles the input as a Data Prep expression and, when it compiles,
// evaluates it against a small fixed record. Any crash, hang or sanitizer report is a bug: bad
// expressions must end in an ExpressionError, bad evaluations in Evaluation::error.
#include "core/expr/Expression.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

const core::Json &record()
{
    static const core::Json fixed = core::Json::parse(R"({
        "firstName": "John", "lastName": "Smith", "loyaltyPoints": "62000", "age": 42,
        "ratio": 0.5, "tags": ["a", "b", null], "address": {"city": "San Jose", "zip": "95110"},
        "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 5_1_1 like Mac OS X) Version/5.1 Safari/7534.48.3",
        "when": "2019-10-23T11:24:00Z", "empty": "", "nothing": null})");
    return fixed;
}

const core::expr::EvalContext &context()
{
    static const core::expr::EvalContext fixed = [] {
        core::expr::EvalContext c;
        c.now = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
        c.fixedIds = true;
        return c;
    }();
    return fixed;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    core::expr::ExpressionError why;
    const auto expression = core::expr::Expression::compile(text, &why);
    if (!expression) {
        // A failed compile must say where: the place lies within the text (or just past it).
        if (why.offset < 0 || why.line < 1 || why.column < 1 || why.message.isEmpty()) {
            __builtin_trap();
        }
        return 0;
    }
    const core::expr::Evaluation result = expression->evaluate(record(), context());
    if (!result.ok() && !result.value.is_null()) {
        __builtin_trap();
    }
    return 0;
}
