// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>

namespace topograph::bench {

/// Bytes currently allocated from the heap (glibc's mallinfo2), for "model in memory" figures.
std::size_t heapBytesInUse();

} // namespace topograph::bench
