// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace topograph {

/// The words of a text for matching typed filters: runs of letters and digits, lower-cased, so
/// that "App server A", "app-instance-a" and "EC2 instance" split alike.
QStringList matchWords(const QString& text);

/// True when every typed word starts a different word of `haystack` (both from matchWords()),
/// in any order: "app a" matches "App server A" but not "App subnet B", whose only word
/// starting with "a" is already taken by "app". No typed words match everything.
bool matchesEveryWord(const QStringList& typed, const QStringList& haystack);

} // namespace topograph
