// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/inspector/resource_rules_model.h"

#include <vector>

namespace topograph {

/// A security group's rules: inbound first, then outbound, each in stored order (a group's
/// rules all apply together, so their order means nothing to AWS). Fields: direction,
/// protocol, ports ("" for every port), peer (a CIDR block, a security group or a prefix list
/// "pl-..."), description. A peer group is shown by its name ("Web security group"), with its id
/// when another group has the same name ("Web (sg-2)"), and as "sg-9 (missing)" when the model
/// has no such group; `peerId` keeps the stored value. Editing the peer takes a block, a
/// prefix list, or a group's name or id.
class SecurityGroupRulesModel : public topograph::ResourceRulesModel {
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        DirectionRole = Qt::UserRole + 1,
        ProtocolRole,
        PortsRole,
        PeerRole,
        PeerKindRole, // "cidr", "security-group", "prefix-list"
        DescriptionRole,
        HasPortsRole,
        PeerIdRole, // the peer as stored: a block, a group's id, a prefix list
    };
    Q_ENUM(Role)

    explicit SecurityGroupRulesModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    bool readRows(const Resource* resource) override;
    int rows() const override { return static_cast<int>(rows_.size()); }
    QString editField(Resource& copy, int row, const QString& field,
                      const QVariant& value) override;
    QString addRow(Resource& copy) override;
    QString removeRow(Resource& copy, int row) override;
    QString editText(int row) const override;
    QString addText() const override;
    QString removeText(int row) const override;

private:
    struct Row {
        bool egress = false;
        std::size_t index = 0; // in the group's ingress or egress list
        SecurityGroupRule rule;
        QString peerText; // as shown: a peer group by its name
    };
    QString ruleName(int row) const;
    /// The peer typed in a cell as stored in a rule, or the sentence that refuses it.
    QString readPeer(const QString& text, SecurityGroupRule& rule) const;

    std::vector<Row> rows_;
};

} // namespace topograph
