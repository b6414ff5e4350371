// SPDX-License-Identifier: Apache-2.0
// readModel: YAML text -> Document, with every problem reported as a ModelLoadError that names
// file, line and column. Reading happens in two passes: the resources one by one (types, kinds,
// keys, ids), then every reference against the complete set of ids.
#include "core/model/references.h"
#include "exporters/io/atomic_file.h"
#include "exporters/model_yaml/field_reader.h"
#include "exporters/model_yaml/kind_fields.h"
#include "exporters/model_yaml/model_file.h"
#include "exporters/model_yaml/read_context.h"
#include "exporters/model_yaml/spelling.h"
#include "exporters/model_yaml/text_check.h"
#include "exporters/model_yaml/yaml_document.h"
#include "exporters/model_yaml/yaml_tree.h"

#include <algorithm>
#include <cstdio>
#include <unordered_map>
#include <utility>

namespace topograph {

namespace {

using model_yaml::describeNode;
using model_yaml::FieldReader;
using model_yaml::ReadContext;
using model_yaml::ValueMarks;

const std::string supportedVersions =
    "this build reads format version " + std::to_string(Document::currentFormatVersion);

template <std::size_t... I>
ResourceProperties defaultPropertiesOf(std::size_t index, std::index_sequence<I...>) {
    ResourceProperties result;
    // Emplaces the alternative whose position is `index`; the fold stops at the first match.
    static_cast<void>(((index == I ? (result.emplace<I>(), true) : false) || ...));
    return result;
}

ResourceProperties defaultProperties(ResourceKind kind) {
    return defaultPropertiesOf(static_cast<std::size_t>(kind),
                               std::make_index_sequence<resourceKindCount>{});
}

std::vector<std::string_view> allKindNames() {
    std::vector<std::string_view> names;
    for (int i = 0; i < resourceKindCount; ++i) {
        names.push_back(kindName(static_cast<ResourceKind>(i)));
    }
    return names;
}

std::string joined(const std::vector<std::string_view>& words, std::string_view separator) {
    std::string result;
    for (const std::string_view word : words) {
        if (!result.empty()) {
            result += separator;
        }
        result += word;
    }
    return result;
}

/// yaml-cpp's own messages are terse ("illegal map value"); add what usually causes them.
[[noreturn]] void failSyntax(const ReadContext& context, const YAML::Exception& error) {
    const std::string_view source = context.source();
    // Find the line yaml-cpp complains about (or the one before, where a tab often hides).
    std::size_t lineStart = 0;
    for (int line = 0; line < error.mark.line && lineStart < source.size(); ++line) {
        const auto next = source.find('\n', lineStart);
        lineStart = next == std::string_view::npos ? source.size() : next + 1;
    }
    const auto lineEnd = source.find('\n', lineStart);
    const std::string_view text =
        source.substr(lineStart, lineEnd == std::string_view::npos ? std::string_view::npos
                                                                   : lineEnd - lineStart);
    const auto indentEnd = text.find_first_not_of(" \t");
    const std::string_view indent = text.substr(0, indentEnd);
    std::string message = "the YAML is malformed here (" + error.msg + ")";
    if (error.msg == YAML::ErrorMsg::END_OF_SEQ_FLOW) {
        message += ": a '[' opened earlier is not closed by a matching ']'";
    } else if (error.msg == YAML::ErrorMsg::END_OF_MAP_FLOW) {
        message += ": a '{' opened earlier is not closed by a matching '}'";
    } else if (indent.find('\t') != std::string_view::npos) {
        message += ": this line is indented with a tab; YAML indents with spaces only, so "
                   "replace the tab with spaces";
    } else {
        message += "; check the indentation (spaces only), the ':' after each key and that every "
                   "quote and bracket is closed";
    }
    context.fail(error.mark, message);
}

class ModelReader {
public:
    explicit ModelReader(const ReadContext& context) : context_(context) {}

    Document read(const YAML::Node& root) {
        if (!root.IsMap()) {
            context_.fail(root.Mark(), "a model file is a YAML mapping that starts with "
                                       "`topograph: " +
                                           std::to_string(Document::currentFormatVersion) +
                                           "`, but this file holds " + describeNode(root));
        }
        ValueMarks topMarks;
        FieldReader top(context_, root, "", topMarks);
        rejectCloudFormation(top);
        checkVersion(top, root);

        Document document;
        top.text("title", document.title);
        top.text("description", document.description);
        if (const YAML::Node* resources = top.find("resources");
            resources != nullptr && !resources->IsNull()) {
            if (!resources->IsSequence()) {
                context_.fail(resources->Mark(),
                              "'resources' must be a list with one '- id: ...' entry per "
                              "resource, not " +
                                  describeNode(*resources));
            }
            for (const YAML::Node& item : *resources) {
                readResource(item, document);
            }
        }
        if (const YAML::Node* cloudFormation = top.find("cloudFormation")) {
            document.cloudFormation = model_yaml::treeFromYaml(*cloudFormation, context_);
        }
        top.rejectUnknownKeys("a model file");
        checkReferences(document);
        return document;
    }

private:
    struct ResourcePositions {
        YAML::Mark start;
        ValueMarks values;
    };

