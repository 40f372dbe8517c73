// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// Adobe Analytics strings. Events: "name[=value][:id],...". Products: comma-separated
// "category;name;quantity;price;events;evars" with "|"-separated events and eVars.
#include "core/expr/FunctionSupport.h"

namespace core::expr {

namespace {

constexpr const char *kCategory = "Analytics";
constexpr const char *kArray = "java.lang.String[]";

struct Event
{
    QString name;
    QString value; ///< null when the event carries none
    QString id;    ///< null when the event carries none
};

Event parseEvent(const QString &text)
{
    Event event;
    QString rest = text.trimmed();
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        event.id = rest.mid(colon + 1).trimmed();
        rest = rest.left(colon);
    }
    const qsizetype equals = rest.indexOf(QLatin1Char('='));
    if (equals >= 0) {
        event.value = rest.mid(equals + 1).trimmed();
        rest = rest.left(equals);
    }
    event.name = rest.trimmed();
    return event;
}

std::optional<Event> findEvent(const QString &events, const QString &name, QChar separator)
{
    for (const QString &part : events.split(separator)) {
        Event event = parseEvent(part);
        if (event.name == name) {
            return event;
        }
    }
    return std::nullopt;
}

// "123" as an Integer/Long, "2.5" as a Double, anything else as text.
Value numberOrText(const QString &text)
{
    if (const auto integral = parseInt128(text)) {
        return Value::integral(*integral);
    }
    bool ok = false;
    const double d = text.toDouble(&ok);
    return ok ? Value(d) : Value(text);
}

bool eventArgs(Runtime &runtime, Args args, QString &text, QString &name)
{
    return stringArg(runtime, args, 0, "EVENT_STRING", text) &&
           stringArg(runtime, args, 1, "EVENT_NAME", name);
}

Value eventId(Runtime &runtime, Args args)
{
    QString text;
    QString name;
    if (isNullArg(args, 0) || !eventArgs(runtime, args, text, name)) {
        return Value();
    }
    const auto event = findEvent(text, name, QLatin1Char(','));
    return event && !event->id.isEmpty() ? numberOrText(event->id) : Value();
}

Value eventValue(Runtime &runtime, Args args)
{
    QString text;
    QString name;
    if (isNullArg(args, 0) || !eventArgs(runtime, args, text, name)) {
        return Value();
    }
    const auto event = findEvent(text, name, QLatin1Char(','));
    if (!event) {
        return Value();
    }
    // An event without "=value" counts once.
    return event->value.isEmpty() ? Value::integer(1) : numberOrText(event->value);
}

std::optional<std::vector<QStringList>> products(Runtime &runtime, Args args)
{
    QString text;
    if (isNullArg(args, 0) || !stringArg(runtime, args, 0, "PRODUCTS_STRING", text)) {
        return std::nullopt;
    }
    std::vector<QStringList> all;
    for (const QString &product : text.split(QLatin1Char(','))) {
        all.push_back(product.split(QLatin1Char(';')));
    }
    return all;
}

Value productField(Runtime &runtime, Args args, int field)
{
    const auto all = products(runtime, args);
    if (!all) {
        return Value();
    }
    ValueList values;
    for (const QStringList &fields : *all) {
        const QString value = field < fields.size() ? fields[field].trimmed() : QString();
        values.push_back(value.isEmpty() ? Value() : Value(value));
    }
    return Value(std::move(values));
}

Value categories(Runtime &runtime, Args args)
{
    return productField(runtime, args, 0);
}
Value names(Runtime &runtime, Args args)
{
    return productField(runtime, args, 1);
}
Value quantities(Runtime &runtime, Args args)
{
    return productField(runtime, args, 2);
}
Value prices(Runtime &runtime, Args args)
{
    return productField(runtime, args, 3);
}

enum class EventPart
{
    Value,
    Id,
    Both
};

Value productEvents(Runtime &runtime, Args args, EventPart part)
{
    QString name;
    const auto all = products(runtime, args);
    if (!all || !stringArg(runtime, args, 1, "EVENT_NAME", name)) {
        return Value();
    }
    ValueList values;
    for (const QStringList &fields : *all) {
        const auto event =
            fields.size() > 4 ? findEvent(fields[4], name, QLatin1Char('|')) : std::nullopt;
        if (!event) {
            values.emplace_back();
            continue;
        }
        const Value value = event->value.isNull() ? Value() : Value(event->value);
        const Value id = event->id.isNull() ? Value() : Value(event->id);
        if (part == EventPart::Both) {
            values.emplace_back(
                ValueMap{{QStringLiteral("id"), id}, {QStringLiteral("value"), value}});
        } else {
            values.push_back(part == EventPart::Value ? value : id);
        }
    }
    return Value(std::move(values));
}

Value eventValues(Runtime &runtime, Args args)
{
    return productEvents(runtime, args, EventPart::Value);
}
Value eventIds(Runtime &runtime, Args args)
{
    return productEvents(runtime, args, EventPart::Id);
}
Value events(Runtime &runtime, Args args)
{
    return productEvents(runtime, args, EventPart::Both);
}

Value evars(Runtime &runtime, Args args)
{
    QString name;
    const auto all = products(runtime, args);
    if (!all || !stringArg(runtime, args, 1, "EVAR_NAME", name)) {
        return Value();
    }
    ValueList values;
    for (const QStringList &fields : *all) {
        Value found;
        for (const QString &evar :
             fields.size() > 5 ? fields[5].split(QLatin1Char('|')) : QStringList()) {
            const qsizetype equals = evar.indexOf(QLatin1Char('='));
            if (equals > 0 && evar.left(equals).trimmed() == name) {
                found = Value(evar.mid(equals + 1).trimmed());
                break;
            }
        }
        values.push_back(found);
    }
    return Value(std::move(values));
}

FunctionSpec productSpec(const char *name, const char *syntax, const char *description,
                         const char *example, const char *result, NativeFunction run, bool named)
{
    FunctionSpec spec{
        .name = name,
        .category = kCategory,
        .syntax = syntax,
        .description = description,
        .returns = kArray,
        .example = example,
        .result = result,
        .params = {{"PRODUCTS_STRING", "java.lang.String", "The Analytics products string."}},
        .minArgs = named ? 2 : 1,
        .maxArgs = named ? 2 : 1,
        .run = run};
    if (named) {
        spec.params.push_back({"NAME", "java.lang.String", "The event or eVar name."});
    }
    return spec;
}

} // namespace

