// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "UserAgent.h"

#include "core/expr/Behaviour.h"

#include <QRegularExpression>

#include <array>

namespace core::expr {

namespace {

struct Rule
{
    const char *pattern; ///< capture 1 is the version, when there is one
    const char *name;
};

QString firstMatch(const QString &text, const char *pattern)
{
    thread_local QHash<const char *, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        it = cache.insert(pattern, QRegularExpression(QLatin1String(pattern),
                                                      QRegularExpression::CaseInsensitiveOption));
    }
    const QRegularExpressionMatch match = it->match(text);
    if (!match.hasMatch()) {
        return QString();
    }
    return match.lastCapturedIndex() >= 1 ? match.captured(1) : QStringLiteral("");
}

bool contains(const QString &text, const char *pattern)
{
    return !firstMatch(text, pattern).isNull();
}

bool readRobot(const QString &text, UserAgent &ua)
{
    static const std::array<Rule, 14> robots = {{
        {"Googlebot(?:-\\w+)?/([\\d.]+)", "Googlebot"},
        {"bingbot/([\\d.]+)", "Bingbot"},
        {"YandexBot/([\\d.]+)", "YandexBot"},
        {"DuckDuckBot/([\\d.]+)", "DuckDuckBot"},
        {"Baiduspider(?:-\\w+)?/([\\d.]+)", "Baiduspider"},
        {"facebookexternalhit/([\\d.]+)", "Facebook External Hit"},
        {"Twitterbot/([\\d.]+)", "Twitterbot"},
        {"Applebot/([\\d.]+)", "Applebot"},
        {"AhrefsBot/([\\d.]+)", "AhrefsBot"},
        {"curl/([\\d.]+)", "Curl"},
        {"Wget/([\\d.]+)", "Wget"},
        {"python-requests/([\\d.]+)", "Python Requests"},
        {"Go-http-client/([\\d.]+)", "Go-http-client"},
        {"okhttp/([\\d.]+)", "OkHttp"},
    }};
    for (const Rule &rule : robots) {
        const QString version = firstMatch(text, rule.pattern);
        if (!version.isNull()) {
            ua.agentName = QLatin1String(rule.name);
            ua.agentVersion = version;
            ua.deviceClass = QStringLiteral("Robot");
            return true;
        }
    }
    if (contains(text, "(bot|crawler|spider|crawl|slurp)\\b")) {
        ua.deviceClass = QStringLiteral("Robot");
        const QString name = firstMatch(text, "([\\w-]*(?:bot|crawler|spider))");
        ua.agentName = name.isEmpty() ? QLatin1String(behaviour::kUnknownName) : name;
        return true;
    }
    return false;
}

void readOperatingSystem(const QString &text, UserAgent &ua)
{
    QString version;
    if (!(version = firstMatch(text, "(?:iPhone|CPU) OS ([\\d_]+)")).isNull() ||
        contains(text, "(iPhone|iPad|iPod)")) {
        ua.osName = QStringLiteral("iOS");
        ua.osVersion = version.replace(QLatin1Char('_'), QLatin1Char('.'));
    } else if (!(version = firstMatch(text, "Windows Phone(?: OS)? ([\\d.]+)")).isNull()) {
        ua.osName = QStringLiteral("Windows Phone");
        ua.osVersion = version;
    } else if (!(version = firstMatch(text, "Android ([\\d.]+)")).isNull() ||
               contains(text, "Android")) {
        ua.osName = QStringLiteral("Android");
        ua.osVersion = version;
    } else if (!(version = firstMatch(text, "Windows NT ([\\d.]+)")).isNull()) {
        ua.osName = QStringLiteral("Windows NT");
        ua.osVersion = version;
    } else if (!(version = firstMatch(text, "Mac OS X ([\\d_.]+)")).isNull() ||
               contains(text, "Macintosh")) {
        ua.osName = QStringLiteral("Mac OS");
        ua.osVersion = version.replace(QLatin1Char('_'), QLatin1Char('.'));
    } else if (!(version = firstMatch(text, "CrOS \\S+ ([\\d.]+)")).isNull()) {
        ua.osName = QStringLiteral("Chrome OS");
        ua.osVersion = version;
    } else if (contains(text, "(Linux|X11)")) {
        ua.osName = QStringLiteral("Linux");
    }
}

void readDeviceClass(const QString &text, UserAgent &ua)
{
    static const std::array<Rule, 12> devices = {{
        {"(Watch|Wear OS|watchOS)", "Watch"},
        {"(Oculus|Quest|Pico VR)", "Virtual Reality"},
        {"(Nintendo 3DS|PlayStation Vita|PSP)", "Handheld Game Console"},
        {"(PlayStation|Xbox|Nintendo)", "Game Console"},
        {"(AppleTV|CrKey|Roku)", "Set-top box"},
        {"(SmartTV|SMART-TV|Tizen.*TV|Web0S|webOS.*TV|HbbTV|AFT\\w)", "TV"},
        {"(Kindle/|Kobo)", "eReader"},
        {"(iPad|Tablet|KF[A-Z]{2,4}\\b)", "Tablet"},
        {"(iPhone|iPod|Windows Phone|BlackBerry)", "Phone"},
        {"Android.*Mobile", "Phone"},
        {"Android", "Tablet"},
        {"(Mobile)", "Mobile"},
    }};
    for (const Rule &rule : devices) {
        if (contains(text, rule.pattern)) {
            ua.deviceClass = QLatin1String(rule.name);
            return;
        }
    }
    if (ua.osName == QLatin1String("Windows NT") || ua.osName == QLatin1String("Mac OS") ||
        ua.osName == QLatin1String("Linux") || ua.osName == QLatin1String("Chrome OS")) {
        ua.deviceClass = QStringLiteral("Desktop");
    }
}

void readAgent(const QString &text, UserAgent &ua)
{
    // Order matters: browsers built on Chrome also send "Chrome/" and "Safari/".
    static const std::array<Rule, 13> agents = {{
        {"Edg(?:e|A|iOS)?/([\\d.]+)", "Edge"},
        {"OPR/([\\d.]+)", "Opera"},
        {"Opera/.*Version/([\\d.]+)", "Opera"},
        {"SamsungBrowser/([\\d.]+)", "Samsung Internet"},
        {"YaBrowser/([\\d.]+)", "Yandex Browser"},
        {"UCBrowser/([\\d.]+)", "UC Browser"},
        {"(?:Firefox|FxiOS)/([\\d.]+)", "Firefox"},
        {"MSIE ([\\d.]+)", "Internet Explorer"},
        {"Trident/.*rv:([\\d.]+)", "Internet Explorer"},
        {"; wv\\).*Chrome/([\\d.]+)", "Chrome Webview"},
        {"(?:Chrome|CriOS)/([\\d.]+)", "Chrome"},
        {"Version/([\\d.]+).*Safari/", "Safari"},
        {"Safari/([\\d.]+)", "Safari"},
    }};
    for (const Rule &rule : agents) {
        const QString version = firstMatch(text, rule.pattern);
        if (!version.isNull()) {
            ua.agentName = QLatin1String(rule.name);
            ua.agentVersion = version;
            return;
        }
    }
    static const QRegularExpression product(QStringLiteral("^([A-Za-z][\\w.-]*)/([\\w.]+)"));
    const QRegularExpressionMatch match = product.match(text);
    if (match.hasMatch() && match.captured(1) != QLatin1String("Mozilla")) {
        ua.agentName = match.captured(1);
        ua.agentVersion = match.captured(2);
    }
}

} // namespace

