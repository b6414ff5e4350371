// SPDX-License-Identifier: Apache-2.0
// `reach --matrix` output, streamed pair by pair from the core's matrix (forEachMatrixPair), so
// that 5,000 workloads (25 million pairs) never sit in memory at once.
#pragma once

#include "core/reach/reach_matrix.h"

#include <iosfwd>
#include <string>

namespace topograph::cli {

/// A table with one row per pair (FROM, TO, VERDICT with the blocking code), a heading naming
/// `source` and the traffic, a closing count, and the workloads left out because they cannot
/// be queried (no subnet or no address).
void printMatrix(const reach::NetworkIndex& index, const reach::MatrixQuery& query,
                 const std::string& source, std::ostream& out);

/// {"pairs": [{"from": ID, "to": ID, "reachable": BOOL, "code": CODE_OR_NULL}, ...]} and a
/// newline, one pair per line.
void printMatrixJson(const reach::NetworkIndex& index, const reach::MatrixQuery& query,
                     std::ostream& out);

} // namespace topograph::cli
