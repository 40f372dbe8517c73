// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// Parse and evaluation cost per expression: the calculated fields of the shared benchmark's
// mapping set (bench/mapping-set.json) and a few heavier expressions.
#include "core/expr/Expression.h"

#include <QDateTime>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <array>

namespace {

struct Case
{
    const char *name;
    const char *text;
};

constexpr std::array<Case, 9> kCases = {{
    // The EXPRESSION rows of mapping-set.json.
    {"mapping/fullName", "concat(firstName, \" \", lastName)"},
    {"mapping/email", "lower(personalEmail.address)"},
    {"mapping/loyaltyPoints", "to_integer(loyaltyPoints)"},
    {"mapping/tier", "iif(to_integer(loyaltyPoints) > 50000, \"gold\", \"silver\")"},
    // Heavier ones.
    {"heavy/date", "format(zone_date_to_zone(date(createdAt, \"yyyy-MM-dd'T'HH:mm:ssX\"), "
                   "\"Europe/Paris\"), \"EEE, d MMM yyyy HH:mm zzz\")"},
    {"heavy/regex", "extract_regex(sku, \"([A-Z]+)-(\\\\d+)-([a-z]+)\")"},
    {"heavy/lambda", "transformArray(filterArray(scores, x -> x > 10), x -> x * 2 + 1)"},
    {"heavy/userAgent", "ua_device_class(userAgent) + \"/\" + ua_agent_version_major(userAgent)"},
    {"heavy/objects", "to_object(\"id\", sha256(personalEmail.address), \"parts\", "
                      "explode(sku, \"-\"), \"tier\", decode(level, 1, \"bronze\", 2, \"silver\", "
                      "\"gold\"))"},
}};

const core::Json &record()
{
    static const core::Json fixed = core::Json::parse(R"({
        "firstName": "John", "lastName": "Smith", "loyaltyPoints": "62000",
        "personalEmail": {"address": "John.Smith@Example.COM"}, "createdAt": "2024-05-05T20:39:00Z",
        "sku": "ABC-12345-xyz", "scores": [4, 12, 18, 7, 30, 11, 2, 25], "level": 2,
        "userAgent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.109 Safari/537.36"})");
    return fixed;
}

void parse(benchmark::State &state, const char *text)
{
    for (auto _ : state) {
        auto expression = core::expr::Expression::compile(text);
        benchmark::DoNotOptimize(expression);
    }
}

void evaluate(benchmark::State &state, const char *text)
{
    const auto expression = core::expr::Expression::compile(text);
    if (!expression) {
        state.SkipWithError("the expression does not compile");
        return;
    }
    core::expr::EvalContext context;
    context.now = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    context.fixedIds = true;
    for (auto _ : state) {
        core::expr::Evaluation result = expression->evaluate(record(), context);
        benchmark::DoNotOptimize(result);
    }
}

const bool kRegistered = [] {
    for (const Case &c : kCases) {
        benchmark::RegisterBenchmark((std::string("parse/") + c.name).c_str(), parse, c.text);
        benchmark::RegisterBenchmark((std::string("evaluate/") + c.name).c_str(), evaluate, c.text);
    }
    return true;
}();

} // namespace

BENCHMARK_MAIN();
