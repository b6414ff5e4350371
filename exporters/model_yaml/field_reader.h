// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/resource_kinds.h"
#include "exporters/model_yaml/enum_words.h"
#include "exporters/model_yaml/kind_fields.h"
#include "exporters/model_yaml/read_context.h"
#include "exporters/model_yaml/spelling.h"

#include <charconv>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace topograph::model_yaml {

/// Where each value of one resource was written ("vpc", "routes[2].target", "subnets[0]"), so
/// that reference errors found after the whole file is read can still name line and column.
using ValueMarks = std::unordered_map<std::string, YAML::Mark>;

/// Reads the fields of one YAML mapping, checking each value's type. Every key a reader asks
/// for becomes known; rejectUnknownKeys() then reports any other key with a "did you mean".
class FieldReader {
public:
    /// Fails through `context` when a key is not a single value or appears twice.
    FieldReader(const ReadContext& context, const YAML::Node& mapping, std::string path,
                ValueMarks& marks);

    /// The value under `key` (and marks the key known), or nullptr when absent.
    const YAML::Node* find(std::string_view key);
    /// The mark of the key itself, for errors about its value.
    YAML::Mark keyMark(std::string_view key) const;
    /// Fails on the first key no one asked for; `what` names the mapping ("a subnet").
    void rejectUnknownKeys(const std::string& what) const;

    void text(std::string_view key, std::string& value, std::string_view defaultValue = {});
    void optionalText(std::string_view key, std::optional<std::string>& value);
    void flag(std::string_view key, bool& value, bool defaultValue);
    template <typename Integer>
    void number(std::string_view key, Integer& value, Integer defaultValue,
                Emit /*unused on reading*/ = Emit::WhenNotDefault) {
        value = defaultValue;
        if (const YAML::Node* node = find(key); node != nullptr && !node->IsNull()) {
            value = parseNumber<Integer>(key, *node);
        }
    }
    void optionalNumber(std::string_view key, std::optional<int>& value);
    void real(std::string_view key, double& value);
    void textList(std::string_view key, std::vector<std::string>& values);
    void numberList(std::string_view key, std::vector<int>& values);
    template <typename E>
    void choice(std::string_view key, E& value, E defaultValue, std::span<const EnumWord<E>> table,
                Emit /*unused on reading*/ = Emit::WhenNotDefault) {
        value = defaultValue;
        const YAML::Node* node = find(key);
        if (node == nullptr || node->IsNull()) {
            return;
        }
        const std::string word = scalarText(key, *node);
        if (const auto parsed = valueOf(table, word)) {
            value = *parsed;
            return;
        }
        if constexpr (std::is_same_v<E, PublicIpChoice>) {
            if (word == "true" || word == "false") {
                value = word == "true" ? PublicIpChoice::Yes : PublicIpChoice::No;
                return;
            }
        }
        std::vector<std::string_view> candidates;
        for (const auto& entry : table) {
            candidates.push_back(entry.word);
        }
        context_.fail(node->Mark(), "'" + std::string(key) + "' cannot be '" + word + "'" +
                                        didYouMean(word, candidates) +
                                        "; use one of: " + listOfWords(table));
    }
    void protocol(std::string_view key, IpProtocol& value);
    void ports(std::string_view key, std::optional<PortRange>& value);

    template <typename T, typename Describe>
    void objects(std::string_view key, std::vector<T>& values, Describe describeItem) {
        values.clear();
        const YAML::Node* node = find(key);
        if (node == nullptr || node->IsNull()) {
            return;
        }
        if (!node->IsSequence()) {
            context_.fail(node->Mark(), "'" + std::string(key) +
                                            "' must be a list (one '- {...}' "
                                            "line per item), not " +
                                            describeNode(*node));
        }
        for (std::size_t i = 0; i < node->size(); ++i) {
            const YAML::Node item = (*node)[i];
            const std::string itemPath = path_ + std::string(key) + "[" + std::to_string(i) + "]";
            if (!item.IsMap()) {
                context_.fail(item.Mark(), "each item of '" + std::string(key) +
                                               "' must be a mapping such as {key: value, ...}, "
                                               "not " +
                                               describeNode(item));
            }
            FieldReader itemReader(context_, item, itemPath + ".", marks_);
            T value{};
            describeItem(itemReader, value);
            itemReader.rejectUnknownKeys("an item of '" + std::string(key) + "'");
            values.push_back(std::move(value));
        }
    }

private:
    struct Entry {
        std::string key;
        YAML::Node keyNode;
        YAML::Node value;
    };

    /// The text of a single value; fails on a list or mapping.
    std::string scalarText(std::string_view key, const YAML::Node& node) const;
    void remember(const std::string& path, const YAML::Node& node, std::string_view key);

    template <typename Integer>
    Integer parseNumber(std::string_view key, const YAML::Node& node) const {
        const std::string text = scalarText(key, node);
        Integer result{};
        const char* end = text.data() + text.size();
        const auto [rest, error] = std::from_chars(text.data(), end, result);
        if (text.empty() || error != std::errc{} || rest != end) {
            context_.fail(node.Mark(),
                          "'" + std::string(key) + "' must be a whole number, not '" + text + "'");
        }
        return result;
    }

    const ReadContext& context_;
    std::string path_;
    ValueMarks& marks_;
    std::vector<Entry> entries_;
    std::vector<std::string> known_;
};

} // namespace topograph::model_yaml
