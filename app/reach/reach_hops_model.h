// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace topograph {

/// The hops of the last reachability answer for the panel's list, request first, then the
/// response; when the path is blocked, the last row is the check that blocked it.
class ReachHopsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ReachHopsModel belongs to a ReachController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        DirectionRole = Qt::UserRole + 1, // "request" or "response"
        ComponentIdRole,
        ComponentLabelRole,
        KindLabelRole, // "Network ACL (inbound)"
        DetailRole,    // what let the packet through, or the code that blocked it
        AllowedRole,
        AnchorIdRole, // the drawn item the hop shows on, or ""
    };
    Q_ENUM(Role)

    struct Row {
        QString direction;
        QString componentId;
        QString componentLabel;
        QString kindLabel;
        QString detail;
        bool allowed = true;
        QString anchorId;
    };

    explicit ReachHopsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(rows_.size()); }
    const std::vector<Row>& rows() const { return rows_; }
    void setRows(std::vector<Row> rows);

    /// "Network ACL (inbound)" for "network-acl-inbound": the engine's hop kinds in words.
    static QString kindLabel(const QString& kind);

signals:
    void countChanged();

private:
    std::vector<Row> rows_;
};

} // namespace topograph
