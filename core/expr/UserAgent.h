// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#pragma once

#include <QString>

namespace core::expr {

/// What a user-agent string says, in the vocabulary of Yauaa (the analyser whose fields and
/// device classes Data Prep's ua_* functions report): AgentName, AgentVersion,
/// OperatingSystemName, OperatingSystemVersion and DeviceClass.
struct UserAgent
{
    QString agentName;
    QString agentVersion;
    QString osName;
    QString osVersion;
    QString deviceClass;

    /// Rule-based reading of the common browsers, operating systems, devices and robots.
    // TODO: rules cover the mainstream agents only; exact parity with Data Prep needs Yauaa's
    // full rule set (thousands of rules), which could be ported or generated from its YAML.
    static UserAgent parse(const QString &text);
};

/// The part of a version before its first dot ("5.1.1" gives "5").
QString majorVersion(const QString &version);

} // namespace core::expr
