// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace topograph::model_yaml {

/// The candidate closest to `word` when it is close enough to be a likely typo (a few edits,
/// ignoring case), for "did you mean X?" in error messages.
std::optional<std::string> closestMatch(std::string_view word,
                                        std::span<const std::string_view> candidates);

/// " (did you mean 'X'?)" or nothing.
std::string didYouMean(std::string_view word, std::span<const std::string_view> candidates);

} // namespace topograph::model_yaml
