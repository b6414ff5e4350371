// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace topograph {

/// Replaces the file at `path` with `contents` so that readers see the old or the new file,
/// never a mix: write a temporary file in the same folder, flush it to disk, rename it over
/// `path`. The temporary file is removed on failure. Throws std::runtime_error naming the path.
void writeFileAtomically(const std::string& path, std::string_view contents);

/// The whole file; throws std::runtime_error naming the path when it cannot be read.
std::string readWholeFile(const std::string& path);

} // namespace topograph
