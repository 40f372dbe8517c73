// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// The catalogue in the shape of GET /languages/el/functions, generated from the registry that
// evaluates the functions, so the two cannot drift apart.
#include "core/expr/Expression.h"
#include "core/expr/FunctionRegistry.h"

#include <algorithm>

namespace core::expr {

namespace {

Json paramsOf(const FunctionSpec &spec)
{
    Json params = Json::array();
    int position = 0;
    for (const FunctionParam &param : spec.params) {
        params.push_back(Json{{"name", param.name},
                              {"description", param.description},
                              {"type", param.type},
                              {"dataType", param.type},
                              {"position", position++}});
    }
    return params;
}

Json entryOf(const FunctionSpec &spec)
{
    std::string description = spec.description;
    if (spec.aliasOf != nullptr) {
        description = std::string("Alias of ") + spec.aliasOf + ". " + description;
    }
    Json entry{{"category", spec.category},
               {"function", spec.name},
               {"description", description},
               {"syntax", spec.syntax},
               {"returns", spec.returns},
               {"returnType", spec.returns},
               {"example", spec.example},
               {"result", spec.result},
               {"params", paramsOf(spec)},
               {"minArguments", spec.minArgs},
               {"maxArguments", spec.maxArgs < 0 ? Json() : Json(spec.maxArgs)}};
    if (spec.beta) {
        entry["beta"] = true;
    }
    return entry;
}

} // namespace

Json functionCatalogue()
{
    Json all = Json::array();
    for (const FunctionSpec &spec : FunctionRegistry::instance().all()) {
        if (!spec.hidden) {
            all.push_back(entryOf(spec));
        }
    }
    return all;
}

std::vector<std::string> functionNames()
{
    std::vector<std::string> names;
    for (const FunctionSpec &spec : FunctionRegistry::instance().all()) {
        names.emplace_back(spec.name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace core::expr
