// SPDX-License-Identifier: Apache-2.0
// Shared by the connection tests: small networks and the checks every proposal must pass.
#pragma once

#include "core/check/validator.h"
#include "core/edit/connection.h"
#include "edit_test_support.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <string>

namespace topograph::edit_tests {

inline bool mentions(const std::vector<std::string>& sentences, const std::string& words) {
    return std::any_of(sentences.begin(), sentences.end(), [&](const std::string& sentence) {
        return sentence.find(words) != std::string::npos;
    });
}

inline std::string joined(const std::vector<std::string>& sentences) {
    std::string text;
    for (const std::string& sentence : sentences) {
        text += sentence + "\n";
    }
    return text;
}

/// Applies the proposal's edit: the result must reference only what exists, and reverting it
/// must give back the document exactly.
inline Document appliedAndRoundTripped(const Document& document,
                                       const ConnectionProposal& proposal) {
    EXPECT_TRUE(proposal.allowed) << proposal.hint;
    Document after = document;
    applyEdit(after, proposal.edit);
    EXPECT_EQ(danglingReferences(after), std::vector<std::string>{});
    Document reverted = after;
    revertEdit(reverted, proposal.edit);
    EXPECT_TRUE(reverted == document) << "reverting the connection changed the document";
    return after;
}

inline ConnectionProposal connectItems(const Document& document, const ResourceId& from,
                                       const ResourceId& to) {
    ConnectionRequest request;
    request.from = from;
    request.to = to;
    return proposeConnection(document, request);
}

inline bool hasFinding(const Document& document, const std::string& code) {
    const auto findings = validate(document);
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Finding& finding) { return finding.code == code; });
}

} // namespace topograph::edit_tests
