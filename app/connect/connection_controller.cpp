// SPDX-License-Identifier: Apache-2.0
#include "app/connect/connection_controller.h"

#include "app/document_controller.h"
#include "core/edit/connection.h"
#include "core/edit/connection_targets.h"
#include "core/edit/workload_port.h"

#include <QStringList>

namespace topograph {

namespace {

QString kindName(ConnectionKind kind) {
    switch (kind) {
    case ConnectionKind::DefaultRoute:
        return QStringLiteral("route");
    case ConnectionKind::Peering:
        return QStringLiteral("peering");
    case ConnectionKind::TransitAttachment:
        return QStringLiteral("attachment");
    case ConnectionKind::SecurityGroupRules:
        return QStringLiteral("rules");
    case ConnectionKind::InternetIngress:
        return QStringLiteral("internet");
    case ConnectionKind::None:
        break;
    }
    return {};
}

/// The request, or std::nullopt with the hint for a protocol the rules cannot name.
std::optional<ConnectionRequest> requestOf(const QString& fromId, const QString& toId,
                                           const QString& protocol, int port, bool withRoutes,
                                           QString& hint) {
    const std::optional<IpProtocol> parsed = parseIpProtocol(protocol.trimmed().toStdString());
    if (!parsed) {
        hint = ConnectionController::tr("\"%1\" is not a protocol. Use tcp, udp, icmp or all.")
                   .arg(protocol);
        return std::nullopt;
    }
    ConnectionRequest request;
    request.from = fromId.toStdString();
    request.to = toId.toStdString();
    request.protocol = *parsed;
    request.port = port;
    request.withRoutes = withRoutes;
    return request;
}

} // namespace

ConnectionController::ConnectionController(QObject* parent) : QObject(parent) {}

void ConnectionController::setController(DocumentController* controller) {
    if (controller_ != controller) {
        controller_ = controller;
        emit controllerChanged();
    }
}

bool ConnectionController::canStart(const QString& id) const {
    return controller_ != nullptr && startsConnections(controller_->document(), id.toStdString());
}

QVariantMap ConnectionController::preview(const QString& fromId, const QString& toId,
                                          const QString& protocol, int port,
                                          bool withRoutes) const {
    QVariantMap result{
        {QStringLiteral("allowed"), false},   {QStringLiteral("hint"), QString()},
        {QStringLiteral("label"), QString()}, {QStringLiteral("changes"), QStringList()},
        {QStringLiteral("needsPort"), false}, {QStringLiteral("offersRoutes"), false},
        {QStringLiteral("kind"), QString()},  {QStringLiteral("from"), fromId},
        {QStringLiteral("to"), toId}};
    if (controller_ == nullptr) {
        return result;
    }
    QString hint;
    const auto request = requestOf(fromId, toId, protocol, port, withRoutes, hint);
    const Document& document = controller_->document();
    const ConnectionKind kind = connectionKind(document, fromId.toStdString(), toId.toStdString());
    result[QStringLiteral("kind")] = kindName(kind);
    result[QStringLiteral("needsPort")] = takesPort(kind);
    result[QStringLiteral("offersRoutes")] =
        kind == ConnectionKind::Peering || kind == ConnectionKind::TransitAttachment;
    if (!request) {
        result[QStringLiteral("hint")] = hint;
        return result;
    }
    // The index the incremental engine keeps: a hover must not index the whole network again.
    const ConnectionProposal proposal = proposeConnection(controller_->networkIndex(), *request);
    QStringList changes;
    for (const std::string& sentence : proposal.changes) {
        changes.append(QString::fromStdString(sentence));
    }
    result[QStringLiteral("allowed")] = proposal.allowed;
    result[QStringLiteral("hint")] = QString::fromStdString(proposal.hint);
    result[QStringLiteral("label")] = QString::fromStdString(proposal.label);
    result[QStringLiteral("changes")] = changes;
    result[QStringLiteral("from")] = QString::fromStdString(proposal.from);
    result[QStringLiteral("to")] = QString::fromStdString(proposal.to);
    return result;
}

QVariantMap ConnectionController::previewOnListeningPort(const QString& fromId,
                                                         const QString& toId) const {
    if (controller_ == nullptr) {
        return preview(fromId, toId);
    }
    // Connections other than workload to workload take no port: the proposal ignores it.
    const ListeningPort port =
        topograph::listeningPort(controller_->document(), toId.toStdString(), fromId.toStdString());
    return preview(fromId, toId, QString::fromStdString(toString(port.protocol)), port.port);
}

QVariantMap ConnectionController::listeningPort(const QString& fromId, const QString& toId) const {
    if (controller_ == nullptr) {
        return {};
    }
    const ListeningPort port =
        topograph::listeningPort(controller_->document(), toId.toStdString(), fromId.toStdString());
    return {{QStringLiteral("protocol"), QString::fromStdString(toString(port.protocol))},
            {QStringLiteral("port"), port.port},
            {QStringLiteral("reason"), QString::fromStdString(port.reason)},
            {QStringLiteral("known"), port.known}};
}

QVariantList ConnectionController::targets(const QString& fromId) const {
    QVariantList result;
    if (controller_ == nullptr) {
        return result;
    }
    const Document& document = controller_->document();
    for (const ConnectionTarget& target : connectionTargets(document, fromId.toStdString())) {
        const Resource* item = document.find(target.id);
        result.append(QVariantMap{
            {QStringLiteral("id"), QString::fromStdString(target.id)},
            {QStringLiteral("name"), QString::fromStdString(item->label())},
            {QStringLiteral("kind"),
             QString::fromUtf8(kindLabel(item->kind()).data(),
                               static_cast<qsizetype>(kindLabel(item->kind()).size()))},
            {QStringLiteral("allowed"), target.allowed},
            {QStringLiteral("hint"), QString::fromStdString(target.hint)},
            {QStringLiteral("label"), QString::fromStdString(target.label)},
            {QStringLiteral("connection"), kindName(target.kind)},
            {QStringLiteral("from"), QString::fromStdString(target.from)},
            {QStringLiteral("to"), QString::fromStdString(target.to)},
            {QStringLiteral("needsPort"), takesPort(target.kind)},
            {QStringLiteral("offersRoutes"), target.kind == ConnectionKind::Peering ||
                                                 target.kind == ConnectionKind::TransitAttachment},
            {QStringLiteral("protocol"),
             QString::fromStdString(toString(target.listening.protocol))},
            {QStringLiteral("port"), target.listening.port}});
    }
    return result;
}

QString ConnectionController::nameOf(const QString& id) const {
    const Resource* resource =
        controller_ != nullptr ? controller_->document().find(id.toStdString()) : nullptr;
    return resource != nullptr ? QString::fromStdString(resource->label()) : QString();
}

QString ConnectionController::whatConnects(const QString& fromId) const {
    return controller_ == nullptr ? QString()
                                  : QString::fromStdString(topograph::whatConnects(
                                        controller_->document(), fromId.toStdString()));
}

bool ConnectionController::connect(const QString& fromId, const QString& toId,
                                   const QString& protocol, int port, bool withRoutes) {
    if (controller_ == nullptr) {
        return false;
    }
    QString hint;
    const auto request = requestOf(fromId, toId, protocol, port, withRoutes, hint);
    if (!request) {
        return false;
    }
    ConnectionProposal proposal = proposeConnection(controller_->networkIndex(), *request);
    if (!proposal.allowed || proposal.edit.empty()) {
        return false;
    }
    controller_->pushEdit(std::move(proposal.edit), QString::fromStdString(proposal.label));
    return true;
}

} // namespace topograph