void registerAnalyticsFunctions(FunctionRegistry &registry)
{
    // One registration per function: a table, long by nature, read entry by entry.
    const std::vector<FunctionParam> eventParams = {
        {"EVENT_STRING", "java.lang.String", "The Analytics events string."},
        {"EVENT_NAME", "java.lang.String", "The event to read."}};
    registry.add({.name = "aa_get_event_id",
                  .category = kCategory,
                  .syntax = "aa_get_event_id(EVENT_STRING, EVENT_NAME)",
                  .description = "The id of an event (after ':').",
                  .returns = "java.lang.String",
                  .example = "aa_get_event_id(\"event101=5:123456,scOpen\", \"event101\")",
                  .result = "123456",
                  .params = eventParams,
                  .minArgs = 2,
                  .maxArgs = 2,
                  .run = &eventId});
    registry.add({.name = "aa_get_event_value",
                  .category = kCategory,
                  .syntax = "aa_get_event_value(EVENT_STRING, EVENT_NAME)",
                  .description = "The value of an event; 1 when none is given.",
                  .returns = "java.lang.String",
                  .example = "aa_get_event_value(\"event101=5:123456,scOpen\", \"event101\")",
                  .result = "5",
                  .params = eventParams,
                  .minArgs = 2,
                  .maxArgs = 2,
                  .run = &eventValue});
    const char *sample = "aa_get_product_categories(\";Example product 1;1;3.50,Example category "
                         "2;Example product 2;1;5.99\")";
    registry.add(productSpec("aa_get_product_categories",
                             "aa_get_product_categories(PRODUCTS_STRING)",
                             "The category of each product; null when empty.", sample,
                             "[null, \"Example category 2\"]", &categories, false));
    registry.add(productSpec("aa_get_product_names", "aa_get_product_names(PRODUCTS_STRING)",
                             "The name of each product.",
                             "aa_get_product_names(\";Example product 1;1;3.50,Example category "
                             "2;Example product 2;1;5.99\")",
                             "[\"Example product 1\", \"Example product 2\"]", &names, false));
    registry.add(productSpec("aa_get_product_quantities",
                             "aa_get_product_quantities(PRODUCTS_STRING)",
                             "The quantity of each product; null when missing.",
                             "aa_get_product_quantities(\";Example product 1;1;3.50,Example "
                             "category 2;Example product 2\")",
                             "[\"1\", null]", &quantities, false),
                 {"aa_get_product_quantity"});
    registry.add(productSpec(
        "aa_get_product_prices", "aa_get_product_prices(PRODUCTS_STRING)",
        "The price of each product; null when missing.",
        "aa_get_product_prices(\";Example product 1;1;3.50,Example category 2;Example product 2\")",
        "[\"3.50\", null]", &prices, false));
    registry.add(productSpec(
        "aa_get_product_event_values", "aa_get_product_event_values(PRODUCTS_STRING, EVENT_NAME)",
        "The value of an event in each product.",
        "aa_get_product_event_values(\";Example product 1;1;4.20;event1=2.3|event2=5:1,;Example "
        "product 2;1;4.20;event1=3|event2=2:2\", \"event1\")",
        "[\"2.3\", \"3\"]", &eventValues, true));
    registry.add(productSpec(
        "aa_get_product_evars", "aa_get_product_evars(PRODUCTS_STRING, EVAR_NAME)",
        "The value of an eVar in each product.",
        "aa_get_product_evars(\";Example product;1;6.69;;eVar1=Merchandising value\", \"eVar1\")",
        "[\"Merchandising value\"]", &evars, true));
    FunctionSpec hidden = productSpec(
        "aa_get_product_events", "aa_get_product_events(PRODUCTS_STRING, EVENT_NAME)",
        "The id and value of an event in each product.",
        "aa_get_product_events(\";Example product 1;1;4.20;event1=2.3|event2=5:1\", \"event2\")",
        "[{\"id\": \"1\", \"value\": \"5\"}]", &events, true);
    hidden.hidden = true;
    registry.add(hidden);
    hidden = productSpec(
        "aa_get_product_event_ids", "aa_get_product_event_ids(PRODUCTS_STRING, EVENT_NAME)",
        "The id of an event in each product.",
        "aa_get_product_event_ids(\";Example product 1;1;4.20;event1=2.3|event2=5:1\", \"event2\")",
        "[\"1\"]", &eventIds, true);
    hidden.hidden = true;
    registry.add(hidden);
}

} // namespace core::expr
