// SPDX-License-Identifier: Apache-2.0
#include "exporters/model_yaml/file_kind.h"

#include "exporters/cloudformation/json_source.h"
#include "exporters/io/utf8.h"

#include <optional>
#include <sstream>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

namespace topograph {

namespace {

/// Thrown by the probe to stop the parser as soon as the answer is known.
struct Decided {
    bool cloudFormation;
};

/// Reads the parser's events up to the first key that tells a template from a model, so a large
/// template costs the scanning of a few lines, not a second full parse. Builds no nodes.
class TopLevelKeyProbe : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override { throw Decided{false}; } // only the first document counts
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { leaf(std::nullopt); }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { leaf(std::nullopt); }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string& value) override {
        leaf(value);
    }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        open(false);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        open(true);
    }
    void OnMapEnd() override { close(); }

private:
    void open(bool isMap) {
        if (depth_ == 0 && !isMap) {
            throw Decided{false}; // a template is a mapping
        }
        if (depth_ == 1) {
            finishTopLevelNode(std::nullopt);
        }
        ++depth_;
    }
    void close() {
        --depth_;
        if (depth_ == 0) {
            throw Decided{false}; // the root mapping ended without a deciding key
        }
    }
    void leaf(const std::optional<std::string>& scalar) {
        if (depth_ == 0) {
            throw Decided{false};
        }
        if (depth_ == 1) {
            finishTopLevelNode(scalar);
        }
    }
    /// Nodes directly in the root mapping alternate key, value, key, ...
    void finishTopLevelNode(const std::optional<std::string>& scalar) {
        const bool isKey = topLevelNodes_++ % 2 == 0;
        if (!isKey || !scalar) {
            return;
        }
        if (*scalar == "topograph") {
            throw Decided{false};
        }
        if (*scalar == "Resources" || *scalar == "AWSTemplateFormatVersion") {
            throw Decided{true};
        }
    }

    int depth_ = 0;
    long topLevelNodes_ = 0;
};

} // namespace

bool looksLikeCloudFormation(std::string_view text) {
    // A JSON template is told apart by its first keys; the YAML probe would scan all of it (a
    // JSON object might be the key of a YAML mapping until its closing brace).
    if (const std::optional<bool> json = cfn::jsonLooksLikeCloudFormation(text)) {
        return *json;
    }
    // Text yaml-cpp should not see is no template; the model reader then says what is wrong.
    if (firstControlCharacter(text) || firstInvalidUtf8(text)) {
        return false;
    }
    try {
        std::istringstream stream{std::string(text)};
        YAML::Parser parser(stream);
        TopLevelKeyProbe probe;
        parser.HandleNextDocument(probe);
    } catch (const Decided& decided) {
        return decided.cloudFormation;
    } catch (const YAML::Exception&) {
        // Malformed before any deciding key: the model reader reports where.
    }
    return false;
}

} // namespace topograph
