// SPDX-License-Identifier: Apache-2.0
// saveModelFile replaces a file whole or not at all.
#include "every_kind_document.h"
#include "exporters/io/atomic_file.h"
#include "exporters/model_yaml/model_file.h"

#include <csignal>
#include <filesystem>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>

namespace topograph {
namespace {

namespace fs = std::filesystem;

class SaveModelFileTest : public ::testing::Test {
protected:
    void SetUp() override {
        folder_ = fs::temp_directory_path() /
                  ("topograph-save-test-" + std::to_string(::getpid()) + "-" +
                   ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(folder_);
        fs::create_directories(folder_);
    }
    void TearDown() override { fs::remove_all(folder_); }

    std::vector<std::string> entries() const {
        std::vector<std::string> names;
        for (const auto& entry : fs::directory_iterator(folder_)) {
            names.push_back(entry.path().filename().string());
        }
        return names;
    }

    fs::path folder_;
};

TEST_F(SaveModelFileTest, WritesAFileThatLoadsBack) {
    const Document document = testing_support::everyKindDocument();
    const std::string path = (folder_ / "model.yaml").string();
    saveModelFile(document, path);
    EXPECT_EQ(loadModelFile(path), document);
    EXPECT_EQ(readWholeFile(path), writeModel(document));
    EXPECT_EQ(entries(), std::vector<std::string>{"model.yaml"}) << "no temporary file is left";
}

TEST_F(SaveModelFileTest, ReplacesAnExistingFileWhole) {
    const std::string path = (folder_ / "model.yaml").string();
    Document first;
    first.title = "First";
    saveModelFile(first, path);
    const Document second = testing_support::everyKindDocument();
    saveModelFile(second, path);
    EXPECT_EQ(readWholeFile(path), writeModel(second));
    EXPECT_EQ(entries(), std::vector<std::string>{"model.yaml"});
}

TEST_F(SaveModelFileTest, AFailedSaveLeavesTheOldFileUntouched) {
    // A full disk, simulated with a file size limit (which binds root too): the write of the
    // new text fails half-way, and the old model must survive intact with no debris beside it.
    const std::string path = (folder_ / "model.yaml").string();
    Document old;
    old.title = "Old";
    saveModelFile(old, path);
    const std::string before = readWholeFile(path);

    rlimit original{};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &original), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = original;
    small.rlim_cur = 256;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    bool threw = false;
    try {
        saveModelFile(testing_support::everyKindDocument(), path);
    } catch (const std::runtime_error& error) {
        threw = true;
        EXPECT_NE(std::string(error.what()).find(path), std::string::npos) << error.what();
    }
    ::setrlimit(RLIMIT_FSIZE, &original);
    std::signal(SIGXFSZ, previousHandler);

    EXPECT_TRUE(threw) << "a write past the size limit must fail";
    EXPECT_EQ(readWholeFile(path), before);
    EXPECT_EQ(entries(), std::vector<std::string>{"model.yaml"});
}

TEST_F(SaveModelFileTest, AFolderThatDoesNotExistGivesAnErrorNamingThePath) {
    const fs::path missing = folder_ / "no-such-folder";
    const std::string path = (missing / "model.yaml").string();
    try {
        saveModelFile(testing_support::everyKindDocument(), path);
        FAIL() << "saving into a missing folder must throw";
    } catch (const std::runtime_error& error) {
        EXPECT_NE(std::string(error.what()).find(path), std::string::npos) << error.what();
    }
    EXPECT_FALSE(fs::exists(missing));
    EXPECT_TRUE(entries().empty());
}

TEST_F(SaveModelFileTest, LoadingAMissingFileIsAModelLoadErrorNamingIt) {
    const std::string path = (folder_ / "absent.yaml").string();
    try {
        loadModelFile(path);
        FAIL() << "loading a missing file must throw";
    } catch (const ModelLoadError& error) {
        EXPECT_EQ(error.error().file, path);
        EXPECT_NE(error.error().message.find("No such file"), std::string::npos) << error.what();
    }
}

} // namespace
} // namespace topograph
