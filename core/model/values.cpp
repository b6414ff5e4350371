// SPDX-License-Identifier: Apache-2.0
#include "core/model/values.h"

#include <charconv>

namespace topograph {

std::optional<IpProtocol> parseIpProtocol(const std::string& text) {
    if (text == "tcp") {
        return IpProtocol{IpProtocol::Tcp};
    }
    if (text == "udp") {
        return IpProtocol{IpProtocol::Udp};
    }
    if (text == "icmp") {
        return IpProtocol{IpProtocol::Icmp};
    }
    if (text == "icmpv6") {
        return IpProtocol{IpProtocol::IcmpV6};
    }
    if (text == "all" || text == "-1") {
        return IpProtocol{IpProtocol::All};
    }
    int number = 0;
    const auto* end = text.data() + text.size();
    const auto [rest, error] = std::from_chars(text.data(), end, number);
    if (error != std::errc{} || rest != end || number < 0 || number > 255) {
        return std::nullopt;
    }
    return IpProtocol{number};
}

std::string toString(IpProtocol protocol) {
    switch (protocol.number) {
    case IpProtocol::All:
        return "all";
    case IpProtocol::Tcp:
        return "tcp";
    case IpProtocol::Udp:
        return "udp";
    case IpProtocol::Icmp:
        return "icmp";
    case IpProtocol::IcmpV6:
        return "icmpv6";
    default:
        return std::to_string(protocol.number);
    }
}

} // namespace topograph
