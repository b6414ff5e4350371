// SPDX-License-Identifier: Apache-2.0
#include "exporters/model_yaml/field_reader.h"

#include <algorithm>

namespace topograph::model_yaml {

FieldReader::FieldReader(const ReadContext& context, const YAML::Node& mapping, std::string path,
                         ValueMarks& marks)
    : context_(context), path_(std::move(path)), marks_(marks) {
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        if (!it->first.IsScalar()) {
            context_.fail(it->first.Mark(),
                          "a key must be a single word, not " + describeNode(it->first));
        }
        const std::string& key = it->first.Scalar();
        const auto same = std::find_if(entries_.begin(), entries_.end(),
                                       [&](const Entry& entry) { return entry.key == key; });
        if (same != entries_.end()) {
            context_.fail(it->first.Mark(),
                          "the key '" + key + "' appears twice here (first on line " +
                              std::to_string(lineOf(same->keyNode.Mark())) + "); keep one");
        }
        entries_.push_back({key, it->first, it->second});
    }
}

const YAML::Node* FieldReader::find(std::string_view key) {
    if (std::find(known_.begin(), known_.end(), key) == known_.end()) {
        known_.emplace_back(key);
    }
    for (const Entry& entry : entries_) {
        if (entry.key == key) {
            return &entry.value;
        }
    }
    return nullptr;
}

YAML::Mark FieldReader::keyMark(std::string_view key) const {
    for (const Entry& entry : entries_) {
        if (entry.key == key) {
            return entry.keyNode.Mark();
        }
    }
    return YAML::Mark::null_mark();
}

void FieldReader::rejectUnknownKeys(const std::string& what) const {
    std::vector<std::string_view> candidates(known_.begin(), known_.end());
    for (const Entry& entry : entries_) {
        if (std::find(known_.begin(), known_.end(), entry.key) != known_.end()) {
            continue;
        }
        std::string valid;
        for (const std::string& key : known_) {
            valid += (valid.empty() ? "" : ", ") + key;
        }
        context_.fail(entry.keyNode.Mark(), "'" + entry.key + "' is not a field of " + what +
                                                didYouMean(entry.key, candidates) +
                                                "; the fields are: " + valid);
    }
}

std::string FieldReader::scalarText(std::string_view key, const YAML::Node& node) const {
    if (node.IsNull()) {
        return {};
    }
    if (!node.IsScalar()) {
        context_.fail(node.Mark(), "'" + std::string(key) + "' expects a single value, but " +
                                       describeNode(node) + " is written here; write `" +
                                       std::string(key) + ": value`");
    }
    return node.Scalar();
}

void FieldReader::remember(const std::string& path, const YAML::Node& node, std::string_view key) {
    // A null value has no useful position of its own (yaml-cpp gives the next line's).
    marks_[path] = node.IsNull() ? keyMark(key) : node.Mark();
}

void FieldReader::text(std::string_view key, std::string& value, std::string_view defaultValue) {
    value = std::string(defaultValue);
    if (const YAML::Node* node = find(key)) {
        value = scalarText(key, *node);
        remember(path_ + std::string(key), *node, key);
    }
}

void FieldReader::optionalText(std::string_view key, std::optional<std::string>& value) {
    value.reset();
    if (const YAML::Node* node = find(key); node != nullptr && !node->IsNull()) {
        value = scalarText(key, *node);
        remember(path_ + std::string(key), *node, key);
    }
}

void FieldReader::flag(std::string_view key, bool& value, bool defaultValue) {
    value = defaultValue;
    const YAML::Node* node = find(key);
    if (node == nullptr || node->IsNull()) {
        return;
    }
    const std::string text = scalarText(key, *node);
    if (text == "true" || text == "True" || text == "TRUE") {
        value = true;
    } else if (text == "false" || text == "False" || text == "FALSE") {
        value = false;
    } else {
        context_.fail(node->Mark(),
                      "'" + std::string(key) + "' must be true or false, not '" + text + "'");
    }
}

