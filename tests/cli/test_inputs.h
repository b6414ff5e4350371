// SPDX-License-Identifier: Apache-2.0
// What the CLI tests run on (the bundled examples and the shared CloudFormation corpus), and
// small helpers for reading a run's result.
#pragma once

#include "cli_runner.h"

#include <string>
#include <vector>

namespace topograph::cli_tests {

/// The files of `folder` whose extension is one of `extensions` (".yaml"), sorted; empty when
/// the folder does not exist.
std::vector<std::string> filesIn(const std::string& folder,
                                 const std::vector<std::string>& extensions);

/// resources/examples/*.yaml: Topograph models.
std::vector<std::string> exampleModels();

/// ../shared/corpus/cfn/*.{yaml,json}: CloudFormation templates written by others.
std::vector<std::string> corpusTemplates();

/// The three-tier example of the validator issue.
std::string threeTierExample();

/// Exit status, stdout and stderr, for failure messages.
std::string describe(const CliResult& result);

/// True when `text` is exactly one line ending in a newline.
bool isOneLine(const std::string& text);

/// The arguments joined with spaces, for SCOPED_TRACE.
std::string joined(const std::vector<std::string>& arguments);

} // namespace topograph::cli_tests
