// SPDX-License-Identifier: Apache-2.0
// Reading and writing the cells of the inspector's rule tables (ports, protocols, directions),
// with the sentence to show when a typed value is refused.
#pragma once

#include "core/model/values.h"

#include <optional>
#include <QString>
#include <variant>

namespace topograph::rule_fields {

/// A parsed cell value, or the sentence that says why the text was refused.
template <typename T> using Parsed = std::variant<T, QString>;

/// "443", "1024-65535"; "" for every port (an absent range).
QString portsText(const std::optional<PortRange>& ports);
/// Accepts "443", "1024-65535", "1024 - 65535", and "", "all" or "any" for every port.
Parsed<std::optional<PortRange>> parsePorts(const QString& text);

QString protocolText(IpProtocol protocol);
/// "tcp", "udp", "icmp", "icmpv6", "all" or a number 0-255.
Parsed<IpProtocol> parseProtocol(const QString& text);

/// "inbound" / "outbound".
QString directionText(bool egress);
Parsed<bool> parseEgress(const QString& text);

/// Ports only mean something for tcp and udp: the ports to keep after a protocol change.
std::optional<PortRange> portsFor(IpProtocol protocol, const std::optional<PortRange>& ports);

} // namespace topograph::rule_fields
