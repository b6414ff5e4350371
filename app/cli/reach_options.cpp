// SPDX-License-Identifier: Apache-2.0
#include "app/cli/reach_options.h"

#include <algorithm>
#include <cctype>

namespace topograph::cli {

namespace {

// Decimal digits only (no sign, no spaces), at most 5 of them, at most 65535.
std::optional<int> portNumber(const std::string& text) {
    if (text.empty() || text.size() > 5 ||
        !std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); })) {
        return std::nullopt;
    }
    const int value = std::stoi(text);
    return value <= 65535 ? std::optional<int>(value) : std::nullopt;
}

} // namespace

std::optional<IpProtocol> parseProtocolOption(const std::string& text, std::string& error) {
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "tcp") {
        return IpProtocol{IpProtocol::Tcp};
    }
    if (lower == "udp") {
        return IpProtocol{IpProtocol::Udp};
    }
    if (lower == "icmp") {
        return IpProtocol{IpProtocol::Icmp};
    }
    if (lower == "all") {
        return IpProtocol{IpProtocol::All};
    }
    error = "--protocol must be tcp, udp, icmp or all, not '" + text + "'";
    return std::nullopt;
}

std::optional<int> parsePortOption(const std::string& text, std::string& error) {
    if (const auto port = portNumber(text)) {
        return port;
    }
    error = "--port must be a port number from 0 to 65535, not '" + text + "'";
    return std::nullopt;
}

std::optional<PortRange> parseEphemeralOption(const std::string& text, std::string& error) {
    const std::size_t dash = text.find('-');
    const auto low = portNumber(text.substr(0, dash));
    const auto high = dash == std::string::npos ? low : portNumber(text.substr(dash + 1));
    if (low && high && *low <= *high) {
        return PortRange{*low, *high};
    }
    error = "--ephemeral must be LO-HI with 0 <= LO <= HI <= 65535 (for example 1024-65535), "
            "not '" +
            text + "'";
    return std::nullopt;
}

} // namespace topograph::cli
