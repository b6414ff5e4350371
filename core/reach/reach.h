// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/reach/network_index.h"
#include "core/reach/query.h"

namespace topograph::reach {

/// Answers one query on an indexed network (NETWORK_SEMANTICS.md, "Flows"). Throws
/// ReachQueryError when the query names something that cannot be a source or destination.
ReachAnswer reach(const NetworkIndex& index, const ReachQuery& query);

/// Convenience for a single question: indexes `document` and answers.
ReachAnswer reach(const Document& document, const ReachQuery& query);

} // namespace topograph::reach
