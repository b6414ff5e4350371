// SPDX-License-Identifier: Apache-2.0
#include "reference_evaluator.h"

#include "core/cidr/cidr.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace topograph::reach::testing {

namespace {

std::optional<Cidr> block(const std::string& text) {
    CidrParseError error;
    auto cidr = Cidr::tryParse(text, error);
    if (!cidr || cidr->family() != IpFamily::V4) {
        return std::nullopt;
    }
    return cidr->aligned();
}

std::optional<IpAddress> address(const std::string& text) {
    AddressError error = AddressError::None;
    auto parsed = IpAddress::tryParse(text, error);
    if (!parsed || parsed->family() != IpFamily::V4) {
        return std::nullopt;
    }
    return parsed;
}

const std::vector<std::string> nonPublic = {"0.0.0.0/8",      "10.0.0.0/8",     "100.64.0.0/10",
                                            "127.0.0.0/8",    "169.254.0.0/16", "172.16.0.0/12",
                                            "192.168.0.0/16", "224.0.0.0/3"};

// One packet's walk: a check that passes adds one to depth, one that fails ends the walk.
struct Outcome {
    bool reachable = false;
    std::string code;
    int depth = 0;
};

class Reference {
public:
    Reference(const Document& document, const ReachQuery& query) : doc_(document), query_(query) {
        assignAddresses();
    }

    ReferenceVerdict run();

private:
    // ---- the model, read plainly ----
    const Subnet* subnet(const std::string& id) const { return doc_.findAs<Subnet>(id); }

    std::vector<Cidr> vpcBlocks(const std::string& vpc) const {
        std::vector<Cidr> blocks;
        if (const auto* v = doc_.findAs<Vpc>(vpc)) {
            for (const auto& text : v->ipv4Cidrs) {
                if (auto b = block(text)) {
                    blocks.push_back(*b);
                }
            }
        }
        return blocks;
    }

    bool inVpc(const std::string& vpc, const IpAddress& a) const {
        for (const Cidr& b : vpcBlocks(vpc)) {
            if (b.contains(a)) {
                return true;
            }
        }
        return false;
    }

    bool inAnyVpc(const IpAddress& a) const {
        for (const Resource& r : doc_.resources()) {
            if (r.as<Vpc>() != nullptr && inVpc(r.id, a)) {
                return true;
            }
        }
        return false;
    }

    static bool isNonPublic(const IpAddress& a) {
        for (const auto& text : nonPublic) {
            if (block(text)->contains(a)) {
                return true;
            }
        }
        return false;
    }

    std::string firstSubnetOf(const Resource& r) const {
        for (const auto& id : r.placement()->subnets) {
            if (subnet(id) != nullptr) {
                return id;
            }
        }
        return "";
    }

    void assignAddresses() {
        for (const Resource& r : doc_.resources()) {
            if (r.placement() == nullptr) {
                continue;
            }
            const std::string s = firstSubnetOf(r);
            if (s.empty()) {
                continue;
            }
            if (auto a = address(r.placement()->privateIp)) {
                addresses_[r.id] = *a;
            }
        }
        for (const Resource& s : doc_.resources()) {
            const auto* sub = s.as<Subnet>();
            if (sub == nullptr || !block(sub->ipv4Cidr)) {
                continue;
            }
            const Cidr b = *block(sub->ipv4Cidr);
            std::vector<std::string> ids;
            std::set<std::uint32_t> taken;
            for (const Resource& r : doc_.resources()) {
                if (r.placement() == nullptr || firstSubnetOf(r) != s.id) {
                    continue;
                }
                if (addresses_.contains(r.id)) {
                    taken.insert(addresses_[r.id].v4Value());
                } else {
                    ids.push_back(r.id);
                }
            }
            std::sort(ids.begin(), ids.end());
            std::uint64_t next = 4;
            for (const auto& id : ids) {
                while (next + 1 < b.size() && taken.contains(b.addressAt(next).v4Value())) {
                    ++next;
                }
                if (next + 1 >= b.size()) {
                    break;
                }
                addresses_[id] = b.addressAt(next);
                ++next;
            }
        }
    }

