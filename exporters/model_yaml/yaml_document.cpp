// SPDX-License-Identifier: Apache-2.0
#include "exporters/model_yaml/yaml_document.h"

#include <algorithm>
#include <sstream>
#include <yaml-cpp/eventhandler.h>

namespace topograph {

namespace {

/// Notes where each document starts and ignores the rest: no nodes are built on this pass.
class DocumentCounter : public YAML::EventHandler {
public:
    int count() const { return count_; }
    const YAML::Mark& secondStart() const { return secondStart_; }

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (count_ == 1) {
            secondStart_ = mark;
        }
        ++count_;
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}

private:
    int count_ = 0;
    YAML::Mark secondStart_ = YAML::Mark::null_mark();
};

} // namespace

SingleYamlDocument loadSingleYamlDocument(std::string_view text) {
    const std::string owned(text);
    SingleYamlDocument result;
    {
        std::istringstream stream(owned);
        YAML::Parser parser(stream);
        DocumentCounter counter;
        while (counter.count() < 2 && parser.HandleNextDocument(counter)) {
        }
        if (counter.count() >= 2) {
            result.hasSecondDocument = true;
            result.secondStart = counter.secondStart();
            const auto offset = static_cast<std::size_t>(std::max(0, result.secondStart.pos));
            result.secondStartsWithMarker = text.substr(offset, 3) == "---";
            return result;
        }
    }
    // Exactly one document (or none): YAML::Load reads only the first, so it cannot loop.
    result.root = YAML::Load(owned);
    return result;
}

std::string describeSecondDocument(const SingleYamlDocument& document, std::string_view text,
                                   const std::string& whatHoldsOne) {
    if (document.secondStartsWithMarker) {
        return whatHoldsOne + " holds one YAML document, but a second one starts here; remove "
                              "the '---' line and what follows";
    }
    const auto offset = static_cast<std::size_t>(std::max(0, document.secondStart.pos));
    const std::string_view rest = offset < text.size() ? text.substr(offset) : std::string_view();
    std::string_view stray = rest.substr(0, std::min(rest.find_first_of("\r\n"), std::size_t{24}));
    while (!stray.empty() && (stray.back() == ' ' || stray.back() == '\t')) {
        stray.remove_suffix(1);
    }
    return "YAML cannot place '" + std::string(stray) +
           "' here: it belongs to no list or mapping above it, so the document would end "
           "before it; check the indentation and quotes, or remove it" +
           (!stray.empty() && stray.front() == ','
                ? std::string(" (a list written with commas needs [ ])")
                : std::string());
}

} // namespace topograph
