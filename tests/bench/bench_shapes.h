// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "synthetic_network.h"

#include <cstdint>

namespace topograph::bench {

/// Benchmark argument 0, 1, 2 -> S, M, L.
inline NetworkShape shapeFor(std::int64_t index) {
    switch (index) {
    case 0:
        return NetworkShape::small();
    case 1:
        return NetworkShape::medium();
    default:
        return NetworkShape::large();
    }
}

} // namespace topograph::bench
