// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "ProfileMerge.h"

#include "core/json/JsonPointer.h"

#include <algorithm>
#include <string>

namespace core::emulation {

namespace {

expr::ArrayIntent intentAt(const std::vector<ArrayWrite> &arrays, const std::string &pointer)
{
    for (const ArrayWrite &write : arrays) {
        if (write.pointer == pointer) {
            return write.intent;
        }
    }
    return expr::ArrayIntent::None;
}

bool holdsId(const Json &items, const Json &item)
{
    if (!item.is_object() || !item.contains("id")) {
        return false;
    }
    return std::any_of(items.begin(), items.end(), [&item](const Json &kept) {
        return kept.is_object() && kept.value("id", Json()) == item["id"];
    });
}

// identityMap namespaces gain the items whose id they do not hold yet; nothing is removed.
void addIdentityItems(Json &stored, const Json &update)
{
    for (auto it = update.begin(); it != update.end(); ++it) {
        Json &items = stored[it.key()];
        if (!items.is_array()) {
            items = Json::array();
        }
        if (!it->is_array()) {
            continue;
        }
        for (const Json &item : *it) {
            if (!holdsId(items, item)) {
                items.push_back(item);
            }
        }
    }
}

void mergeAt(Json &stored, const Json &update, const std::vector<ArrayWrite> *arrays,
             std::string &pointer)
{
    for (auto it = update.begin(); it != update.end(); ++it) {
        const size_t length = pointer.size();
        jsonpointer::pushToken(pointer, it.key());
        Json &target = stored[it.key()];
        const Json &value = it.value();
        if (value.is_null()) {
            // A null never clears a stored value; a member that was absent stays absent.
            if (target.is_null()) {
                stored.erase(it.key());
            }
        } else if (pointer == "/identityMap" && value.is_object()) {
            if (!target.is_object()) {
                target = Json::object();
            }
            addIdentityItems(target, value);
        } else if (value.is_object() && target.is_object()) {
            mergeAt(target, value, arrays, pointer);
        } else if (value.is_array() && target.is_array() && arrays &&
                   intentAt(*arrays, pointer) == expr::ArrayIntent::Append) {
            for (const Json &element : value) {
                target.push_back(element);
            }
        } else {
            target = value;
        }
        pointer.resize(length);
    }
}

} // namespace

void mergeUpdate(Json &stored, const Json &update, const std::vector<ArrayWrite> &arrays)
{
    if (!stored.is_object()) {
        stored = Json::object();
    }
    if (!update.is_object()) {
        return;
    }
    std::string pointer;
    mergeAt(stored, update, &arrays, pointer);
}

void mergeFragment(Json &profile, const Json &fragment)
{
    if (!profile.is_object()) {
        profile = Json::object();
    }
    if (!fragment.is_object()) {
        return;
    }
    std::string pointer;
    mergeAt(profile, fragment, nullptr, pointer);
}

} // namespace core::emulation