    const NetworkAcl* naclOf(const std::string& subnetId, bool& allowAll) const {
        allowAll = false;
        const Subnet* s = subnet(subnetId);
        if (s->networkAcl) {
            if (const auto* acl = doc_.findAs<NetworkAcl>(*s->networkAcl)) {
                return acl;
            }
        }
        for (const Resource& r : doc_.resources()) {
            const auto* acl = r.as<NetworkAcl>();
            if (acl != nullptr && acl->vpc == s->vpc && acl->isDefault) {
                return acl;
            }
        }
        allowAll = true;
        return nullptr;
    }

    bool protocolMatches(IpProtocol rule) const {
        return rule.number == -1 || rule.number == query_.protocol.number;
    }

    bool portMatches(IpProtocol ruleProtocol, const std::optional<PortRange>& ports,
                     int port) const {
        if (!query_.protocol.hasPorts() || !ruleProtocol.hasPorts() || !ports || ports->from < 0) {
            return true;
        }
        return port >= ports->from && port <= ports->to;
    }

    bool naclAllows(const std::string& subnetId, bool outbound, const IpAddress& remote,
                    int port) const {
        bool allowAll = false;
        const NetworkAcl* acl = naclOf(subnetId, allowAll);
        if (allowAll) {
            return true;
        }
        std::vector<NaclEntry> entries;
        for (const NaclEntry& e : acl->entries) {
            if (e.egress == outbound) {
                entries.push_back(e);
            }
        }
        std::stable_sort(
            entries.begin(), entries.end(),
            [](const NaclEntry& a, const NaclEntry& b) { return a.ruleNumber < b.ruleNumber; });
        for (const NaclEntry& e : entries) {
            const auto b = block(e.cidr);
            if (protocolMatches(e.protocol) && portMatches(e.protocol, e.ports, port) && b &&
                b->contains(remote)) {
                return e.action == RuleAction::Allow;
            }
        }
        return false;
    }

    // Security groups: ids of the groups on a workload ("*implicit*<vpc>" for the made-up default).
    std::vector<std::string> groupsOf(const std::string& workload) const {
        std::vector<std::string> groups;
        const Resource* r = doc_.find(workload);
        for (const auto& id : r->placement()->securityGroups) {
            if (doc_.findAs<SecurityGroup>(id) != nullptr) {
                groups.push_back(id);
            }
        }
        if (!groups.empty()) {
            return groups;
        }
        const std::string vpc = subnet(firstSubnetOf(*r))->vpc;
        for (const Resource& g : doc_.resources()) {
            const auto* sg = g.as<SecurityGroup>();
            if (sg != nullptr && sg->vpc == vpc && sg->isDefault) {
                return {g.id};
            }
        }
        return {"*implicit*" + vpc};
    }

    std::string vpcOfWorkload(const std::string& workload) const {
        return subnet(firstSubnetOf(*doc_.find(workload)))->vpc;
    }

    bool peered(const std::string& a, const std::string& b) const {
        for (const Resource& r : doc_.resources()) {
            const auto* p = r.as<VpcPeering>();
            if (p != nullptr && p->peerRegion.empty() &&
                ((p->requesterVpc == a && p->accepterVpc == b) ||
                 (p->requesterVpc == b && p->accepterVpc == a))) {
                return true;
            }
        }
        return false;
    }

