// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/document_controller.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <QVariantList>
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
    /// needsPort (workload to workload, internet to workload), offersRoutes (peering, transit
    /// gateway), kind ("route", "peering", "attachment", "rules", "internet" or ""), from, to (the
    /// ends as the connection reads: a drop inside a VPC counts as the VPC)}. `protocol` is "tcp",
    /// "udp", "icmp" or "all".
    Q_INVOKABLE QVariantMap preview(const QString& fromId, const QString& toId,
                                    const QString& protocol = QStringLiteral("tcp"), int port = 443,
                                    bool withRoutes = true) const;
    /// preview() with, between two workloads, the protocol and port the destination listens on:
    /// what the canvas shows while the pointer hovers.
    Q_INVOKABLE QVariantMap previewOnListeningPort(const QString& fromId,
                                                   const QString& toId) const;
    /// The protocol and port the destination listens on, proposed first for a workload-to-workload
    /// connection (core/edit/workload_port.h): {protocol ("tcp", "udp"), port, reason (a
    /// sentence), known (false when 443 is only a guess)}.
    Q_INVOKABLE QVariantMap listeningPort(const QString& fromId, const QString& toId) const;
    /// Connecting without a mouse: the items `fromId` can be connected to, allowed ones first
    /// (core/edit/connection_targets.h). Each: {id, name, kind (the item's kind, as a label),
    /// allowed, hint, label, connection ("route", "peering", "attachment", "rules", "internet"),
    /// from, to, needsPort, offersRoutes, protocol, port}.
    Q_INVOKABLE QVariantList targets(const QString& fromId) const;
    /// The item's name for people (its id when it has none); "" for an unknown id.
    Q_INVOKABLE QString nameOf(const QString& id) const;
    /// What an item like `fromId` connects to, for a list with nothing in it.
    Q_INVOKABLE QString whatConnects(const QString& fromId) const;
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
