// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: any bytes given to the CloudFormation importer either import or raise
// ModelLoadError with a position; nothing else may escape, crash, leak or hang.
#include "exporters/cloudformation/cfn_import.h"
#include "exporters/model_yaml/model_file.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const topograph::ImportResult result = topograph::importTemplate(text, "fuzz.yaml");
        (void)result;
    } catch (const topograph::ModelLoadError&) {
    }
    return 0;
}
