// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace topograph {

/// Resources are identified by id everywhere: in references, in undo commands, in findings.
using ResourceId = std::string;

/// IP protocol number as AWS writes it: -1 all, 1 icmp, 6 tcp, 17 udp, 58 icmpv6; any other
/// number is kept as is.
struct IpProtocol {
    int number = -1;

    static constexpr int All = -1;
    static constexpr int Icmp = 1;
    static constexpr int Tcp = 6;
    static constexpr int Udp = 17;
    static constexpr int IcmpV6 = 58;

    bool isAll() const { return number == All; }
    bool hasPorts() const { return number == Tcp || number == Udp; }
    bool operator==(const IpProtocol&) const = default;
};

/// Accepts "tcp", "udp", "icmp", "icmpv6", "all", "-1" and protocol numbers 0-255.
std::optional<IpProtocol> parseIpProtocol(const std::string& text);
/// "tcp", "udp", "icmp", "icmpv6", "all", or the number for anything else.
std::string toString(IpProtocol protocol);

/// Inclusive port range. An absent range (std::nullopt where used) means every port.
struct PortRange {
    int from = 0;
    int to = 65535;

    bool contains(int port) const { return port >= from && port <= to; }
    bool isValid() const { return from >= 0 && to <= 65535 && from <= to; }
    bool operator==(const PortRange&) const = default;
};

enum class RuleAction : std::uint8_t { Allow, Deny };

/// Diagram geometry of one item, relative to the top-left corner of its container.
struct Geometry {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    bool operator==(const Geometry&) const = default;
};

struct Tag {
    std::string key;
    std::string value;
    bool operator==(const Tag&) const = default;
};

} // namespace topograph