    void rejectCloudFormation(FieldReader& top) {
        if (top.keyMark("topograph").line >= 0) {
            return;
        }
        for (const char* key : {"AWSTemplateFormatVersion", "Resources"}) {
            const YAML::Mark mark = top.keyMark(key);
            if (mark.line >= 0) {
                context_.fail(mark, "this is an AWS CloudFormation template, not a Topograph "
                                    "model; import it with `topograph-cli import FILE -o "
                                    "MODEL.yaml` or open it in Topograph, which imports it");
            }
        }
    }

    void checkVersion(FieldReader& top, const YAML::Node& root) {
        const YAML::Node* version = top.find("topograph");
        if (version == nullptr || version->IsNull()) {
            const YAML::Mark mark = version != nullptr ? top.keyMark("topograph") : root.Mark();
            context_.fail(mark, "the format version is missing: a Topograph model starts with "
                                "`topograph: " +
                                    std::to_string(Document::currentFormatVersion) + "` (" +
                                    supportedVersions + ")");
        }
        int number = 0;
        const std::string text = version->IsScalar() ? version->Scalar() : std::string();
        const auto [rest, error] = std::from_chars(text.data(), text.data() + text.size(), number);
        if (text.empty() || error != std::errc{} || rest != text.data() + text.size()) {
            context_.fail(version->Mark(), "'topograph' holds the format version, a whole number, "
                                           "not " +
                                               describeNode(*version) + "; " + supportedVersions);
        }
        if (number > Document::currentFormatVersion) {
            context_.fail(version->Mark(),
                          "this model uses format version " + std::to_string(number) +
                              ", written by a newer Topograph; " + supportedVersions +
                              " only: open it with a newer Topograph");
        }
        if (number < 1) {
            context_.fail(version->Mark(), "format version " + std::to_string(number) +
                                               " does not exist; " + supportedVersions);
        }
    }

    void readResource(const YAML::Node& item, Document& document) {
        if (!item.IsMap()) {
            context_.fail(item.Mark(), "each entry of 'resources' is a mapping with at least "
                                       "'id' and 'kind', not " +
                                           describeNode(item));
        }
        ResourcePositions positions{item.Mark(), {}};
        FieldReader fields(context_, item, "", positions.values);

        Resource resource;
        const YAML::Node* id = fields.find("id");
        if (id == nullptr || id->IsNull() || (id->IsScalar() && id->Scalar().empty())) {
            context_.fail(id != nullptr ? fields.keyMark("id") : item.Mark(),
                          "this resource has no id; add `id: some-unique-name`, the name other "
                          "resources use to refer to it");
        }
        fields.text("id", resource.id);
        if (const auto first = firstLines_.find(resource.id); first != firstLines_.end()) {
            context_.fail(id->Mark(), "the id '" + resource.id +
                                          "' is already used by the resource on line " +
                                          std::to_string(first->second) +
                                          "; ids must be unique, so rename one of them");
        }
        firstLines_.emplace(resource.id, model_yaml::lineOf(id->Mark()));

        resource.properties = defaultProperties(readKind(fields, item, resource.id));
        fields.text("name", resource.name);
        readTags(fields, resource.tags);
        fields.text("notes", resource.notes);
        readGeometry(fields, positions.values, resource.geometry);
        std::visit([&](auto& properties) { model_yaml::describe(fields, properties); },
                   resource.properties);
        if (const YAML::Node* cloudFormation = fields.find("cloudFormation")) {
            resource.cloudFormation = model_yaml::treeFromYaml(*cloudFormation, context_);
        }
        fields.rejectUnknownKeys("a resource of kind " + std::string(kindName(resource.kind())));

        positions_.push_back(std::move(positions));
        document.add(std::move(resource));
    }

    ResourceKind readKind(FieldReader& fields, const YAML::Node& item, const ResourceId& id) {
        static const std::vector<std::string_view> kinds = allKindNames();
        const YAML::Node* kind = fields.find("kind");
        if (kind == nullptr || kind->IsNull()) {
            context_.fail(kind != nullptr ? fields.keyMark("kind") : item.Mark(),
                          "resource '" + id +
                              "' has no kind; add `kind: ...` with one of: " + joined(kinds, ", "));
        }
        std::string name;
        fields.text("kind", name);
        const auto parsed = kindFromName(name);
        if (!parsed) {
            context_.fail(kind->Mark(), "unknown kind '" + name + "'" +
                                            model_yaml::didYouMean(name, kinds) +
                                            "; the kinds are: " + joined(kinds, ", "));
        }
        return *parsed;
    }

