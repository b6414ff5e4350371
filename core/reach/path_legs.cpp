// SPDX-License-Identifier: Apache-2.0
// Routing of one walk: the route table step (step 3), the legs per target (step 4, Precise
// choices 2-7 and 12) and the response (Precise choice 9).
#include "core/reach/path_walk.h"
#include "core/reach/reach_codes.h"

namespace topograph::reach {

namespace {

// A forwarding loop (two middleboxes sending to each other, a VPC sending back to the transit
// gateway that sent it) ends after this many route tables.
constexpr int maxRouteTables = 8;

bool overlap(const VpcView& a, const VpcView& b) {
    for (const Cidr& x : a.blocks) {
        for (const Cidr& y : b.blocks) {
            if (x.overlaps(y)) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

bool PathWalk::forward(Position position) {
    for (int step = 0; step < maxRouteTables; ++step) {
        const std::string table = tableId(position.table);
        if (destination_.kind == EndpointKind::Service) {
            // AWS prefers the gateway endpoint's prefix-list route for the service's addresses.
            if (const RouteView* route =
                    lookupPrefixList(net_, position.table, "pl-" + destination_.service)) {
                pass("request", table, "route-table", routeText(*route));
                return serviceLeg(position, *route);
            }
        }
        const auto choice = lookupRoute(net_, position.vpc, position.table, destinationAddress_);
        if (!choice) {
            return fail(code::NoRoute, ra::NoRouteToDestination, table,
                        "Route table " + table + " has no route for " + destinationText() +
                            ", so the packet is dropped.",
                        destination_.kind == EndpointKind::Internet ||
                                destination_.kind == EndpointKind::Service
                            ? "Add the route 0.0.0.0/0 -> a NAT gateway (private subnet) or an "
                              "internet gateway (public subnet) to route table " +
                                  table + "."
                            : "Add a route for " + destinationAddress_.toString() +
                                  " (its VPC's block) -> the peering connection or transit "
                                  "gateway that leads there, to route table " +
                                  table + ".");
        }
        if (choice->local) {
            pass("request", table, "route-table",
                 "route " + choice->destination.toString() + " -> local");
            return deliverLocal(position);
        }
        const RouteView& route = *choice->route;
        // Finding a route is a step passed, whatever its target turns out to be.
        pass("request", table, "route-table", routeText(route));
        switch (route.route.targetKind) {
        case RouteTargetKind::InternetGateway:
            return internetGatewayLeg(position, route);
        case RouteTargetKind::NatGateway:
            return natGatewayLeg(position, route);
        case RouteTargetKind::VpcPeering:
            return peeringLeg(position, route);
        case RouteTargetKind::TransitGateway: {
            std::optional<Position> next;
            bool delivered = false;
            if (!transitGatewayLeg(position, route, next, delivered)) {
                return false;
            }
            if (delivered) {
                return true;
            }
            position = *next;
            continue;
        }
        case RouteTargetKind::NetworkInterface:
        case RouteTargetKind::Instance:
        case RouteTargetKind::GatewayEndpoint: {
            if (!isMiddlebox(net_.document(), route.route)) {
                // A gateway endpoint reached by an address route: it only serves its prefix list.
                return blackhole(position, route,
                                 "a gateway endpoint only carries traffic to "
                                 "its service's prefix list");
            }
            const Index appliance = net_.workloadOf(route.route.target);
            if (appliance == none || net_.workloads[appliance].subnet == none ||
                net_.subnets[net_.workloads[appliance].subnet].vpc != position.vpc) {
                return blackhole(position, route, "the middlebox it names is not in this VPC");
            }
            // The appliance inspects the packet and sends it on by its own subnet's routes.
            const Index applianceSubnet = net_.workloads[appliance].subnet;
            position.table = net_.subnets[applianceSubnet].routeTable;
            position.sendingSubnet = applianceSubnet;
            position.appliance = appliance;
            continue;
        }
        case RouteTargetKind::VpnGateway:
        case RouteTargetKind::EgressOnlyInternetGateway: {
            // A missing or detached gateway is a blackhole (step 3); an attached one leads
            // somewhere the destination is not.
            const std::string& vpcId = net_.vpcs[position.vpc].id;
            bool attachedHere = false;
            if (const auto* vgw = net_.document().findAs<VpnGateway>(route.route.target)) {
                attachedHere = vgw->attachedVpc && *vgw->attachedVpc == vpcId;
            } else if (const auto* eigw =
                           net_.document().findAs<EgressOnlyInternetGateway>(route.route.target)) {
                attachedHere = eigw->vpc == vpcId;
            }
            if (!attachedHere) {
                return blackhole(position, route,
                                 "its gateway does not exist or is not attached to this VPC");
            }
        }
            return fail(code::NoRoute, ra::NoRouteToDestination, table,
                        "Route table " + table + " sends " + destinationText() + " to " +
                            route.route.target +
                            (route.route.targetKind == RouteTargetKind::VpnGateway
                                 ? ", a VPN gateway leading to an on-premises network, not to it."
                                 : ", an egress-only internet gateway, which carries only IPv6."),
                        "Route " + destinationAddress_.toString() +
                            " to the gateway or connection that leads to it.");
        case RouteTargetKind::Blackhole:
        case RouteTargetKind::Local:
            return blackhole(position, route, "its target is gone");
        }
        return blackhole(position, route, "its target is unknown");
    }
    return fail(code::NoRoute, ra::NoRouteToDestination, tableId(position.table),
                "The packet loops between route tables without reaching " + destinationText() + ".",
                "Make the route tables on the way send " + destinationAddress_.toString() +
                    " toward its destination.");
}

bool PathWalk::blackhole(const Position& position, const RouteView& route, const std::string& why) {
    const std::string table = tableId(position.table);
    return fail(code::BlackholeRoute, ra::BadStateRoute, table,
                "Route table " + table + " matches " + destinationText() + " with " +
                    routeText(route) + ", but " + why + ": the route is a blackhole.",
                "Point " + routeText(route) + " in " + table +
                    " at a target that exists in this VPC, or remove it.");
}

bool PathWalk::deliverLocal(const Position& position) {
    const VpcView& vpc = net_.vpcs[position.vpc];
    Index subnet = none;
    if (destinationWorkload_ != none) {
        subnet = net_.workloads[destinationWorkload_].subnet;
        if (net_.subnets[subnet].vpc != position.vpc) {
            return fail(code::CidrOverlap, ra::NoPossibleDestination, vpc.id,
                        destinationAddress_.toString() + " lies in a block of " + vpc.label +
                            ", so the packet is delivered inside " + vpc.label +
                            " and never reaches " + destination_.name + " in " +
                            net_.vpcs[net_.subnets[subnet].vpc].label +
                            ": the two VPCs' address blocks overlap.",
                        "Give " + net_.vpcs[net_.subnets[subnet].vpc].label +
                            " an address block that does not overlap " + vpc.label + "'s.");
        }
    } else {
        subnet = net_.subnetContaining(position.vpc, destinationAddress_);
        if (subnet == none) {
            return fail(code::NoRoute, ra::NoRouteToDestination, vpc.id,
                        destinationAddress_.toString() + " lies in " + vpc.label +
                            " but in none of its subnets, so nothing there can answer.",
                        "Query an address inside one of " + vpc.label + "'s subnets.");
        }
    }
    if (position.arrival == Arrival::TransitGateway) {
        // AWS: from the transit gateway to an ENI, the attachment subnet's outbound rules and the
        // ENI subnet's inbound rules apply, and none when both are the same subnet.
        if (position.sendingSubnet != none && position.sendingSubnet != subnet) {
            if (!naclRequest(position.sendingSubnet, true, destinationAddress_) ||
                !naclRequest(subnet, false, sourceAddress_)) {
                return false;
            }
        }
    } else if (position.sendingSubnet != subnet) {
        if (!naclRequest(subnet, false, sourceAddress_)) {
            return false;
        }
    }
    if (destinationWorkload_ != none &&
        !securityGroupIngress(destinationWorkload_, sourceAddress_, sourceWorkload_)) {
        return false;
    }
    return respondFromVpc(position.vpc, subnet);
}

bool PathWalk::internetGatewayLeg(const Position& position, const RouteView& route) {
    const auto* igw = net_.document().findAs<InternetGateway>(route.route.target);
    if (igw == nullptr) {
        return blackhole(position, route, "no internet gateway " + route.route.target + " exists");
    }
    const VpcView& vpc = net_.vpcs[position.vpc];
    if (!igw->attachedVpc || *igw->attachedVpc != vpc.id) {
        return fail(code::IgwNotAttached, ra::BadStateAttachment, route.route.target,
                    "Internet gateway " + route.route.target + " is not attached to " + vpc.label +
                        ", so the route to it leads nowhere.",
                    "Attach internet gateway " + route.route.target + " to " + vpc.label + ".");
    }
    // The address the internet gateway translates: the appliance's when one forwarded the packet
    // (a NAT instance), else the source's; a packet from another VPC has none here.
    const Index sender = position.appliance != none ? position.appliance : sourceWorkload_;
    const bool senderHere = position.arrival == Arrival::Origin;
    if (!senderHere || !net_.workloads[sender].publicIp) {
        const std::string who = senderHere ? net_.workloads[sender].label : sourceText();
        return fail(code::NoPublicIp, ra::IgwPublicIpForEgress,
                    senderHere ? net_.workloads[sender].id : route.route.target,
                    who + " has no public IPv4 address in " + vpc.label + ", so internet gateway " +
                        route.route.target + " cannot carry its traffic to the internet.",
                    senderHere ? "Give " + who +
                                     " a public IP (an Elastic IP or AssociatePublicIpAddress), "
                                     "or route 0.0.0.0/0 through a NAT gateway in a public subnet."
                               : "Route the traffic through a NAT gateway in " + vpc.label + ".");
    }
    if (privateDestination()) {
        return fail(
            code::NoRoute, ra::IgwDestinationNotRfc1918, tableId(position.table),
            destinationText() + " is a private address; internet gateway " + route.route.target +
                " does not carry it.",
            "Route " + destinationAddress_.toString() +
                " through the peering connection or transit gateway that leads to its VPC.");
    }
    pass("request", route.route.target, "internet-gateway",
         "to " + destinationAddress_.toString() + " from public IP of " +
             net_.workloads[sender].label);
    return naclResponse(sourceSubnet_, false, destinationAddress_);
}

bool PathWalk::natGatewayLeg(const Position& position, const RouteView& route) {
    const auto* nat = net_.document().findAs<NatGateway>(route.route.target);
    if (nat == nullptr) {
        return blackhole(position, route, "no NAT gateway " + route.route.target + " exists");
    }
    const Index natSubnet = net_.subnetOf(nat->subnet);
    if (natSubnet == none || net_.subnets[natSubnet].vpc != position.vpc) {
        return blackhole(position, route,
                         "NAT gateway " + route.route.target + " is not in this VPC");
    }
    const VpcView& vpc = net_.vpcs[position.vpc];
    const Index natTable = net_.subnets[natSubnet].routeTable;
    const auto onward = lookupRoute(net_, position.vpc, natTable, destinationAddress_);
    bool public_ = false;
    if (onward && !onward->local &&
        onward->route->route.targetKind == RouteTargetKind::InternetGateway) {
        const auto* igw = net_.document().findAs<InternetGateway>(onward->route->route.target);
        public_ = igw != nullptr && igw->attachedVpc && *igw->attachedVpc == vpc.id;
    }
    if (!public_) {
        return fail(code::NatInPrivateSubnet, ra::NoRouteToDestination, route.route.target,
                    "NAT gateway " + route.route.target + " sits in subnet " +
                        subnetLabel(natSubnet) + ", whose route table " + tableId(natTable) +
                        " does not send " + destinationAddress_.toString() +
                        " to an internet gateway attached to " + vpc.label +
                        ": the NAT gateway is in a private subnet.",
                    "Move NAT gateway " + route.route.target +
                        " into a public subnet, or add 0.0.0.0/0 -> the VPC's internet gateway "
                        "to route table " +
                        tableId(natTable) + ".");
    }
    bool hasElasticIp = nat->connectivity == NatConnectivity::Public && nat->elasticIp &&
                        net_.document().findAs<ElasticIp>(*nat->elasticIp) != nullptr;
    if (!hasElasticIp && nat->connectivity == NatConnectivity::Public) {
        for (const Resource& resource : net_.document().resources()) {
            const auto* eip = resource.as<ElasticIp>();
            if (eip != nullptr && eip->associatedWith &&
                *eip->associatedWith == route.route.target) {
                hasElasticIp = true;
                break;
            }
        }
    }
    if (!hasElasticIp) {
        return fail(code::NatNoElasticIp, ra::BadState, route.route.target,
                    "NAT gateway " + route.route.target +
                        " has no Elastic IP, so it has no public address to translate to.",
                    "Allocate an Elastic IP and give it to NAT gateway " + route.route.target +
                        ".");
    }
    pass("request", route.route.target, "nat-gateway",
         "in subnet " + subnetLabel(natSubnet) + ", translates " + sourceAddress_.toString() +
             " to its Elastic IP");
    if (position.arrival == Arrival::TransitGateway && position.sendingSubnet != none &&
        position.sendingSubnet != natSubnet &&
        !naclRequest(position.sendingSubnet, true, destinationAddress_)) {
        return false;
    }
    if (position.sendingSubnet != natSubnet && !naclRequest(natSubnet, false, sourceAddress_)) {
        return false;
    }
    if (!naclRequest(natSubnet, true, destinationAddress_)) {
        return false;
    }
    if (privateDestination()) {
        return fail(
            code::NoRoute, ra::IgwDestinationNotRfc1918, tableId(natTable),
            destinationText() + " is a private address; NAT gateway " + route.route.target +
                " sends it to the internet gateway, which does not carry it.",
            "Route " + destinationAddress_.toString() +
                " through the peering connection or transit gateway that leads to its VPC.");
    }
    pass("request", onward->route->route.target, "internet-gateway",
         routeText(*onward->route) + " in " + tableId(natTable));
    // The response retraces the translation: in at the NAT subnet, out toward the source.
    if (!naclResponseAnyPort(natSubnet, destinationAddress_)) {
        return false;
    }
    if (position.sendingSubnet != natSubnet && !naclResponse(natSubnet, true, sourceAddress_)) {
        return false;
    }
    if (position.arrival == Arrival::TransitGateway && !returnRoute(position.vpc, natSubnet)) {
        return false;
    }
    if (skipSourceInbound_) {
        return true;
    }
    return naclResponse(sourceSubnet_, false, destinationAddress_);
}

bool PathWalk::peeringLeg(const Position& position, const RouteView& route) {
    const auto* peering = net_.document().findAs<VpcPeering>(route.route.target);
    if (peering == nullptr) {
        return blackhole(position, route,
                         "no peering connection " + route.route.target + " exists");
    }
    const VpcView& vpc = net_.vpcs[position.vpc];
    ResourceId peerId;
    if (peering->requesterVpc == vpc.id) {
        peerId = peering->accepterVpc;
    } else if (peering->accepterVpc == vpc.id) {
        peerId = peering->requesterVpc;
    }
    const Index peer = peerId.empty() ? none : net_.vpcOf(peerId);
    if (peer == none) {
        return blackhole(position, route,
                         "peering connection " + route.route.target + " does not involve " +
                             vpc.label);
    }
    const VpcView& peerVpc = net_.vpcs[peer];
    if (overlap(vpc, peerVpc)) {
        return fail(code::CidrOverlap, ra::BadStateAttachment, route.route.target,
                    "Peering connection " + route.route.target + " joins " + vpc.label + " and " +
                        peerVpc.label +
                        ", whose address blocks overlap; AWS cannot route between "
                        "overlapping peered VPCs.",
                    "Give " + peerVpc.label + " an address block that does not overlap " +
                        vpc.label + "'s.");
    }
    if (position.arrival != Arrival::Origin || !net_.vpcHolds(peer, destinationAddress_)) {
        return fail(code::NonTransitivePeering, ra::PcxRequiresAddressInVpcCidr, route.route.target,
                    "Peering connection " + route.route.target + " only carries traffic between " +
                        vpc.label + " and " + peerVpc.label + "; " + destinationText() +
                        (position.arrival != Arrival::Origin
                             ? " was reached from another VPC, and peering is not transitive."
                             : " is not in " + peerVpc.label + ", and peering is not transitive."),
                    "Peer directly with the VPC that holds " + destinationAddress_.toString() +
                        ", or connect the VPCs through a transit gateway.");
    }
    pass("request", route.route.target, "vpc-peering", vpc.label + " -> " + peerVpc.label);
    Position inside;
    inside.vpc = peer;
    inside.arrival = Arrival::Peering;
    return deliverLocal(inside);
}

bool PathWalk::transitGatewayLeg(const Position& position, const RouteView& route,
                                 std::optional<Position>& next, bool& delivered) {
    const auto* tgw = net_.document().findAs<TransitGateway>(route.route.target);
    if (tgw == nullptr) {
        return blackhole(position, route, "no transit gateway " + route.route.target + " exists");
    }
    const VpcView& vpc = net_.vpcs[position.vpc];
    const Index attachment = net_.attachmentOf(position.vpc, route.route.target);
    if (attachment == none) {
        return blackhole(position, route,
                         vpc.label + " has no attachment to transit gateway " + route.route.target);
    }
    const TgwAttachmentView& from = net_.tgwAttachments[attachment];
    // AWS: from an ENI to the transit gateway, the attachment subnet's inbound rules apply.
    const Index entry = attachmentSubnet(attachment, position.sendingSubnet);
    if (entry != none && !naclRequest(entry, false, sourceAddress_)) {
        return false;
    }
    if (from.associatedRouteTable == none) {
        return fail(code::TgwNoRoute, ra::TgwMissingAssociation, from.id,
                    "Transit gateway attachment " + from.label +
                        " is associated with no transit gateway route table, so the transit "
                        "gateway does not know where to send its traffic.",
                    "Associate attachment " + from.label +
                        " with a transit gateway route table (or enable default association).");
    }
    const TgwRouteTableView& table = net_.tgwRouteTables[from.associatedRouteTable];
    const auto choice = lookupTgwRoute(net_, from.associatedRouteTable, destinationAddress_);
    if (!choice) {
        return fail(code::TgwNoRoute, ra::TgwRtbCannotRoute, table.id,
                    "Transit gateway route table " + table.label + " has no route for " +
                        destinationText() + ".",
                    "Propagate the destination VPC's attachment into " + table.label +
                        ", or add a static route for " + destinationAddress_.toString() + ".");
    }
    if (choice->blackhole) {
        return fail(code::TgwBlackhole, ra::TgwRtbBadStateRoute, table.id,
                    "Transit gateway route table " + table.label + " matches " + destinationText() +
                        " with a blackhole route (" + choice->destination.toString() +
                        "), so the transit gateway drops it.",
                    "Point the route " + choice->destination.toString() + " in " + table.label +
                        " at the attachment of the destination VPC.");
    }
    const TgwAttachmentView& to = net_.tgwAttachments[choice->attachment];
    pass("request", route.route.target, "transit-gateway",
         table.id + ": " + (choice->staticRoute != nullptr ? "static" : "propagated") + " route " +
             choice->destination.toString() + " -> " + to.id);
    if (to.vpc == none) {
        return fail(code::TgwBlackhole, ra::TgwRtbBadStateRoute, to.id,
                    "Transit gateway attachment " + to.label + " names no existing VPC.",
                    "Attach " + to.label + " to an existing VPC.");
    }
    const Index nearSubnet = destinationWorkload_ != none
                                 ? net_.workloads[destinationWorkload_].subnet
                                 : position.sendingSubnet;
    Position inside;
    inside.vpc = to.vpc;
    inside.arrival = Arrival::TransitGateway;
    inside.sendingSubnet = attachmentSubnet(choice->attachment, nearSubnet);
    if (net_.vpcHolds(to.vpc, destinationAddress_)) {
        delivered = true;
        return deliverLocal(inside);
    }
    // Precise choice 12: the attachment subnet's route table routes transit traffic on.
    if (inside.sendingSubnet == none) {
        return fail(code::TgwNoRoute, ra::TgwRtbCannotRoute, to.id,
                    "Transit gateway attachment " + to.label +
                        " has no subnet, so traffic it delivers into " + net_.vpcs[to.vpc].label +
                        " cannot be routed on.",
                    "Give attachment " + to.label + " a subnet in each Availability Zone.");
    }
    inside.table = net_.subnets[inside.sendingSubnet].routeTable;
    next = inside;
    return true;
}

bool PathWalk::serviceLeg(const Position& position, const RouteView& route) {
    const auto* endpoint = net_.document().findAs<GatewayEndpoint>(route.route.target);
    if (endpoint == nullptr || endpoint->vpc != net_.vpcs[position.vpc].id) {
        return blackhole(position, route,
                         "gateway endpoint " + route.route.target + " is not in this VPC");
    }
    pass("request", route.route.target, "gateway-endpoint",
         "to " + destination_.name + " through the VPC endpoint, without NAT or internet gateway");
    return naclResponse(sourceSubnet_, false, destinationAddress_);
}

bool PathWalk::respondFromVpc(Index vpc, Index subnet) {
    const bool sameSubnet = subnet == sourceSubnet_;
    if (!sameSubnet && !naclResponse(subnet, true, sourceAddress_)) {
        return false;
    }
    if (vpc != sourceVpc_ && !returnRoute(vpc, subnet)) {
        return false;
    }
    if (sameSubnet || skipSourceInbound_) {
        return true;
    }
    return naclResponse(sourceSubnet_, false, destinationAddress_);
}

bool PathWalk::returnRoute(Index vpc, Index subnet) {
    const Index table = net_.subnets[subnet].routeTable;
    const VpcView& here = net_.vpcs[vpc];
    const VpcView& home = net_.vpcs[sourceVpc_];
    const auto noReturn = [&](const std::string& why) {
        return fail(
            code::NoReturnRoute, ra::NoRouteToDestination, tableId(table),
            "The request arrives, but the response cannot get back: route table " + tableId(table) +
                " of subnet " + subnetLabel(subnet) + " " + why + ".",
            "Add a route for " + home.label + "'s block (" +
                (home.blocks.empty() ? sourceAddress_.toString() : home.blocks.front().toString()) +
                ") -> the peering connection or transit gateway that leads back, to " +
                tableId(table) + ".");
    };
    const auto choice = lookupRoute(net_, vpc, table, sourceAddress_);
    if (!choice) {
        return noReturn("has no route for " + sourceAddress_.toString());
    }
    if (choice->local) {
        return noReturn("keeps " + sourceAddress_.toString() + " inside " + here.label +
                        " (the VPCs' blocks overlap)");
    }
    const Route& route = choice->route->route;
    if (route.targetKind == RouteTargetKind::VpcPeering) {
        const auto* peering = net_.document().findAs<VpcPeering>(route.target);
        const bool joins = peering != nullptr &&
                           ((peering->requesterVpc == here.id && peering->accepterVpc == home.id) ||
                            (peering->requesterVpc == home.id && peering->accepterVpc == here.id));
        if (!joins) {
            return noReturn("sends " + sourceAddress_.toString() + " to " + route.target +
                            ", which does not join " + here.label + " and " + home.label);
        }
        pass("response", tableId(table), "route-table", routeText(*choice->route));
        return true;
    }
    if (route.targetKind != RouteTargetKind::TransitGateway) {
        return noReturn("sends " + sourceAddress_.toString() + " to " + route.target +
                        ", which does not lead back to " + home.label);
    }
    const Index attachment = net_.attachmentOf(vpc, route.target);
    if (attachment == none) {
        return noReturn("sends " + sourceAddress_.toString() + " to transit gateway " +
                        route.target + ", which " + here.label + " is not attached to");
    }
    pass("response", tableId(table), "route-table", routeText(*choice->route));
    const Index entry = attachmentSubnet(attachment, subnet);
    if (entry != none && !naclResponse(entry, false, destinationAddress_)) {
        return false;
    }
    const TgwAttachmentView& from = net_.tgwAttachments[attachment];
    if (from.associatedRouteTable == none) {
        return noReturn("sends the response to transit gateway " + route.target +
                        ", but attachment " + from.label +
                        " is associated with no transit gateway route table");
    }
    const auto tgwChoice = lookupTgwRoute(net_, from.associatedRouteTable, sourceAddress_);
    if (!tgwChoice || tgwChoice->blackhole ||
        net_.tgwAttachments[tgwChoice->attachment].vpc != sourceVpc_) {
        return noReturn("sends the response to transit gateway " + route.target +
                        ", whose route table " +
                        net_.tgwRouteTables[from.associatedRouteTable].label +
                        " does not lead back to " + home.label);
    }
    pass("response", route.target, "transit-gateway",
         net_.tgwRouteTables[from.associatedRouteTable].id + ": route " +
             tgwChoice->destination.toString() + " -> " +
             net_.tgwAttachments[tgwChoice->attachment].id);
    const Index exit = attachmentSubnet(tgwChoice->attachment, sourceSubnet_);
    if (exit == sourceSubnet_) {
        skipSourceInbound_ = true; // AWS evaluates no NACL from the gateway into its own subnet
        return true;
    }
    return exit == none || naclResponse(exit, true, sourceAddress_);
}

} // namespace topograph::reach
