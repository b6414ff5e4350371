// SPDX-License-Identifier: Apache-2.0
#include "app/inspector/nacl_entries_model.h"

#include "app/inspector/cidr_problem.h"
#include "app/inspector/rule_fields.h"

#include <algorithm>
#include <numeric>

namespace topograph {

namespace {

// AWS numbers entries from 1 to 32766; 32767 is its own final deny ("*").
constexpr int lowestRuleNumber = 1;
constexpr int highestRuleNumber = 32766;

bool numberTaken(const NetworkAcl& acl, std::size_t except, bool egress, int number) {
    for (std::size_t i = 0; i < acl.entries.size(); ++i) {
        if (i != except && acl.entries[i].egress == egress && acl.entries[i].ruleNumber == number) {
            return true;
        }
    }
    return false;
}

QString takenMessage(bool egress, int number) {
    return QObject::tr("There is already an %1 rule %2: AWS allows one rule per number and "
                       "direction. Pick a free number.")
        .arg(rule_fields::directionText(egress))
        .arg(number);
}

} // namespace

NaclEntriesModel::NaclEntriesModel(QObject* parent) : ResourceRulesModel(parent) {}

bool NaclEntriesModel::readRows(const Resource* resource) {
    const NetworkAcl* acl = resource != nullptr ? resource->as<NetworkAcl>() : nullptr;
    entries_ = acl != nullptr ? acl->entries : std::vector<NaclEntry>{};
    order_.resize(entries_.size());
    std::iota(order_.begin(), order_.end(), std::size_t{0});
    std::stable_sort(order_.begin(), order_.end(), [this](std::size_t a, std::size_t b) {
        const NaclEntry& x = entries_[a];
        const NaclEntry& y = entries_[b];
        return std::pair(x.egress, x.ruleNumber) < std::pair(y.egress, y.ruleNumber);
    });
    return acl != nullptr;
}

QVariant NaclEntriesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const NaclEntry& entry = entryAt(index.row());
    switch (role) {
    case RuleNumberRole:
        return entry.ruleNumber;
    case DirectionRole:
        return rule_fields::directionText(entry.egress);
    case ActionRole:
        return entry.action == RuleAction::Allow ? QStringLiteral("allow") : QStringLiteral("deny");
    case ProtocolRole:
        return rule_fields::protocolText(entry.protocol);
    case PortsRole:
        return rule_fields::portsText(entry.ports);
    case CidrRole:
        return QString::fromStdString(entry.cidr);
    case HasPortsRole:
        return entry.protocol.hasPorts();
    default:
        return {};
    }
}

QHash<int, QByteArray> NaclEntriesModel::roleNames() const {
    return {{RuleNumberRole, "ruleNumber"}, {DirectionRole, "direction"}, {ActionRole, "action"},
            {ProtocolRole, "protocol"},     {PortsRole, "ports"},         {CidrRole, "cidr"},
            {HasPortsRole, "hasPorts"}};
}

QString NaclEntriesModel::editField(Resource& copy, int row, const QString& field,
                                    const QVariant& value) {
    NetworkAcl& acl = *copy.as<NetworkAcl>();
    const std::size_t at = order_[std::size_t(row)];
    NaclEntry& entry = acl.entries[at];
    const QString text = value.toString();
    if (field == QLatin1String("ruleNumber")) {
        bool ok = false;
        const int number = text.trimmed().toInt(&ok);
        if (!ok || number < lowestRuleNumber || number > highestRuleNumber) {
            return tr("\"%1\" is not a rule number: AWS numbers rules from 1 to 32766 and "
                      "evaluates them from the lowest up.")
                .arg(text);
        }
        if (numberTaken(acl, at, entry.egress, number)) {
            return takenMessage(entry.egress, number);
        }
        entry.ruleNumber = number;
    } else if (field == QLatin1String("direction")) {
        const auto egress = rule_fields::parseEgress(text);
        if (const auto* refusal = std::get_if<QString>(&egress)) {
            return *refusal;
        }
        const bool out = std::get<bool>(egress);
        if (out != entry.egress && numberTaken(acl, at, out, entry.ruleNumber)) {
            return takenMessage(out, entry.ruleNumber);
        }
        entry.egress = out;
    } else if (field == QLatin1String("action")) {
        const QString word = text.trimmed().toLower();
        if (word != QLatin1String("allow") && word != QLatin1String("deny")) {
            return tr("\"%1\" is not an action: a rule allows or denies.").arg(text);
        }
        entry.action = word == QLatin1String("allow") ? RuleAction::Allow : RuleAction::Deny;
    } else if (field == QLatin1String("protocol")) {
        const auto protocol = rule_fields::parseProtocol(text);
        if (const auto* refusal = std::get_if<QString>(&protocol)) {
            return *refusal;
        }
        entry.protocol = std::get<IpProtocol>(protocol);
        entry.ports = rule_fields::portsFor(entry.protocol, entry.ports);
    } else if (field == QLatin1String("ports")) {
        const auto ports = rule_fields::parsePorts(text);
        if (const auto* refusal = std::get_if<QString>(&ports)) {
            return *refusal;
        }
        const auto& range = std::get<std::optional<PortRange>>(ports);
        if (range && !entry.protocol.hasPorts()) {
            return tr("Ports apply to tcp and udp only; this rule's protocol is %1.")
                .arg(rule_fields::protocolText(entry.protocol));
        }
        entry.ports = range;
    } else if (field == QLatin1String("cidr")) {
        const std::string block = text.trimmed().toStdString();
        const std::string problem = cidrProblem(block, CidrUse::RuleBlock);
        if (!problem.empty()) {
            return QString::fromStdString(problem);
        }
        entry.cidr = block;
    } else {
        return tr("A network ACL entry has no field \"%1\".").arg(field);
    }
    return {};
}

QString NaclEntriesModel::addRow(Resource& copy) {
    NetworkAcl& acl = *copy.as<NetworkAcl>();
    // After the last inbound rule, on the next multiple of 10: a deny of everything there
    // changes nothing (AWS denies what no rule allows), so adding a row never opens a hole.
    int last = 0;
    for (const NaclEntry& entry : acl.entries) {
        if (!entry.egress) {
            last = std::max(last, entry.ruleNumber);
        }
    }
    const int number = last / 10 * 10 + (last == 0 ? 100 : 10);
    if (number > highestRuleNumber) {
        return tr("No inbound rule number is left after %1; renumber the rules first.").arg(last);
    }
    NaclEntry entry;
    entry.ruleNumber = number;
    entry.action = RuleAction::Deny;
    entry.cidr = "0.0.0.0/0";
    acl.entries.push_back(entry);
    return {};
}

QString NaclEntriesModel::removeRow(Resource& copy, int row) {
    auto& entries = copy.as<NetworkAcl>()->entries;
    entries.erase(entries.begin() + static_cast<std::ptrdiff_t>(order_[std::size_t(row)]));
    return {};
}

QString NaclEntriesModel::ruleName(int row) const {
    const NaclEntry& entry = entryAt(row);
    return tr("%1 rule %2").arg(rule_fields::directionText(entry.egress)).arg(entry.ruleNumber);
}

QString NaclEntriesModel::editText(int row) const {
    return tr("Edit %1 of %2").arg(ruleName(row), title());
}

QString NaclEntriesModel::addText() const {
    return tr("Add a rule to %1").arg(title());
}

QString NaclEntriesModel::removeText(int row) const {
    return tr("Remove %1 from %2").arg(ruleName(row), title());
}

} // namespace topograph