    void readTags(FieldReader& fields, std::vector<Tag>& tags) {
        const YAML::Node* node = fields.find("tags");
        if (node == nullptr || node->IsNull()) {
            return;
        }
        if (!node->IsMap()) {
            context_.fail(node->Mark(), "'tags' must be a mapping of `Key: value` lines, not " +
                                            describeNode(*node));
        }
        ValueMarks unused;
        FieldReader tagReader(context_, *node, "tags.", unused);
        for (auto it = node->begin(); it != node->end(); ++it) {
            Tag tag{it->first.Scalar(), {}};
            tagReader.text(tag.key, tag.value);
            tags.push_back(std::move(tag));
        }
    }

    void readGeometry(FieldReader& fields, ValueMarks& marks, std::optional<Geometry>& geometry) {
        const YAML::Node* node = fields.find("geometry");
        if (node == nullptr || node->IsNull()) {
            return;
        }
        if (!node->IsMap()) {
            context_.fail(node->Mark(), "'geometry' must be a mapping such as {x: 0, y: 0, width: "
                                        "200, height: 100}, not " +
                                            describeNode(*node));
        }
        FieldReader reader(context_, *node, "geometry.", marks);
        Geometry value;
        reader.real("x", value.x);
        reader.real("y", value.y);
        reader.real("width", value.width);
        reader.real("height", value.height);
        reader.rejectUnknownKeys("'geometry'");
        geometry = value;
    }

    void checkReferences(const Document& document) const {
        std::vector<std::string_view> ids;
        for (std::size_t i = 0; i < document.size(); ++i) {
            const Resource& resource = document.resources()[i];
            for (const Reference& reference : referencesOf(resource)) {
                checkReference(document, resource, reference, positions_[i], ids);
            }
        }
    }

    void checkReference(const Document& document, const Resource& resource,
                        const Reference& reference, const ResourcePositions& positions,
                        std::vector<std::string_view>& ids) const {
        // Placement fields are written flat on the workload.
        std::string field = reference.field;
        if (field.starts_with("placement.")) {
            field.erase(0, std::string_view("placement.").size());
        }
        const auto found = positions.values.find(field);
        const YAML::Mark mark = found != positions.values.end() ? found->second : positions.start;
        const Resource* target = document.find(reference.target);
        if (target == nullptr && isOutsideReference(reference.target)) {
            return; // names something outside the model on purpose (an import, an AWS id)
        }
        if (target == nullptr) {
            if (ids.empty()) {
                for (const Resource& each : document.resources()) {
                    ids.push_back(each.id);
                }
            }
            context_.fail(mark, "'" + field + "' of '" + resource.id + "' names '" +
                                    reference.target + "', but no resource has that id" +
                                    model_yaml::didYouMean(reference.target, ids) +
                                    "; add that resource or correct the reference");
        }
        if (reference.allowedKinds.empty()) {
            context_.fail(mark, "a route whose targetKind is local or blackhole has no target, "
                                "but this one names '" +
                                    reference.target +
                                    "'; remove 'target' or set targetKind to the kind of "
                                    "gateway it is");
        }
        if (std::find(reference.allowedKinds.begin(), reference.allowedKinds.end(),
                      target->kind()) == reference.allowedKinds.end()) {
            std::string allowed;
            for (const ResourceKind kind : reference.allowedKinds) {
                allowed +=
                    (allowed.empty() ? "" : " or ") + model_yaml::withArticle(kindName(kind));
            }
            context_.fail(mark, "'" + field + "' of '" + resource.id + "' must name " + allowed +
                                    ", but '" + reference.target + "' is " +
                                    model_yaml::withArticle(kindName(target->kind())) +
                                    "; name a resource of the right kind");
        }
    }

    const ReadContext& context_;
    std::unordered_map<ResourceId, int> firstLines_;
    std::vector<ResourcePositions> positions_;
};

} // namespace

Document readModel(std::string_view yamlText, const std::string& fileName) {
    checkYamlText(yamlText, fileName);
    const ReadContext context(yamlText, fileName);
    SingleYamlDocument parsed;
    try {
        parsed = loadSingleYamlDocument(yamlText);
    } catch (const YAML::Exception& error) {
        failSyntax(context, error);
    }
    if (parsed.hasSecondDocument) {
        context.fail(parsed.secondStart, describeSecondDocument(parsed, yamlText, "a model file"));
    }
    if (parsed.root.IsNull()) {
        context.fail(YAML::Mark(), "the file is empty; a Topograph model starts with "
                                   "`topograph: " +
                                       std::to_string(Document::currentFormatVersion) +
                                       "` followed by `resources:`");
    }
    try {
        ModelReader reader(context);
        return reader.read(parsed.root);
    } catch (const YAML::Exception& error) {
        context.fail(error.mark, "cannot read this value: " + error.msg);
    }
}

Document loadModelFile(const std::string& path) {
    std::string text;
    try {
        text = readWholeFile(path);
    } catch (const std::runtime_error& error) {
        throw ModelLoadError(LoadError{path, 0, 0,
                                       std::string(error.what()) +
                                           "; check that the file exists and "
                                           "can be read"});
    }
    return readModel(text, path);
}

} // namespace topograph
