// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: any bytes given to the model file reader either load or raise
// ModelLoadError with a position; nothing else may escape, crash, leak or hang. The file-kind
// probe every CLI command runs first must end on the same bytes.
#include "exporters/model_yaml/file_kind.h"
#include "exporters/model_yaml/model_file.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)topograph::looksLikeCloudFormation(text);
    try {
        const topograph::Document document = topograph::readModel(text, "fuzz.yaml");
        // A document that loads must also write and load back to itself.
        const std::string written = topograph::writeModel(document);
        if (!(topograph::readModel(written, "rewritten.yaml") == document)) {
            __builtin_trap();
        }
    } catch (const topograph::ModelLoadError&) {
    }
    return 0;
}
