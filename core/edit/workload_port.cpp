// SPDX-License-Identifier: Apache-2.0
#include "core/edit/workload_port.h"

#include "core/check/wording.h"

#include <algorithm>
#include <array>
#include <utility>

namespace topograph {

namespace {

bool isPort(int port) {
    return port >= 1 && port <= 65535;
}

ListeningPort known(int port, std::string reason,
                    IpProtocol protocol = IpProtocol{IpProtocol::Tcp}) {
    return ListeningPort{protocol, port, std::move(reason), true};
}

std::string quotedName(const Resource& resource) {
    return wording::quoted(resource.label());
}

/// The port a load balancer forwards to its targets on: its target port, else its first
/// listener's; 0 when it has neither.
int forwardedPort(const LoadBalancer& balancer) {
    if (isPort(balancer.targetPort)) {
        return balancer.targetPort;
    }
    return balancer.listenerPorts.empty() || !isPort(balancer.listenerPorts.front())
               ? 0
               : balancer.listenerPorts.front();
}

/// True when the load balancer forwards to its targets on a port the model knows.
bool forwards(const Resource& resource) {
    const auto* balancer = resource.as<LoadBalancer>();
    return balancer != nullptr && forwardedPort(*balancer) != 0;
}

ListeningPort ofDatabase(const Resource& resource, const RdsInstance& database) {
    if (isPort(database.port)) {
        return known(database.port, "The " + database.engine + " database " + quotedName(resource) +
                                        " listens on port " + std::to_string(database.port) +
                                        " (its port setting).");
    }
    if (const int port = defaultDatabasePort(database.engine); port != 0) {
        return known(port, "The database " + quotedName(resource) +
                               " has no valid port setting, so " +
                               "this is the usual port of its engine, " + database.engine + ".");
    }
    return {};
}

ListeningPort ofLoadBalancer(const Resource& resource, const LoadBalancer& balancer) {
    if (balancer.type == LoadBalancerType::Gateway) {
        // A Gateway Load Balancer takes traffic wrapped in GENEVE, always on UDP 6081.
        return known(6081,
                     "The Gateway Load Balancer " + quotedName(resource) +
                         " takes traffic on UDP port 6081 (GENEVE).",
                     IpProtocol{IpProtocol::Udp});
    }
    for (const int port : balancer.listenerPorts) {
        if (isPort(port)) {
            return known(port, "The load balancer " + quotedName(resource) + " listens on port " +
                                   std::to_string(port) +
                                   (balancer.listenerPorts.size() > 1 ? " (its first listener)."
                                                                      : " (its listener)."));
        }
    }
    return {};
}

} // namespace

int defaultDatabasePort(std::string_view engine) {
    static constexpr std::array<std::pair<std::string_view, int>, 8> byPrefix{{
        {"aurora-postgresql", 5432},
        {"postgres", 5432},
        {"aurora", 3306}, // "aurora" alone is the MySQL-compatible edition
        {"mysql", 3306},
        {"mariadb", 3306},
        {"sqlserver", 1433},
        {"oracle", 1521},
        {"db2", 50000},
    }};
    for (const auto& [prefix, port] : byPrefix) {
        if (engine.substr(0, prefix.size()) == prefix) {
            return port;
        }
    }
    return 0;
}

ListeningPort listeningPort(const Document& document, const ResourceId& destination,
                            const ResourceId& source) {
    return ListeningPorts(document).of(destination, source);
}

ListeningPorts::ListeningPorts(const Document& document) : document_(document) {
    for (const Resource& resource : document.resources()) {
        if (forwards(resource)) {
            for (const ResourceId& target : resource.as<LoadBalancer>()->targets) {
                balancerInFront_.emplace(target, &resource); // keeps the first in file order
            }
        }
    }
}

ListeningPort ListeningPorts::of(const ResourceId& destination, const ResourceId& source) const {
    const Resource* resource = document_.find(destination);
    ListeningPort result;
    if (resource == nullptr) {
        result.reason = "Nothing in the model says which port this listens on: 443 (HTTPS) is "
                        "a guess.";
        return result;
    }
    if (const auto* database = resource->as<RdsInstance>()) {
        result = ofDatabase(*resource, *database);
    } else if (const auto* balancer = resource->as<LoadBalancer>()) {
        result = ofLoadBalancer(*resource, *balancer);
    } else if (const auto* service = resource->as<EcsService>();
               service != nullptr && isPort(service->containerPort)) {
        result = known(service->containerPort,
                       "The ECS service " + quotedName(*resource) + " listens on port " +
                           std::to_string(service->containerPort) + " (its container port).");
    } else if (resource->as<InterfaceEndpoint>() != nullptr) {
        result = known(443, "The interface endpoint " + quotedName(*resource) +
                                " takes HTTPS on port 443, as AWS service endpoints do.");
    }
    if (result.known) {
        return result;
    }
    // The load balancer in front: the connecting one when it forwards to this workload, else
    // the first in file order.
    const Resource* front = nullptr;
    if (const Resource* connecting = document_.find(source);
        connecting != nullptr && forwards(*connecting)) {
        const auto& targets = connecting->as<LoadBalancer>()->targets;
        if (std::find(targets.begin(), targets.end(), destination) != targets.end()) {
            front = connecting;
        }
    }
    if (const auto found = balancerInFront_.find(destination);
        front == nullptr && found != balancerInFront_.end()) {
        front = found->second;
    }
    if (front != nullptr) {
        const int port = forwardedPort(*front->as<LoadBalancer>());
        return known(port, "The load balancer " + quotedName(*front) + " forwards to " +
                               quotedName(*resource) + " on port " + std::to_string(port) +
                               ", so that is where it listens.");
    }
    result.reason = "Nothing in the model says which port " + quotedName(*resource) +
                    " listens on: 443 (HTTPS) is a guess, change it if the " +
                    wording::kindInSentence(resource->kind()) + " uses another.";
    return result;
}

} // namespace topograph
