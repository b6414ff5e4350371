// SPDX-License-Identifier: Apache-2.0
// The traffic options that reach and export share, read into a query.
#pragma once

#include "app/cli/argument_parser.h"
#include "app/cli/commands.h"
#include "core/reach/query.h"

#include <optional>
#include <ostream>

namespace topograph::cli {

/// The traffic options --protocol, --port and --ephemeral (those given; defaults otherwise) as a
/// query without endpoints; std::nullopt after a usage error of `command` on `err`.
std::optional<reach::ReachQuery> readTrafficOptions(const ParsedArguments& parsed,
                                                    const Command& command, std::ostream& err);

} // namespace topograph::cli
