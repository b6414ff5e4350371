// SPDX-License-Identifier: Apache-2.0
#include "exporters/io/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace topograph {

namespace {

[[noreturn]] void fail(const std::string& what, const std::string& path, int error) {
    throw std::runtime_error(what + " '" + path + "': " + std::strerror(error));
}

} // namespace

void writeFileAtomically(const std::string& path, std::string_view contents) {
    const std::filesystem::path target(path);
    const std::filesystem::path folder =
        target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    std::string pattern = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
    const int descriptor = ::mkstemp(pattern.data());
    if (descriptor < 0) {
        fail("cannot create a temporary file beside", path, errno);
    }
    const auto abandon = [&](const char* what) {
        const int error = errno;
        ::close(descriptor);
        ::unlink(pattern.c_str());
        fail(what, path, error);
    };
    std::size_t written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(descriptor, contents.data() + written, contents.size() - written);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            abandon("cannot write");
        }
        written += static_cast<std::size_t>(n);
    }
    // Keep the permissions of the file being replaced, or the usual ones for a new file.
    struct stat existing {};
    const mode_t mode = ::stat(path.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : 0644;
    if (::fchmod(descriptor, mode) != 0 || ::fsync(descriptor) != 0) {
        abandon("cannot flush");
    }
    if (::close(descriptor) != 0) {
        const int error = errno;
        ::unlink(pattern.c_str());
        fail("cannot close", path, error);
    }
    if (::rename(pattern.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(pattern.c_str());
        fail("cannot replace", path, error);
    }
}

std::string readWholeFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        fail("cannot open", path, errno != 0 ? errno : ENOENT);
    }
    // One allocation of the file's size and one read: a 28 MB template took 0.3-0.8 s through a
    // string stream, which copies as it grows. Pipes and other unseekable files still stream.
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size < 0) {
        in.clear();
        std::ostringstream buffer;
        buffer << in.rdbuf();
        if (in.bad()) {
            fail("cannot read", path, errno);
        }
        return buffer.str();
    }
    in.seekg(0, std::ios::beg);
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), size);
    if (in.gcount() != size) {
        fail("cannot read", path, errno != 0 ? errno : EIO);
    }
    return text;
}

} // namespace topograph
