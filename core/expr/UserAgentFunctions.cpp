// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/expr/FunctionSupport.h"
#include "core/expr/UserAgent.h"

#include <deque>
#include <string>

namespace core::expr {

namespace {

constexpr const char *kCategory = "User agent";
constexpr const char *kExampleAgent =
    "Mozilla/5.0 (iPhone; CPU iPhone OS 5_1_1 like Mac OS X) AppleWebKit/534.46 (KHTML, like "
    "Gecko) Version/5.1 Mobile/9B206 Safari/7534.48.3";

// A mapping set often asks several ua_* functions about the same string: parse it once.
const UserAgent *agentArg(Runtime &runtime, Args args)
{
    thread_local QString lastText;
    thread_local UserAgent lastAgent;
    thread_local bool filled = false;
    QString text;
    if (isNullArg(args, 0) || !stringArg(runtime, args, 0, "USER_AGENT", text)) {
        return nullptr;
    }
    if (!filled || text != lastText) {
        lastAgent = UserAgent::parse(text);
        lastText = text;
        filled = true;
    }
    return &lastAgent;
}

template<QString (*field)(const UserAgent &)>
Value agentField(Runtime &runtime, Args args)
{
    const UserAgent *ua = agentArg(runtime, args);
    return ua != nullptr ? Value(field(*ua)) : Value();
}

QString osName(const UserAgent &ua)
{
    return ua.osName;
}
QString osVersion(const UserAgent &ua)
{
    return ua.osVersion;
}
QString osVersionMajor(const UserAgent &ua)
{
    return ua.osName + QLatin1Char(' ') + majorVersion(ua.osVersion);
}
QString osNameVersion(const UserAgent &ua)
{
    return ua.osName + QLatin1Char(' ') + ua.osVersion;
}
QString agentName(const UserAgent &ua)
{
    return ua.agentName;
}
QString agentVersion(const UserAgent &ua)
{
    return ua.agentVersion;
}
QString agentVersionMajor(const UserAgent &ua)
{
    return ua.agentName + QLatin1Char(' ') + majorVersion(ua.agentVersion);
}
QString deviceClass(const UserAgent &ua)
{
    return ua.deviceClass;
}

void add(FunctionRegistry &registry, const char *name, const char *syntax, const char *description,
         const char *result, NativeFunction run)
{
    static std::deque<std::string> examples;
    registry.add(
        {.name = name,
         .category = kCategory,
         .syntax = syntax,
         .description = description,
         .returns = "java.lang.String",
         .example =
             examples.emplace_back(std::string(name) + "(\"" + kExampleAgent + "\")").c_str(),
         .result = result,
         .params = {{"USER_AGENT", "java.lang.String", "A User-Agent header."}},
         .minArgs = 1,
         .maxArgs = 1,
         .run = run});
}

} // namespace

void registerUserAgentFunctions(FunctionRegistry &registry)
{
    add(registry, "ua_os_name", "ua_os_name(USER_AGENT)", "The operating system's name.", "\"iOS\"",
        &agentField<&osName>);
    add(registry, "ua_os_version_major", "ua_os_version_major(USER_AGENT)",
        "The operating system's name and major version.", "\"iOS 5\"",
        &agentField<&osVersionMajor>);
    add(registry, "ua_os_version", "ua_os_version(USER_AGENT)", "The operating system's version.",
        "\"5.1.1\"", &agentField<&osVersion>);
    add(registry, "ua_os_name_version", "ua_os_name_version(USER_AGENT)",
        "The operating system's name and version.", "\"iOS 5.1.1\"", &agentField<&osNameVersion>);
    add(registry, "ua_agent_version", "ua_agent_version(USER_AGENT)", "The browser's version.",
        "\"5.1\"", &agentField<&agentVersion>);
    add(registry, "ua_agent_version_major", "ua_agent_version_major(USER_AGENT)",
        "The browser's name and major version.", "\"Safari 5\"", &agentField<&agentVersionMajor>);
    add(registry, "ua_agent_name", "ua_agent_name(USER_AGENT)", "The browser's name.", "\"Safari\"",
        &agentField<&agentName>);
    add(registry, "ua_device_class", "ua_device_class(USER_AGENT)",
        "The device class: Desktop, Phone, Tablet, Watch, TV, Game Console, Robot, Hacker, "
        "Unknown, ...",
        "\"Phone\"", &agentField<&deviceClass>);
}

} // namespace core::expr
