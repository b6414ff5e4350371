// SPDX-License-Identifier: Apache-2.0
#include "app/inspector/rule_fields.h"

#include <QCoreApplication>
#include <QStringList>

namespace topograph::rule_fields {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("RuleFields", text);
}

std::optional<int> portNumber(const QString& text) {
    bool ok = false;
    const int port = text.trimmed().toInt(&ok);
    if (!ok || port < 0 || port > 65535) {
        return std::nullopt;
    }
    return port;
}

} // namespace

QString portsText(const std::optional<PortRange>& ports) {
    if (!ports) {
        return {};
    }
    if (ports->from == ports->to) {
        return QString::number(ports->from);
    }
    return QStringLiteral("%1-%2").arg(ports->from).arg(ports->to);
}

Parsed<std::optional<PortRange>> parsePorts(const QString& text) {
    const QString trimmed = text.trimmed().toLower();
    if (trimmed.isEmpty() || trimmed == QLatin1String("all") || trimmed == QLatin1String("any")) {
        return std::optional<PortRange>{};
    }
    const QStringList parts = trimmed.split(QLatin1Char('-'));
    const auto from = portNumber(parts.front());
    const auto to = parts.size() == 2 ? portNumber(parts.back()) : from;
    if (parts.size() > 2 || !from || !to) {
        return tr("\"%1\" is not a port: write a number from 0 to 65535, a range such as "
                  "1024-65535, or leave it empty for every port.")
            .arg(text);
    }
    if (*from > *to) {
        return tr("The range %1 starts after it ends: write the lower port first, %2-%1.")
            .arg(trimmed)
            .arg(*to);
    }
    return std::optional<PortRange>{PortRange{*from, *to}};
}

QString protocolText(IpProtocol protocol) {
    return QString::fromStdString(toString(protocol));
}

Parsed<IpProtocol> parseProtocol(const QString& text) {
    if (const auto protocol = parseIpProtocol(text.trimmed().toLower().toStdString())) {
        return *protocol;
    }
    return tr("\"%1\" is not a protocol: use tcp, udp, icmp, icmpv6, all, or a protocol number "
              "from 0 to 255.")
        .arg(text);
}

QString directionText(bool egress) {
    return egress ? QStringLiteral("outbound") : QStringLiteral("inbound");
}

Parsed<bool> parseEgress(const QString& text) {
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("inbound") || word == QLatin1String("ingress")) {
        return false;
    }
    if (word == QLatin1String("outbound") || word == QLatin1String("egress")) {
        return true;
    }
    return tr("\"%1\" is not a direction: use inbound or outbound.").arg(text);
}

std::optional<PortRange> portsFor(IpProtocol protocol, const std::optional<PortRange>& ports) {
    return protocol.hasPorts() ? ports : std::nullopt;
}

} // namespace topograph::rule_fields