UserAgent UserAgent::parse(const QString &text)
{
    UserAgent ua;
    const QString trimmed = text.trimmed();
    if (contains(trimmed, "(<script|javascript:|\\$\\{jndi:|' *or +'?1'? *= *'?1|union +select)")) {
        ua.deviceClass = QStringLiteral("Hacker");
    } else if (!trimmed.isEmpty() && trimmed != QLatin1String("-") && !readRobot(trimmed, ua)) {
        readOperatingSystem(trimmed, ua);
        readDeviceClass(trimmed, ua);
        readAgent(trimmed, ua);
    }
    const auto orUnknown = [](QString &field, const char *fallback) {
        if (field.isEmpty()) {
            field = QLatin1String(fallback);
        }
    };
    orUnknown(ua.agentName, behaviour::kUnknownName);
    orUnknown(ua.agentVersion, behaviour::kUnknownVersion);
    orUnknown(ua.osName, behaviour::kUnknownName);
    orUnknown(ua.osVersion, behaviour::kUnknownVersion);
    orUnknown(ua.deviceClass, behaviour::kUnknownName);
    return ua;
}

QString majorVersion(const QString &version)
{
    const qsizetype dot = version.indexOf(QLatin1Char('.'));
    return dot < 0 ? version : version.left(dot);
}

} // namespace core::expr
