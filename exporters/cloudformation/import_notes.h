// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/check/finding.h"

#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace topograph::cfn {

/// Collects import notes in the order they are found, each one once.
class NoteSink {
public:
    void add(Severity severity, std::string code, std::vector<std::string> resources,
             std::string message, std::string fix = {});
    void info(std::string code, std::vector<std::string> resources, std::string message,
              std::string fix = {}) {
        add(Severity::Info, std::move(code), std::move(resources), std::move(message),
            std::move(fix));
    }
    void warning(std::string code, std::vector<std::string> resources, std::string message,
                 std::string fix = {}) {
        add(Severity::Warning, std::move(code), std::move(resources), std::move(message),
            std::move(fix));
    }

    const std::vector<Finding>& notes() const { return notes_; }
    std::vector<Finding> take() { return std::move(notes_); }

private:
    std::vector<Finding> notes_;
    std::set<std::tuple<std::string, std::vector<std::string>, std::string>> seen_;
};

} // namespace topograph::cfn
