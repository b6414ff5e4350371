// SPDX-License-Identifier: Apache-2.0
#include "memory_probe.h"

#include <malloc.h>

namespace topograph::bench {

std::size_t heapBytesInUse() {
    const struct mallinfo2 info = ::mallinfo2();
    return info.uordblks + info.hblkhd;
}

} // namespace topograph::bench
