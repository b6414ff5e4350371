// SPDX-License-Identifier: Apache-2.0
// `--version`: the program name and the project version CMake passes in.
#include "app/cli/commands.h"

#include <ostream>

#ifndef TOPOGRAPH_VERSION
#error "TOPOGRAPH_VERSION must be defined by the build (see app/cli/CMakeLists.txt)"
#endif

namespace topograph::cli {

int runVersion(const Arguments& arguments, std::ostream& out, std::ostream& err) {
    if (!arguments.words.empty()) {
        err << programName << ": --version takes no arguments\n";
        return ExitBadInput;
    }
    out << programName << ' ' << TOPOGRAPH_VERSION << '\n';
    return ExitOk;
}

} // namespace topograph::cli