    bool groupAllows(const std::string& workload, bool egress, const IpAddress& remote,
                     const std::string& remoteWorkload) const {
        bool refsCount = false;
        std::vector<std::string> remoteGroups;
        if (!remoteWorkload.empty()) {
            const std::string a = vpcOfWorkload(workload);
            const std::string b = vpcOfWorkload(remoteWorkload);
            refsCount = a == b || peered(a, b);
            remoteGroups = groupsOf(remoteWorkload);
        }
        for (const std::string& g : groupsOf(workload)) {
            if (g.rfind("*implicit*", 0) == 0) {
                if (egress) {
                    return true; // egress anywhere
                }
                if (refsCount &&
                    std::find(remoteGroups.begin(), remoteGroups.end(), g) != remoteGroups.end()) {
                    return true;
                }
                continue;
            }
            const auto* sg = doc_.findAs<SecurityGroup>(g);
            for (const SecurityGroupRule& rule : egress ? sg->egress : sg->ingress) {
                if (!protocolMatches(rule.protocol) ||
                    !portMatches(rule.protocol, rule.ports, query_.port)) {
                    continue;
                }
                if (rule.peerKind == SgPeerKind::Cidr) {
                    const auto b = block(rule.peer);
                    if (b && b->contains(remote)) {
                        return true;
                    }
                } else if (rule.peerKind == SgPeerKind::SecurityGroup && refsCount &&
                           std::find(remoteGroups.begin(), remoteGroups.end(), rule.peer) !=
                               remoteGroups.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    bool hasPublicIp(const std::string& workload) const {
        for (const Resource& r : doc_.resources()) {
            const auto* eip = r.as<ElasticIp>();
            if (eip != nullptr && eip->associatedWith && *eip->associatedWith == workload) {
                return true;
            }
        }
        const Resource* r = doc_.find(workload);
        switch (r->placement()->publicIp) {
        case PublicIpChoice::Yes:
            return true;
        case PublicIpChoice::No:
            return false;
        case PublicIpChoice::SubnetDefault:
            return subnet(firstSubnetOf(*r))->mapPublicIpOnLaunch;
        }
        return false;
    }

    // Routes: returns whether one matched; `local` or `chosen`.
    bool lookup(const std::string& vpc, const std::string& subnetId, const IpAddress& a,
                bool& local, Route& chosen) const {
        int bestPrefix = -1;
        bool bestLocal = false;
        const std::vector<Cidr> blocks = vpcBlocks(vpc);
        for (const Cidr& b : blocks) {
            if (b.contains(a) && b.prefixLength() > bestPrefix) {
                bestPrefix = b.prefixLength();
                bestLocal = true;
            }
        }
        const RouteTable* table = nullptr;
        const Subnet* s = subnet(subnetId);
        if (s->routeTable) {
            table = doc_.findAs<RouteTable>(*s->routeTable);
        }
        if (table == nullptr) {
            for (const Resource& r : doc_.resources()) {
                const auto* t = r.as<RouteTable>();
                if (t != nullptr && t->vpc == vpc && t->main) {
                    table = t;
                    break;
                }
            }
        }
        if (table != nullptr) {
            for (const Route& route : table->routes) {
                const auto b = block(route.destination);
                if (!b || !b->contains(a)) {
                    continue;
                }
                bool insideVpc = false;
                for (const Cidr& v : blocks) {
                    insideVpc = insideVpc || v.contains(*b);
                }
                if (insideVpc) {
                    continue; // only a middlebox may be more specific than a VPC block
                }
                if (b->prefixLength() > bestPrefix) {
                    bestPrefix = b->prefixLength();
                    bestLocal = false;
                    chosen = route;
                }
            }
        }
        local = bestLocal;
        return bestPrefix >= 0;
    }

    std::string subnetHolding(const std::string& vpc, const IpAddress& a) const {
        for (const Resource& r : doc_.resources()) {
            const auto* s = r.as<Subnet>();
            if (s != nullptr && s->vpc == vpc && block(s->ipv4Cidr) &&
                block(s->ipv4Cidr)->contains(a)) {
                return r.id;
            }
        }
        return "";
    }

    Outcome fromWorkload(const IpAddress& dst, int clientPort) const;
    Outcome deliver(const std::string& vpc, const std::string& arrivedFrom, const IpAddress& dst,
                    int clientPort, Outcome out) const;
    Outcome fromInternet(const IpAddress& client, int clientPort) const;

    std::vector<IpAddress> internetCandidates() const;
    std::vector<int> portCandidates(int low, int high) const;

    const Document& doc_;
    const ReachQuery& query_;
    std::map<std::string, IpAddress> addresses_;
    std::string sourceId_;
    std::string destinationId_; // a workload, or empty
    bool destinationPrivate_ = false;
};

Outcome failed(Outcome out, const char* code) {
    out.code = code;
    return out;
}

Outcome Reference::fromWorkload(const IpAddress& dst, int clientPort) const {
    Outcome out;
    const std::string x = firstSubnetOf(*doc_.find(sourceId_));
    const std::string v = subnet(x)->vpc;
    const IpAddress src = addresses_.at(sourceId_);
    if (!groupAllows(sourceId_, true, dst, destinationId_)) {
        return failed(out, "SG_EGRESS_DENIED");
    }
    ++out.depth;
    const bool sameSubnet = destinationId_.empty() ? block(subnet(x)->ipv4Cidr)->contains(dst)
                                                   : firstSubnetOf(*doc_.find(destinationId_)) == x;
    if (sameSubnet) {
        ++out.depth;
        if (!destinationId_.empty()) {
            if (!groupAllows(destinationId_, false, src, sourceId_)) {
                return failed(out, "SG_INGRESS_DENIED");
            }
            ++out.depth;
        }
        out.reachable = true;
        return out;
    }
    if (!naclAllows(x, true, dst, query_.port)) {
        return failed(out, "NACL_OUTBOUND_DENIED");
    }
    ++out.depth;
    bool local = false;
    Route route;
    if (!lookup(v, x, dst, local, route)) {
        return failed(out, "NO_ROUTE");
    }
    ++out.depth;
    if (local) {
        return deliver(v, x, dst, clientPort, out);
    }
    switch (route.targetKind) {
    case RouteTargetKind::InternetGateway: {
        const auto* igw = doc_.findAs<InternetGateway>(route.target);
        if (igw == nullptr) {
            return failed(out, "BLACKHOLE_ROUTE");
        }
        if (!igw->attachedVpc || *igw->attachedVpc != v) {
            return failed(out, "IGW_NOT_ATTACHED");
        }
        if (!hasPublicIp(sourceId_)) {
            return failed(out, "NO_PUBLIC_IP");
        }
        if (destinationPrivate_) {
            return failed(out, "NO_ROUTE");
        }
        ++out.depth;
        if (!naclAllows(x, false, dst, clientPort)) {
            return failed(out, "NACL_RETURN_DENIED");
        }
        ++out.depth;
        out.reachable = true;
        return out;
    }
    case RouteTargetKind::NatGateway: {
        const auto* nat = doc_.findAs<NatGateway>(route.target);
        if (nat == nullptr || subnet(nat->subnet) == nullptr || subnet(nat->subnet)->vpc != v) {
            return failed(out, "BLACKHOLE_ROUTE");
        }
        const std::string n = nat->subnet;
        bool natLocal = false;
        Route natRoute;
        bool toIgw = lookup(v, n, dst, natLocal, natRoute) && !natLocal &&
                     natRoute.targetKind == RouteTargetKind::InternetGateway;
        if (toIgw) {
            const auto* igw = doc_.findAs<InternetGateway>(natRoute.target);
            toIgw = igw != nullptr && igw->attachedVpc && *igw->attachedVpc == v;
        }
        if (!toIgw) {
            return failed(out, "NAT_IN_PRIVATE_SUBNET");
        }
        bool eip = nat->connectivity == NatConnectivity::Public && nat->elasticIp &&
                   doc_.findAs<ElasticIp>(*nat->elasticIp) != nullptr;
        for (const Resource& r : doc_.resources()) {
            const auto* e = r.as<ElasticIp>();
            if (e != nullptr && e->associatedWith && *e->associatedWith == route.target &&
                nat->connectivity == NatConnectivity::Public) {
                eip = true;
            }
        }
        if (!eip) {
            return failed(out, "NAT_NO_ELASTIC_IP");
        }
        ++out.depth;
        if (n != x) {
            if (!naclAllows(n, false, src, query_.port)) {
                return failed(out, "NACL_INBOUND_DENIED");
            }
            ++out.depth;
        }
        if (!naclAllows(n, true, dst, query_.port)) {
            return failed(out, "NACL_OUTBOUND_DENIED");
        }
        ++out.depth;
        if (destinationPrivate_) {
            return failed(out, "NO_ROUTE");
        }
        ++out.depth;
        bool natPortWorks = false;
        for (int p : portCandidates(1024, 65535)) {
            natPortWorks = natPortWorks || naclAllows(n, false, dst, p);
        }
        if (!natPortWorks) {
            return failed(out, "NACL_RETURN_DENIED");
        }
        ++out.depth;
        if (n != x) {
            if (!naclAllows(n, true, src, clientPort)) {
                return failed(out, "NACL_RETURN_DENIED");
            }
            ++out.depth;
        }
        if (!naclAllows(x, false, dst, clientPort)) {
            return failed(out, "NACL_RETURN_DENIED");
        }
        ++out.depth;
        out.reachable = true;
        return out;
    }
    case RouteTargetKind::VpcPeering: {
        const auto* pcx = doc_.findAs<VpcPeering>(route.target);
        std::string peer;
        if (pcx != nullptr && pcx->requesterVpc == v) {
            peer = pcx->accepterVpc;
        } else if (pcx != nullptr && pcx->accepterVpc == v) {
            peer = pcx->requesterVpc;
        }
        if (peer.empty() || doc_.findAs<Vpc>(peer) == nullptr) {
            return failed(out, "BLACKHOLE_ROUTE");
        }
        for (const Cidr& a : vpcBlocks(v)) {
            for (const Cidr& b : vpcBlocks(peer)) {
                if (a.overlaps(b)) {
                    return failed(out, "CIDR_OVERLAP");
                }
            }
        }
        if (!inVpc(peer, dst)) {
            return failed(out, "NON_TRANSITIVE_PEERING");
        }
        ++out.depth;
        return deliver(peer, "", dst, clientPort, out);
    }
    default:
        return failed(out, "BLACKHOLE_ROUTE");
    }
}

Outcome Reference::deliver(const std::string& vpc, const std::string& arrivedFrom,
                           const IpAddress& dst, int clientPort, Outcome out) const {
    const std::string x = firstSubnetOf(*doc_.find(sourceId_));
    const std::string v = subnet(x)->vpc;
    const IpAddress src = addresses_.at(sourceId_);
    std::string y;
    if (!destinationId_.empty()) {
        y = firstSubnetOf(*doc_.find(destinationId_));
        if (subnet(y)->vpc != vpc) {
            return failed(out, "CIDR_OVERLAP");
        }
    } else {
        y = subnetHolding(vpc, dst);
        if (y.empty()) {
            return failed(out, "NO_ROUTE");
        }
    }
    if (arrivedFrom != y) {
        if (!naclAllows(y, false, src, query_.port)) {
            return failed(out, "NACL_INBOUND_DENIED");
        }
        ++out.depth;
    }
    if (!destinationId_.empty()) {
        if (!groupAllows(destinationId_, false, src, sourceId_)) {
            return failed(out, "SG_INGRESS_DENIED");
        }
        ++out.depth;
    }
    if (y != x) {
        if (!naclAllows(y, true, src, clientPort)) {
            return failed(out, "NACL_RETURN_DENIED");
        }
        ++out.depth;
    }
    if (vpc != v) {
        bool local = false;
        Route back;
        bool ok = lookup(vpc, y, src, local, back) && !local &&
                  back.targetKind == RouteTargetKind::VpcPeering;
        if (ok) {
            const auto* pcx = doc_.findAs<VpcPeering>(back.target);
            ok = pcx != nullptr && ((pcx->requesterVpc == vpc && pcx->accepterVpc == v) ||
                                    (pcx->requesterVpc == v && pcx->accepterVpc == vpc));
        }
        if (!ok) {
            return failed(out, "NO_RETURN_ROUTE");
        }
        ++out.depth;
    }
    if (y != x) {
        if (!naclAllows(x, false, dst, clientPort)) {
            return failed(out, "NACL_RETURN_DENIED");
        }
        ++out.depth;
    }
    out.reachable = true;
    return out;
}

Outcome Reference::fromInternet(const IpAddress& client, int clientPort) const {
    Outcome out;
    const std::string y = firstSubnetOf(*doc_.find(destinationId_));
    const std::string w = subnet(y)->vpc;
    if (!hasPublicIp(destinationId_)) {
        return failed(out, "NO_PUBLIC_IP");
    }
    ++out.depth;
    bool local = false;
    Route route;
    const InternetGateway* igw = nullptr;
    if (lookup(w, y, client, local, route) && !local &&
        route.targetKind == RouteTargetKind::InternetGateway) {
        igw = doc_.findAs<InternetGateway>(route.target);
    }
    if (igw == nullptr) {
        return failed(out, "NO_ROUTE");
    }
    if (!igw->attachedVpc || *igw->attachedVpc != w) {
        return failed(out, "IGW_NOT_ATTACHED");
    }
    out.depth += 2; // the gateway, then the subnet's route back to it
    if (!naclAllows(y, false, client, query_.port)) {
        return failed(out, "NACL_INBOUND_DENIED");
    }
    ++out.depth;
    if (!groupAllows(destinationId_, false, client, "")) {
        return failed(out, "SG_INGRESS_DENIED");
    }
    ++out.depth;
    if (!naclAllows(y, true, client, clientPort)) {
        return failed(out, "NACL_RETURN_DENIED");
    }
    ++out.depth;
    out.reachable = true;
    return out;
}

std::vector<IpAddress> Reference::internetCandidates() const {
    std::vector<std::string> texts = nonPublic;
    for (const Resource& r : doc_.resources()) {
        if (const auto* v = r.as<Vpc>()) {
            texts.insert(texts.end(), v->ipv4Cidrs.begin(), v->ipv4Cidrs.end());
        } else if (const auto* s = r.as<Subnet>()) {
            texts.push_back(s->ipv4Cidr);
        } else if (const auto* t = r.as<RouteTable>()) {
            for (const auto& route : t->routes) {
                texts.push_back(route.destination);
            }
        } else if (const auto* acl = r.as<NetworkAcl>()) {
            for (const auto& e : acl->entries) {
                texts.push_back(e.cidr);
            }
        } else if (const auto* sg = r.as<SecurityGroup>()) {
            for (const auto* rules : {&sg->ingress, &sg->egress}) {
                for (const auto& rule : *rules) {
                    texts.push_back(rule.peer);
                }
            }
        }
    }
    std::set<std::uint64_t> values;
    for (const auto& text : texts) {
        if (const auto b = block(text)) {
            const std::uint64_t first = b->network().v4Value();
            const std::uint64_t last = b->lastAddress().v4Value();
            for (std::uint64_t value : {first - 1, first, last, last + 1}) {
                if (value <= 0xFFFFFFFFULL) {
                    values.insert(value);
                }
            }
        }
    }
    std::vector<IpAddress> result;
    for (std::uint64_t value : values) {
        const IpAddress a = IpAddress::v4(static_cast<std::uint32_t>(value));
        if (!isNonPublic(a) && !inAnyVpc(a)) {
            result.push_back(a);
        }
    }
    return result;
}

std::vector<int> Reference::portCandidates(int low, int high) const {
    std::set<int> ports{low, high};
    for (const Resource& r : doc_.resources()) {
        if (const auto* acl = r.as<NetworkAcl>()) {
            for (const auto& e : acl->entries) {
                if (e.ports) {
                    for (int p : {e.ports->from - 1, e.ports->from, e.ports->to, e.ports->to + 1}) {
                        if (p >= low && p <= high) {
                            ports.insert(p);
                        }
                    }
                }
            }
        }
    }
    return {ports.begin(), ports.end()};
}

ReferenceVerdict Reference::run() {
    ReferenceVerdict verdict;
    const auto usable = [&](const std::string& id) {
        const Resource* r = doc_.find(id);
        if (r == nullptr || r->placement() == nullptr) {
            return false;
        }
        const std::string s = firstSubnetOf(*r);
        return !s.empty() && doc_.findAs<Vpc>(subnet(s)->vpc) != nullptr && addresses_.contains(id);
    };
    const auto workloadWithAddress = [&](const IpAddress& a) -> std::string {
        for (const auto& [id, assigned] : addresses_) {
            if (assigned == a) {
                return id;
            }
        }
        return "";
    };
    // Resolve the two ends.
    std::vector<IpAddress> remotes;
    bool fromInternet = false;
    if (query_.source == "internet" || address(query_.source)) {
        fromInternet = true;
        if (auto a = address(query_.source)) {
            const std::string w = workloadWithAddress(*a);
            if (!w.empty()) {
                fromInternet = false;
                sourceId_ = w;
            } else {
                remotes.push_back(*a);
            }
        }
    } else {
        sourceId_ = query_.source;
    }
    if (query_.destination != "internet") {
        if (auto a = address(query_.destination)) {
            destinationId_ = workloadWithAddress(*a);
            if (destinationId_.empty()) {
                remotes.push_back(*a);
                destinationPrivate_ = isNonPublic(*a) || inAnyVpc(*a);
            }
        } else {
            destinationId_ = query_.destination;
        }
    }
    if (!destinationId_.empty()) {
        destinationPrivate_ = true;
    }
    if ((!sourceId_.empty() && !usable(sourceId_)) ||
        (!destinationId_.empty() && !usable(destinationId_)) || sourceId_ == destinationId_ ||
        (fromInternet && destinationId_.empty())) {
        verdict.error = true;
        return verdict;
    }
    if (!fromInternet && !destinationId_.empty()) {
        remotes = {addresses_.at(destinationId_)};
    } else if (remotes.empty()) {
        remotes = internetCandidates();
    }
    const std::vector<int> ports = query_.protocol.hasPorts()
                                       ? portCandidates(query_.ephemeral.from, query_.ephemeral.to)
                                       : std::vector<int>{0};
    Outcome best;
    bool haveBest = false;
    for (const IpAddress& remote : remotes) {
        std::vector<std::pair<int, bool>> portResults;
        bool any = false;
        for (int port : ports) {
            const Outcome o =
                fromInternet ? this->fromInternet(remote, port) : fromWorkload(remote, port);
            portResults.emplace_back(port, o.reachable);
            any = any || o.reachable;
            // Among failures, the packet that passed most checks names the blocker; the
            // lowest address (then port) on a tie.
            if (!o.reachable && (!haveBest || o.depth > best.depth)) {
                best = o;
                haveBest = true;
            }
        }
        if (any) {
            verdict.reachable = true;
            if (query_.protocol.hasPorts()) {
                verdict.clientPorts = portResults;
            }
            return verdict;
        }
    }
    verdict.code = best.code;
    return verdict;
}

} // namespace

ReferenceVerdict referenceReach(const Document& document, const ReachQuery& query) {
    Reference reference(document, query);
    return reference.run();
}

} // namespace topograph::reach::testing
