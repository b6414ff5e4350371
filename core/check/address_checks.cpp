// SPDX-License-Identifier: Apache-2.0
// Workload addresses (NETWORK_SEMANTICS.md, "Addresses" and Precise choice 1): an explicit
// private IP must be an IPv4 address of the workload's subnet that AWS does not keep for itself
// and that no other workload uses; a subnet must have a usable address for every network
// interface placed in it.
#include "core/check/semantic_checks.h"
#include "core/check/wording.h"

#include <map>

namespace topograph::checks {

namespace {

// The subnet that gives a workload's primary interface its address: the first that exists.
const Resource* primarySubnet(ScopeView& view, const Placement& placement) {
    for (const ResourceId& id : placement.subnets) {
        if (const Resource* subnet = view.lookUp(id); subnet != nullptr && subnet->as<Subnet>()) {
            return subnet;
        }
    }
    return nullptr;
}

std::string reservedRole(const Cidr& block, const IpAddress& address) {
    if (address == block.network()) {
        return "the network address";
    }
    if (address == block.lastAddress()) {
        return "the broadcast address";
    }
    if (address == block.addressAt(1)) {
        return "the VPC router";
    }
    if (address == block.addressAt(2)) {
        return "the Amazon DNS server";
    }
    return "reserved by AWS for future use";
}

void checkExplicitAddress(ScopeView& view, const Resource& workload,
                          std::map<std::uint32_t, const Resource*>& owners) {
    const Placement& placement = *workload.placement();
    const std::string name = wording::capitalised(wording::named(workload));
    AddressError error = AddressError::None;
    const auto address = IpAddress::tryParse(placement.privateIp, error);
    if (!address || address->family() != IpFamily::V4) {
        view.report(
            Severity::Error, "PRIVATE_IP_INVALID", {workload.id},
            name + ": private IP " + wording::quoted(placement.privateIp) +
                " is not an IPv4 address" +
                (address ? std::string(" (it is IPv6)") : ": " + std::string(describe(error))) +
                ".",
            "Write an IPv4 address of the workload's subnet, for example 10.0.1.10, or "
            "leave the field empty to get the next free address.");
        return;
    }
    const Resource* subnet = primarySubnet(view, placement);
    const auto block =
        subnet != nullptr ? alignedBlock(subnet->as<Subnet>()->ipv4Cidr) : std::optional<Cidr>();
    if (block && block->family() == IpFamily::V4) {
        if (!block->contains(*address)) {
            view.report(Severity::Error, "PRIVATE_IP_OUTSIDE_SUBNET", {workload.id, subnet->id},
                        name + ": private IP " + address->toString() + " is not inside " +
                            wording::named(*subnet) + " (" + block->toString() +
                            "); AWS gives an interface an address of its own subnet only.",
                        "Use an address inside " + block->toString() + " (for example " +
                            block->addressAt(4).toString() +
                            "), or move the workload into the "
                            "subnet that holds " +
                            address->toString() + ".");
            return;
        }
        if (block->isAwsReserved(*address)) {
            view.report(Severity::Error, "PRIVATE_IP_RESERVED", {workload.id, subnet->id},
                        name + ": private IP " + address->toString() + " is " +
                            reservedRole(*block, *address) + " of " + wording::named(*subnet) +
                            " (" + block->toString() +
                            "). AWS keeps the first four addresses and the last one of every "
                            "subnet for itself.",
                        "Use an address from " + block->addressAt(4).toString() + " to " +
                            block->addressAt(block->size() - 2).toString() + ".");
            return;
        }
    }
    const auto [owner, first] = owners.try_emplace(address->v4Value(), &workload);
    if (!first) {
        view.report(Severity::Error, "PRIVATE_IP_DUPLICATE", {workload.id, owner->second->id},
                    name + ": private IP " + address->toString() + " is already used by " +
                        wording::named(*owner->second) +
                        "; two network interfaces cannot share an address.",
                    "Give " + wording::named(workload) +
                        " another address, or leave its private IP empty to get the next free "
                        "one.");
    }
}

} // namespace

void checkWorkloadAddresses(ScopeView& view) {
    std::map<std::uint32_t, const Resource*> owners; // explicit address -> first workload
    for (const Resource* workload : view.workloads) {
        if (!workload->placement()->privateIp.empty()) {
            checkExplicitAddress(view, *workload, owners);
        }
    }
    // One interface per subnet a workload is placed in (a load balancer or an interface
    // endpoint has one in each), and one per NAT gateway.
    std::unordered_map<ResourceId, std::vector<ResourceId>> natsBySubnet;
    for (const Resource* nat : view.natGateways) {
        natsBySubnet[nat->as<NatGateway>()->subnet].push_back(nat->id);
    }
    for (const Resource* subnet : view.subnets) {
        const auto block = alignedBlock(subnet->as<Subnet>()->ipv4Cidr);
        if (!block || block->family() != IpFamily::V4) {
            continue;
        }
        std::vector<ResourceId> users;
        for (const Resource* workload : view.workloadsIn(subnet->id)) {
            users.push_back(workload->id);
        }
        if (const auto nats = natsBySubnet.find(subnet->id); nats != natsBySubnet.end()) {
            users.insert(users.end(), nats->second.begin(), nats->second.end());
        }
        const std::uint64_t usable = block->usableHosts();
        if (users.size() <= usable) {
            continue;
        }
        std::vector<ResourceId> resources = {subnet->id};
        resources.insert(resources.end(), users.begin(), users.end());
        view.report(Severity::Error, "SUBNET_ADDRESSES_EXHAUSTED", std::move(resources),
                    wording::capitalised(wording::named(*subnet)) + " (" + block->toString() +
                        ") has " + wording::withThousands(usable) +
                        " usable addresses (AWS keeps 5 of every subnet), but " +
                        wording::withThousands(users.size()) +
                        " network interfaces are placed in it.",
                    "Give the subnet a larger block (a /" +
                        std::to_string(std::max(16, block->prefixLength() - 1)) +
                        " doubles it), or move some workloads to another subnet.");
    }
}

} // namespace topograph::checks
