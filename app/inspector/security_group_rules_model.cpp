// SPDX-License-Identifier: Apache-2.0
#include "app/inspector/security_group_rules_model.h"

#include "app/inspector/cidr_problem.h"
#include "app/inspector/rule_fields.h"
#include "core/model/references.h"

#include <optional>
#include <QStringList>
#include <unordered_map>

namespace topograph {

namespace {

std::vector<SecurityGroupRule>& listOf(SecurityGroup& group, bool egress) {
    return egress ? group.egress : group.ingress;
}

QString peerKindWord(SgPeerKind kind) {
    switch (kind) {
    case SgPeerKind::Cidr:
        return QStringLiteral("cidr");
    case SgPeerKind::SecurityGroup:
        return QStringLiteral("security-group");
    case SgPeerKind::PrefixList:
        return QStringLiteral("prefix-list");
    }
    return {};
}

/// The name a security group is shown by: its label, with its id when another group shares it.
class GroupNames {
public:
    explicit GroupNames(const Document& document) : document_(document) {
        for (const Resource& resource : document.resources()) {
            if (resource.as<SecurityGroup>() != nullptr) {
                byName_.emplace(resource.label(), resource.id);
            }
        }
    }

    /// "Web security group"; "Web (sg-2)" when names collide; "sg-9 (missing)" when the model
    /// has no such group; an id from outside the model (an imported template's) as written.
    QString shown(const std::string& id) const {
        const Resource* group = document_.find(id);
        if (group == nullptr || group->as<SecurityGroup>() == nullptr) {
            return isOutsideReference(id) ? QString::fromStdString(id)
                                          : SecurityGroupRulesModel::tr("%1 (missing)")
                                                .arg(QString::fromStdString(id));
        }
        const std::string name = group->label();
        if (name == id || byName_.count(name) == 1) {
            return QString::fromStdString(name);
        }
        return QStringLiteral("%1 (%2)").arg(QString::fromStdString(name),
                                             QString::fromStdString(id));
    }

    /// The ids of the groups named `name`, in file order.
    std::vector<ResourceId> named(const std::string& name) const {
        std::vector<ResourceId> ids;
        const auto [first, last] = byName_.equal_range(name);
        for (auto it = first; it != last; ++it) {
            ids.push_back(it->second);
        }
        return ids;
    }

private:
    const Document& document_;
    std::unordered_multimap<std::string, ResourceId> byName_;
};

bool isGroup(const Document& document, const std::string& id) {
    const Resource* resource = document.find(id);
    return resource != nullptr && resource->as<SecurityGroup>() != nullptr;
}

/// "Web (sg-2)", as a collision is shown: the id in the brackets when it names a group.
std::optional<std::string> bracketedGroup(const Document& document, const QString& text) {
    const qsizetype open = text.lastIndexOf(QLatin1String(" ("));
    if (open < 0 || !text.endsWith(QLatin1Char(')'))) {
        return std::nullopt;
    }
    const std::string id = text.mid(open + 2, text.size() - open - 3).trimmed().toStdString();
    return isGroup(document, id) ? std::optional<std::string>(id) : std::nullopt;
}

} // namespace

SecurityGroupRulesModel::SecurityGroupRulesModel(QObject* parent) : ResourceRulesModel(parent) {}

bool SecurityGroupRulesModel::readRows(const Resource* resource) {
    rows_.clear();
    const SecurityGroup* group = resource != nullptr ? resource->as<SecurityGroup>() : nullptr;
    if (group == nullptr) {
        return false;
    }
    for (std::size_t i = 0; i < group->ingress.size(); ++i) {
        rows_.push_back({false, i, group->ingress[i], {}});
    }
    for (std::size_t i = 0; i < group->egress.size(); ++i) {
        rows_.push_back({true, i, group->egress[i], {}});
    }
    // Names are looked up once per reading, not for every cell the view asks for.
    std::optional<GroupNames> names;
    for (Row& row : rows_) {
        if (row.rule.peerKind != SgPeerKind::SecurityGroup) {
            row.peerText = QString::fromStdString(row.rule.peer);
            continue;
        }
        if (!names) {
            names.emplace(controller()->document());
        }
        row.peerText = names->shown(row.rule.peer);
    }
    return true;
}

QVariant SecurityGroupRulesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = rows_[std::size_t(index.row())];
    switch (role) {
    case DirectionRole:
        return rule_fields::directionText(row.egress);
    case ProtocolRole:
        return rule_fields::protocolText(row.rule.protocol);
    case PortsRole:
        return rule_fields::portsText(row.rule.ports);
    case PeerRole:
        return row.peerText;
    case PeerIdRole:
        return QString::fromStdString(row.rule.peer);
    case PeerKindRole:
        return peerKindWord(row.rule.peerKind);
    case DescriptionRole:
        return QString::fromStdString(row.rule.description);
    case HasPortsRole:
        return row.rule.protocol.hasPorts();
    default:
        return {};
    }
}

QHash<int, QByteArray> SecurityGroupRulesModel::roleNames() const {
    return {{DirectionRole, "direction"}, {ProtocolRole, "protocol"},
            {PortsRole, "ports"},         {PeerRole, "peer"},
            {PeerKindRole, "peerKind"},   {DescriptionRole, "description"},
            {HasPortsRole, "hasPorts"},   {PeerIdRole, "peerId"}};
}

