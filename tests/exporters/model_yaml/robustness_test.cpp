// SPDX-License-Identifier: Apache-2.0
// Whatever the bytes, readModel either returns a document or throws ModelLoadError with a
// position: truncated files, damaged bytes, deep nesting and alias bombs never crash it.
#include "exporters/io/atomic_file.h"
#include "exporters/model_yaml/model_file.h"

#include <gtest/gtest.h>
#include <random>

namespace topograph {
namespace {

const std::string& threeTierText() {
    static const std::string text =
        readWholeFile(std::string(TOPOGRAPH_EXAMPLES_DIR) + "/three-tier-web.yaml");
    return text;
}

/// Loads or throws ModelLoadError; any other exception fails the test.
void expectLoadsOrReportsAnError(const std::string& text, const std::string& what) {
    try {
        readModel(text, "damaged.yaml");
    } catch (const ModelLoadError& error) {
        EXPECT_EQ(error.error().file, "damaged.yaml") << what;
        EXPECT_FALSE(error.error().message.empty()) << what;
    } catch (const std::exception& error) {
        ADD_FAILURE() << what << ": unexpected " << typeid(error).name() << ": " << error.what();
    }
}

TEST(ModelRobustness, TruncatedFilesNeverCrash) {
    const std::string& text = threeTierText();
    for (std::size_t length = 0; length < text.size(); length += 13) {
        expectLoadsOrReportsAnError(text.substr(0, length),
                                    "truncated to " + std::to_string(length) + " bytes");
    }
}

TEST(ModelRobustness, DamagedBytesNeverCrash) {
    const std::string& text = threeTierText();
    const std::string replacements("-:[]{}\"'\t\n#&*!|>%@`,?\0\xff\x80", 25);
    std::mt19937 random(20261122); // fixed: the same damage every run
    for (int round = 0; round < 400; ++round) {
        std::string damaged = text;
        for (int change = 0; change < 3; ++change) {
            const std::size_t at = random() % damaged.size();
            damaged[at] = replacements[random() % replacements.size()];
        }
        expectLoadsOrReportsAnError(damaged, "damage round " + std::to_string(round));
    }
}

TEST(ModelRobustness, DeepNestingIsRefused) {
    const std::string deep =
        "topograph: 1\nresources: []\ncloudFormation: " + std::string(5000, '[') +
        std::string(5000, ']') + "\n";
    EXPECT_THROW(readModel(deep, "deep.yaml"), ModelLoadError);
    std::string nested = "topograph: 1\nresources: []\ncloudFormation: ";
    for (int i = 0; i < 300; ++i) {
        nested += "[";
    }
    nested += std::string(300, ']') + "\n";
    try {
        readModel(nested, "nested.yaml");
        FAIL() << "300 levels must be refused";
    } catch (const ModelLoadError& error) {
        EXPECT_NE(error.error().message.find("nested more than 200 levels"), std::string::npos)
            << error.what();
        EXPECT_EQ(error.error().line, 3);
    }
}

TEST(ModelRobustness, AliasBombsAreRefused) {
    std::string bomb = "topograph: 1\nresources: []\ncloudFormation:\n  a0: &a0 [x, x, x, x, x, x, "
                       "x, x, x, x]\n";
    for (int level = 1; level <= 7; ++level) {
        const std::string previous = "*a" + std::to_string(level - 1);
        bomb += "  a" + std::to_string(level) + ": &a" + std::to_string(level) + " [";
        for (int i = 0; i < 10; ++i) {
            bomb += (i == 0 ? "" : ", ") + previous;
        }
        bomb += "]\n";
    }
    try {
        readModel(bomb, "bomb.yaml");
        FAIL() << "ten million values must be refused";
    } catch (const ModelLoadError& error) {
        EXPECT_NE(error.error().message.find("aliases here expand"), std::string::npos)
            << error.what();
    }
}

} // namespace
} // namespace topograph
