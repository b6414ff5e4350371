// SPDX-License-Identifier: Apache-2.0
#include "app/cli/png_renderer.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace topograph::cli {

namespace {

namespace fs = std::filesystem;

/// topograph-render lives next to topograph-cli, in the build tree and when installed.
fs::path rendererPath() {
    std::error_code error;
    const fs::path self = fs::read_symlink("/proc/self/exe", error);
    return error ? fs::path("topograph-render") : self.parent_path() / "topograph-render";
}

/// A private temporary file for the SVG, removed when this goes out of scope.
class TemporarySvg {
public:
    explicit TemporarySvg(const std::string& text) {
        std::string pattern = (fs::temp_directory_path() / "topograph-export-XXXXXX.svg").string();
        std::vector<char> name(pattern.begin(), pattern.end());
        name.push_back('\0');
        const int fd = mkstemps(name.data(), 4);
        if (fd < 0) {
            return;
        }
        close(fd);
        path_ = name.data();
        std::ofstream out(path_, std::ios::binary);
        out << text;
        if (!out.flush()) {
            path_.clear();
        }
    }
    ~TemporarySvg() {
        if (!path_.empty()) {
            std::error_code ignored;
            fs::remove(path_, ignored);
        }
    }
    TemporarySvg(const TemporarySvg&) = delete;
    TemporarySvg& operator=(const TemporarySvg&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

} // namespace

std::optional<std::string> renderPng(const PngRequest& request) {
    const fs::path renderer = rendererPath();
    if (access(renderer.c_str(), X_OK) != 0) {
        return "PNG export needs " + renderer.string() +
               ", which is built with the desktop app (TOPOGRAPH_BUILD_GUI) and installed with "
               "the topograph package; export --format svg works without it";
    }
    const TemporarySvg svg(request.svg);
    if (svg.path().empty()) {
        return "cannot write a temporary file in " + fs::temp_directory_path().string() +
               "; set TMPDIR to a folder you may write to";
    }
    std::vector<std::string> words = {renderer.string(), svg.path(),    request.output,
                                      "--scale",         request.scale, "--background",
                                      request.background};
    std::vector<char*> argv;
    for (std::string& word : words) {
        argv.push_back(word.data());
    }
    argv.push_back(nullptr);
    pid_t child = 0;
    if (const int error =
            posix_spawn(&child, renderer.c_str(), nullptr, nullptr, argv.data(), environ);
        error != 0) {
        return "cannot start " + renderer.string() + ": " + std::strerror(error);
    }
    int status = 0;
    while (waitpid(child, &status, 0) < 0) {
        if (errno != EINTR) {
            return "lost track of " + renderer.string() + ": " + std::strerror(errno);
        }
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        // topograph-render has already said why on stderr.
        return "rendering the PNG failed (see the message above)";
    }
    return std::nullopt;
}

} // namespace topograph::cli