QString SecurityGroupRulesModel::editField(Resource& copy, int row, const QString& field,
                                           const QVariant& value) {
    SecurityGroup& group = *copy.as<SecurityGroup>();
    const Row& shown = rows_[std::size_t(row)];
    auto& list = listOf(group, shown.egress);
    SecurityGroupRule& rule = list[shown.index];
    const QString text = value.toString().trimmed();
    if (field == QLatin1String("direction")) {
        const auto egress = rule_fields::parseEgress(text);
        if (const auto* refusal = std::get_if<QString>(&egress)) {
            return *refusal;
        }
        if (std::get<bool>(egress) != shown.egress) {
            SecurityGroupRule moved = rule;
            list.erase(list.begin() + static_cast<std::ptrdiff_t>(shown.index));
            listOf(group, !shown.egress).push_back(std::move(moved));
        }
    } else if (field == QLatin1String("protocol")) {
        const auto protocol = rule_fields::parseProtocol(text);
        if (const auto* refusal = std::get_if<QString>(&protocol)) {
            return *refusal;
        }
        rule.protocol = std::get<IpProtocol>(protocol);
        rule.ports = rule_fields::portsFor(rule.protocol, rule.ports);
    } else if (field == QLatin1String("ports")) {
        const auto ports = rule_fields::parsePorts(text);
        if (const auto* refusal = std::get_if<QString>(&ports)) {
            return *refusal;
        }
        const auto& range = std::get<std::optional<PortRange>>(ports);
        if (range && !rule.protocol.hasPorts()) {
            return tr("Ports apply to tcp and udp only; this rule's protocol is %1.")
                .arg(rule_fields::protocolText(rule.protocol));
        }
        rule.ports = range;
    } else if (field == QLatin1String("peer")) {
        if (QString refusal = readPeer(text, rule); !refusal.isEmpty()) {
            return refusal;
        }
    } else if (field == QLatin1String("description")) {
        rule.description = value.toString().toStdString();
    } else {
        return tr("A security group rule has no field \"%1\".").arg(field);
    }
    return {};
}

QString SecurityGroupRulesModel::readPeer(const QString& text, SecurityGroupRule& rule) const {
    const Document& document = controller()->document();
    const std::string typed = text.toStdString();
    const auto toGroup = [&](const std::string& id) {
        rule.peerKind = SgPeerKind::SecurityGroup;
        rule.peer = id;
        return QString();
    };
    // A group's id first (ids are unique), then its name, then the "Name (id)" a collision
    // shows.
    if (isGroup(document, typed)) {
        return toGroup(typed);
    }
    const GroupNames names(document);
    if (const std::vector<ResourceId> ids = names.named(typed); ids.size() == 1) {
        return toGroup(ids.front());
    } else if (ids.size() > 1) {
        QStringList listed;
        for (const ResourceId& id : ids) {
            listed.append(QString::fromStdString(id));
        }
        return tr("%1 security groups are named \"%2\" (%3): write the id of the one you mean.")
            .arg(ids.size())
            .arg(text, listed.join(QStringLiteral(", ")));
    }
    if (const std::optional<std::string> id = bracketedGroup(document, text)) {
        return toGroup(*id);
    }
    if (text.startsWith(QLatin1String("pl-"))) {
        rule.peerKind = SgPeerKind::PrefixList;
    } else if (text.startsWith(QLatin1String("sg-")) && isOutsideReference(typed)) {
        rule.peerKind = SgPeerKind::SecurityGroup;
    } else if (text.contains(QLatin1Char('/')) || text.contains(QLatin1Char('.')) ||
               text.contains(QLatin1Char(':'))) {
        const std::string problem = cidrProblem(typed, CidrUse::RuleBlock);
        if (!problem.empty()) {
            return QString::fromStdString(problem);
        }
        rule.peerKind = SgPeerKind::Cidr;
    } else {
        return tr("\"%1\" is neither a CIDR block nor the name or id of a security group in "
                  "this model: write a block such as 10.0.0.0/16, or a group's name or id.")
            .arg(text);
    }
    rule.peer = typed;
    return {};
}

QString SecurityGroupRulesModel::addRow(Resource& copy) {
    // HTTPS from members of the same group: a common rule that opens nothing to the outside.
    SecurityGroupRule rule;
    rule.protocol = IpProtocol{IpProtocol::Tcp};
    rule.ports = PortRange{443, 443};
    rule.peerKind = SgPeerKind::SecurityGroup;
    rule.peer = copy.id;
    rule.description = tr("New rule").toStdString();
    copy.as<SecurityGroup>()->ingress.push_back(std::move(rule));
    return {};
}

QString SecurityGroupRulesModel::removeRow(Resource& copy, int row) {
    const Row& shown = rows_[std::size_t(row)];
    auto& list = listOf(*copy.as<SecurityGroup>(), shown.egress);
    list.erase(list.begin() + static_cast<std::ptrdiff_t>(shown.index));
    return {};
}

QString SecurityGroupRulesModel::ruleName(int row) const {
    const Row& shown = rows_[std::size_t(row)];
    const QString ports = rule_fields::portsText(shown.rule.ports);
    return tr("%1 %2%3 rule")
        .arg(rule_fields::directionText(shown.egress),
             rule_fields::protocolText(shown.rule.protocol),
             ports.isEmpty() ? QString() : QStringLiteral(" ") + ports);
}

QString SecurityGroupRulesModel::editText(int row) const {
    return tr("Edit %1 of %2").arg(ruleName(row), title());
}

QString SecurityGroupRulesModel::addText() const {
    return tr("Add a rule to %1").arg(title());
}

QString SecurityGroupRulesModel::removeText(int row) const {
    return tr("Remove %1 from %2").arg(ruleName(row), title());
}

} // namespace topograph
