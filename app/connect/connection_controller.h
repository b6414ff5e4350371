// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/document_controller.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <QVariantMap>

namespace topograph {

/// Connect by dragging: asks the core what dropping one item on another would connect
/// (core/edit/connection.h) while the pointer hovers, and applies the connection as one undo
/// step when the user confirms. Holds no state of its own beyond the document controller.
class ConnectionController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(topograph::DocumentController* controller READ controller WRITE setController NOTIFY
                   controllerChanged)

public:
    explicit ConnectionController(QObject* parent = nullptr);

    DocumentController* controller() const { return controller_; }
    void setController(DocumentController* controller);

    /// True when a connection can be dragged from the item (the canvas shows its handle).
    Q_INVOKABLE bool canStart(const QString& id) const;
    /// What dropping `fromId` on `toId` would do: {allowed, hint, label, changes (sentences),
    /// needsPort (workload to workload), offersRoutes (peering, transit gateway), kind ("route",
    /// "peering", "attachment", "rules" or ""), from, to (the ends as the connection reads: a
    /// drop inside a VPC counts as the VPC)}. `protocol` is "tcp", "udp", "icmp" or "all".
    Q_INVOKABLE QVariantMap preview(const QString& fromId, const QString& toId,
                                    const QString& protocol = QStringLiteral("tcp"), int port = 443,
                                    bool withRoutes = true) const;
    /// Makes the connection as one undo step named by its label; false (nothing changes) when
    /// it is refused: preview() says why.
    Q_INVOKABLE bool connect(const QString& fromId, const QString& toId,
                             const QString& protocol = QStringLiteral("tcp"), int port = 443,
                             bool withRoutes = true);

signals:
    void controllerChanged();

private:
    QPointer<DocumentController> controller_;
};

} // namespace topograph
