// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/inspector/resource_rules_model.h"

#include <vector>

namespace topograph {

/// A network ACL's entries as AWS evaluates them: inbound first, then outbound, each by
/// ascending rule number (the first match decides). Fields: ruleNumber, direction
/// ("inbound"/"outbound"), action ("allow"/"deny"), protocol, ports ("" for every port), cidr.
class NaclEntriesModel : public topograph::ResourceRulesModel {
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        RuleNumberRole = Qt::UserRole + 1,
        DirectionRole,
        ActionRole,
        ProtocolRole,
        PortsRole,
        CidrRole,
        HasPortsRole, // the protocol takes ports (tcp, udp)
    };
    Q_ENUM(Role)

    explicit NaclEntriesModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    bool readRows(const Resource* resource) override;
    int rows() const override { return static_cast<int>(order_.size()); }
    QString editField(Resource& copy, int row, const QString& field,
                      const QVariant& value) override;
    QString addRow(Resource& copy) override;
    QString removeRow(Resource& copy, int row) override;
    QString editText(int row) const override;
    QString addText() const override;
    QString removeText(int row) const override;

private:
    const NaclEntry& entryAt(int row) const { return entries_[order_[std::size_t(row)]]; }
    QString ruleName(int row) const;

    std::vector<NaclEntry> entries_; // as stored
    std::vector<std::size_t> order_; // evaluation order: indices into entries_
};

} // namespace topograph
