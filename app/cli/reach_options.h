// SPDX-License-Identifier: Apache-2.0
// The values of reach's options, read strictly: a typo must never silently become a default.
#pragma once

#include "core/model/values.h"

#include <optional>
#include <string>

namespace topograph::cli {

/// "tcp", "udp", "icmp" or "all" (any letter case); else std::nullopt and a sentence in `error`.
std::optional<IpProtocol> parseProtocolOption(const std::string& text, std::string& error);

/// A port number 0-65535 written in decimal digits only; else std::nullopt and `error`.
std::optional<int> parsePortOption(const std::string& text, std::string& error);

/// "LO-HI" with 0 <= LO <= HI <= 65535, or a single port "N"; else std::nullopt and `error`.
std::optional<PortRange> parseEphemeralOption(const std::string& text, std::string& error);

} // namespace topograph::cli
