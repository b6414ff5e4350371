// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/inspector/resource_rules_model.h"

#include <QStringList>
#include <vector>

namespace topograph {

/// A route table's routes in stored order (the local routes are implicit). Fields:
/// destination (a CIDR block or a prefix list "pl-..."), targetKind (the model file's word,
/// "nat-gateway"), target (the id of the gateway, peering, ... it sends to).
class RouteTableModel : public topograph::ResourceRulesModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList targetKinds READ targetKinds CONSTANT)

public:
    enum Role { DestinationRole = Qt::UserRole + 1, TargetKindRole, TargetRole, NeedsTargetRole };
    Q_ENUM(Role)

    explicit RouteTableModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    /// Every target kind's word, for the editor's choice.
    static QStringList targetKinds();
    /// The ids in the document a route of this target kind may name.
    Q_INVOKABLE QStringList targetsOfKind(const QString& targetKind) const;

protected:
    bool readRows(const Resource* resource) override;
    int rows() const override { return static_cast<int>(routes_.size()); }
    QString editField(Resource& copy, int row, const QString& field,
                      const QVariant& value) override;
    QString addRow(Resource& copy) override;
    QString removeRow(Resource& copy, int row) override;
    QString editText(int row) const override;
    QString addText() const override;
    QString removeText(int row) const override;

private:
    std::vector<Route> routes_;
};

} // namespace topograph
