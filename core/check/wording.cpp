// SPDX-License-Identifier: Apache-2.0
#include "core/check/wording.h"

#include <cctype>

namespace topograph::wording {

std::string kindInSentence(ResourceKind kind) {
    std::string label(kindLabel(kind));
    // "Subnet" becomes "subnet" mid-sentence; initialisms ("VPC", "NAT gateway", "EC2 instance")
    // keep their capitals.
    if (label.size() > 1 && std::islower(static_cast<unsigned char>(label[1])) != 0) {
        label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
    }
    return label;
}

std::string named(const Resource& resource) {
    return kindInSentence(resource.kind()) + " '" + resource.id + "'";
}

std::string kindList(const std::vector<ResourceKind>& kinds) {
    std::string text;
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        if (i > 0) {
            text += i + 1 == kinds.size() ? " or " : ", ";
        }
        text += kindInSentence(kinds[i]);
    }
    return text;
}

std::string listed(const std::vector<std::string>& items) {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            text += i + 1 == items.size() ? " and " : ", ";
        }
        text += items[i];
    }
    return text;
}

std::string quoted(const std::string& text) {
    return "\"" + text + "\"";
}

std::string capitalised(std::string text) {
    if (!text.empty()) {
        text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    }
    return text;
}

std::string withThousands(std::uint64_t number) {
    std::string digits = std::to_string(number);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) {
        digits.insert(static_cast<std::size_t>(i), ",");
    }
    return digits;
}

} // namespace topograph::wording
