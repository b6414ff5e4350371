// SPDX-License-Identifier: Apache-2.0
#include "exporters/cloudformation/source_node.h"

#include <stdexcept>

namespace topograph::cfn {

namespace {

const std::string noText;

class YamlCopier {
public:
    YamlCopier(SourceTree& tree, std::size_t maximumNodes, SourceMark* where)
        : tree_(tree), maximumNodes_(maximumNodes), where_(where) {}

    void copy(const YAML::Node& yaml, NodeData& data) {
        if (!yaml.IsDefined()) {
            return;
        }
        const YAML::Mark mark = yaml.Mark();
        data.mark = SourceMark{mark.line, mark.column, mark.pos};
        if (where_ != nullptr) {
            *where_ = data.mark; // where a limit was passed, if one is
        }
        if (++nodes_ > maximumNodes_) {
            throw std::length_error("aliases here expand to more than " +
                                    std::to_string(maximumNodes_) +
                                    " values; write the content out instead of nesting aliases");
        }
        data.tag = tree_.tagIndex(yaml.Tag());
        switch (yaml.Type()) {
        case YAML::NodeType::Null:
            data.type = NodeType::Null;
            break;
        case YAML::NodeType::Scalar:
            data.type = NodeType::Scalar;
            data.scalar = yaml.Scalar();
            break;
        case YAML::NodeType::Sequence:
            data.type = NodeType::Sequence;
            data.children.resize(yaml.size());
            {
                std::size_t i = 0;
                for (const YAML::Node& item : yaml) {
                    copy(item, data.children[i++]);
                }
            }
            break;
        case YAML::NodeType::Map:
            data.type = NodeType::Map;
            data.children.resize(2 * yaml.size());
            {
                std::size_t i = 0;
                for (const auto& entry : yaml) {
                    copy(entry.first, data.children[i++]);
                    copy(entry.second, data.children[i++]);
                }
            }
            break;
        case YAML::NodeType::Undefined:
            break;
        }
    }

private:
    SourceTree& tree_;
    std::size_t maximumNodes_;
    SourceMark* where_;
    std::size_t nodes_ = 0;
};

} // namespace

std::uint16_t SourceTree::tagIndex(const std::string& tag) {
    for (std::size_t i = 0; i < tags.size(); ++i) {
        if (tags[i] == tag) {
            return static_cast<std::uint16_t>(i);
        }
    }
    if (tags.size() >= maximumTags) {
        throw std::length_error("the text uses more than " + std::to_string(maximumTags) +
                                " different tags; CloudFormation knows some twenty (!Ref, "
                                "!Sub, ...): remove the others");
    }
    tags.push_back(tag);
    return static_cast<std::uint16_t>(tags.size() - 1);
}

std::shared_ptr<const SourceTree> copyYamlTree(const YAML::Node& yaml, std::size_t maximumNodes,
                                               SourceMark* where) {
    auto tree = std::make_shared<SourceTree>();
    YamlCopier(*tree, maximumNodes, where).copy(yaml, tree->root);
    return tree;
}

Node::Node(const YAML::Node& yaml) : Node(copyYamlTree(yaml, static_cast<std::size_t>(-1))) {}

Node Node::plainScalar(std::string text) {
    auto tree = std::make_shared<SourceTree>();
    tree->root.type = NodeType::Scalar;
    tree->root.tag = SourceTree::plainTag;
    tree->root.scalar = std::move(text);
    return Node(std::move(tree));
}

const std::string& Node::Scalar() const {
    return IsScalar() ? data_->scalar : noText;
}

const std::string& Node::Tag() const {
    return data_ != nullptr && !untagged_ ? tree_->tags[data_->tag] : noText;
}

std::size_t Node::size() const {
    switch (Type()) {
    case NodeType::Sequence:
        return data_->children.size();
    case NodeType::Map:
        return data_->children.size() / 2;
    default:
        return 0;
    }
}

Node Node::at(std::size_t child) const {
    return Node(tree_, &data_->children[child], false);
}

Node Node::operator[](int index) const {
    if (!IsSequence() || index < 0 || static_cast<std::size_t>(index) >= size()) {
        return {};
    }
    return at(static_cast<std::size_t>(index));
}

std::string Node::text() const {
    if (IsNull()) {
        return "null";
    }
    return Scalar();
}

Node Node::withoutTag() const {
    return Node(tree_, data_, true);
}

NodeIterator Node::begin() const {
    return NodeIterator(*this, 0);
}

NodeIterator Node::end() const {
    return NodeIterator(*this, IsSequence() || IsMap() ? data_->children.size() : 0);
}

NodeEntry NodeIterator::operator*() const {
    NodeEntry entry;
    if (node_.IsMap()) {
        entry.first = node_.at(child_);
        entry.second = node_.at(child_ + 1);
    } else {
        static_cast<Node&>(entry) = node_.at(child_);
    }
    return entry;
}

NodeIterator& NodeIterator::operator++() {
    child_ += node_.IsMap() ? 2 : 1;
    return *this;
}

} // namespace topograph::cfn
