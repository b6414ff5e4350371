// SPDX-License-Identifier: Apache-2.0
#include "app/inspector/security_group_rules_model.h"

#include "app/inspector/cidr_problem.h"
#include "app/inspector/rule_fields.h"
#include "core/model/references.h"

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

} // namespace

SecurityGroupRulesModel::SecurityGroupRulesModel(QObject* parent) : ResourceRulesModel(parent) {}

bool SecurityGroupRulesModel::readRows(const Resource* resource) {
    rows_.clear();
    const SecurityGroup* group = resource != nullptr ? resource->as<SecurityGroup>() : nullptr;
    if (group == nullptr) {
        return false;
    }
    for (std::size_t i = 0; i < group->ingress.size(); ++i) {
        rows_.push_back({false, i, group->ingress[i]});
    }
    for (std::size_t i = 0; i < group->egress.size(); ++i) {
        rows_.push_back({true, i, group->egress[i]});
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
            {HasPortsRole, "hasPorts"}};
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
        const std::string peer = text.toStdString();
        const Resource* named = controller()->document().find(peer);
        if (named != nullptr && named->as<SecurityGroup>() != nullptr) {
            rule.peerKind = SgPeerKind::SecurityGroup;
        } else if (text.startsWith(QLatin1String("pl-"))) {
            rule.peerKind = SgPeerKind::PrefixList;
        } else if (text.startsWith(QLatin1String("sg-")) && isOutsideReference(peer)) {
            rule.peerKind = SgPeerKind::SecurityGroup;
        } else if (text.contains(QLatin1Char('/')) || text.contains(QLatin1Char('.')) ||
                   text.contains(QLatin1Char(':'))) {
            const std::string problem = cidrProblem(peer, CidrUse::RuleBlock);
            if (!problem.empty()) {
                return QString::fromStdString(problem);
            }
            rule.peerKind = SgPeerKind::Cidr;
        } else {
            return tr("\"%1\" is neither a CIDR block nor the id of a security group in this "
                      "model: write a block such as 10.0.0.0/16 or a group's id.")
                .arg(text);
        }
        rule.peer = peer;
    } else if (field == QLatin1String("description")) {
        rule.description = value.toString().toStdString();
    } else {
        return tr("A security group rule has no field \"%1\".").arg(field);
    }
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
