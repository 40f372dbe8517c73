// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include "core/Result.h"
#include "core/json/Json.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace core::expr {

namespace detail {
struct Program;
}

/// What an array-valued mapping asks of a merge: upsert_array_append or upsert_array_replace
/// as the outermost call of the expression. Only merges act on it; creates write the array.
enum class ArrayIntent
{
    None,
    Append,
    Replace
};

/// The world an expression runs in. A fixed clock and fixed ids make results reproducible.
struct EvalContext
{
    QDateTime now;         ///< invalid: the real clock
    bool fixedIds = false; ///< uuid(), guid() and friends return reproducible values
    bool isMerge = false;  ///< operations.data is merge (upsert_array_* act only then)
};

/// The result of one evaluation. A runtime error nulls the value and keeps the reason, as
/// Data Prep nulls the attribute and logs a warning.
struct Evaluation
{
    Json value; ///< null when the result is null or failed
    ArrayIntent intent = ArrayIntent::None;
    QString error;        ///< empty when the evaluation succeeded
    QStringList warnings; ///< doubtful steps that still gave a value, e.g. an
                          ///< integer division that dropped a remainder

    bool ok() const { return error.isEmpty(); }
};

/// Why an expression did not compile, with its place for the editor's underline.
struct ExpressionError
{
    QString rule = QStringLiteral("M02"); ///< M02 syntax or unknown function, M03 too long,
                                          ///< M04 a field name that needs ${...}
    QString message;                      ///< a sentence naming what was expected and found
    QString expected;
    QString found;
    int offset = 0; ///< 0-based character offset into the text
    int line = 1;
    int column = 1;
    int length = 1; ///< how many characters to underline
};

/// A Data Prep expression, compiled once and evaluated many times.
///
///     ExpressionError why;
///     auto expression = Expression::compile("concat(firstName, \" \", lastName)", &why);
///     Evaluation result = expression->evaluate(record, EvalContext());
class Expression
{
public:
    /// Parses text; on failure returns an Error and, when asked, the detail with position.
    static Result<Expression> compile(std::string_view text, ExpressionError *detail = nullptr);

    /// Evaluates against a record (the mapping root, usually the payload's body).
    Evaluation evaluate(const Json &record, const EvalContext &context) const;

    /// Source fields the expression reads, as dotted paths ("homeAddress.country"); array
    /// indexes are written "emails[0].email", and contains_key("a.b") counts as reading a.b.
    const std::vector<std::string> &referencedFields() const;

    const std::string &text() const;

private:
    std::shared_ptr<const detail::Program> m_program;
};

/// Every function in the shape of AEP's GET /languages/el/functions response: an array of
/// {category, function, description, syntax, returns, example, result, params}.
Json functionCatalogue();

/// The names of every function and alias, sorted.
std::vector<std::string> functionNames();

} // namespace core::expr
