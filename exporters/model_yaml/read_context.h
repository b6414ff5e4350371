// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>
#include <yaml-cpp/yaml.h>

namespace topograph::model_yaml {

/// What every part of the reader needs to report a problem: the file's name and text, and a
/// way to turn a yaml-cpp position into a ModelLoadError.
class ReadContext {
public:
    ReadContext(std::string_view source, std::string fileName)
        : source_(source), fileName_(std::move(fileName)) {}

    /// Throws ModelLoadError at the (0-based) yaml-cpp mark; a null mark gives line 0.
    [[noreturn]] void fail(const YAML::Mark& mark, const std::string& message) const;

    std::string_view source() const { return source_; }
    const std::string& fileName() const { return fileName_; }

private:
    std::string_view source_;
    std::string fileName_;
};

/// 1-based line of a mark, 0 when unknown.
int lineOf(const YAML::Mark& mark);

/// "a vpc", "an instance".
std::string withArticle(std::string_view word);

/// "a list", "a mapping", "the single value 'x'" or "an empty value": what was found.
std::string describeNode(const YAML::Node& node);

} // namespace topograph::model_yaml