void FieldReader::optionalNumber(std::string_view key, std::optional<int>& value) {
    value.reset();
    if (const YAML::Node* node = find(key); node != nullptr && !node->IsNull()) {
        value = parseNumber<int>(key, *node);
    }
}

void FieldReader::real(std::string_view key, double& value) {
    value = 0;
    const YAML::Node* node = find(key);
    if (node == nullptr || node->IsNull()) {
        return;
    }
    const std::string text = scalarText(key, *node);
    const char* end = text.data() + text.size();
    const auto [rest, error] = std::from_chars(text.data(), end, value);
    if (text.empty() || error != std::errc{} || rest != end) {
        context_.fail(node->Mark(), "'" + std::string(key) +
                                        "' must be a number such as 120 or 40.5, not '" + text +
                                        "'");
    }
}

void FieldReader::textList(std::string_view key, std::vector<std::string>& values) {
    values.clear();
    const YAML::Node* node = find(key);
    if (node == nullptr || node->IsNull()) {
        return;
    }
    if (!node->IsSequence()) {
        context_.fail(node->Mark(), "'" + std::string(key) +
                                        "' must be a list such as [a, b], not " +
                                        describeNode(*node));
    }
    for (std::size_t i = 0; i < node->size(); ++i) {
        const YAML::Node item = (*node)[i];
        values.push_back(scalarText(key, item));
        remember(path_ + std::string(key) + "[" + std::to_string(i) + "]", item, key);
    }
}

void FieldReader::numberList(std::string_view key, std::vector<int>& values) {
    values.clear();
    const YAML::Node* node = find(key);
    if (node == nullptr || node->IsNull()) {
        return;
    }
    if (!node->IsSequence()) {
        context_.fail(node->Mark(), "'" + std::string(key) +
                                        "' must be a list of numbers such as [80, 443], not " +
                                        describeNode(*node));
    }
    for (const YAML::Node& item : *node) {
        values.push_back(parseNumber<int>(key, item));
    }
}

void FieldReader::protocol(std::string_view key, IpProtocol& value) {
    value = IpProtocol{};
    const YAML::Node* node = find(key);
    if (node == nullptr || node->IsNull()) {
        return;
    }
    const std::string text = scalarText(key, *node);
    const auto parsed = parseIpProtocol(text);
    if (!parsed) {
        static constexpr std::string_view protocols[] = {"tcp", "udp", "icmp", "icmpv6", "all"};
        context_.fail(node->Mark(), "'" + std::string(key) + "' cannot be '" + text + "'" +
                                        didYouMean(text, protocols) +
                                        "; use tcp, udp, icmp, icmpv6, all or a protocol "
                                        "number from 0 to 255");
    }
    value = *parsed;
}

void FieldReader::ports(std::string_view key, std::optional<PortRange>& value) {
    value.reset();
    const YAML::Node* node = find(key);
    if (node == nullptr || node->IsNull()) {
        return;
    }
    const std::string text = scalarText(key, *node);
    const auto parsePort = [&](std::string_view part, int& port) {
        // "1024 - 65535" is as clear as "1024-65535".
        while (!part.empty() && part.front() == ' ') {
            part.remove_prefix(1);
        }
        while (!part.empty() && part.back() == ' ') {
            part.remove_suffix(1);
        }
        const char* end = part.data() + part.size();
        const auto [rest, error] = std::from_chars(part.data(), end, port);
        return !part.empty() && error == std::errc{} && rest == end && port >= 0;
    };
    PortRange range;
    const auto dash = text.find('-');
    const bool ok = dash == std::string::npos
                        ? parsePort(text, range.from) && parsePort(text, range.to)
                        : parsePort(std::string_view(text).substr(0, dash), range.from) &&
                              parsePort(std::string_view(text).substr(dash + 1), range.to);
    if (!ok) {
        context_.fail(node->Mark(), "'" + std::string(key) +
                                        "' must be a port number such as 443 "
                                        "or a range such as 1024-65535, not '" +
                                        text + "'; leave it out for every port");
    }
    value = range;
}

} // namespace topograph::model_yaml
