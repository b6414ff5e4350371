// SPDX-License-Identifier: Apache-2.0
#include "core/reach/reach_matrix.h"

#include "core/reach/reach.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace topograph::reach {

namespace {

using ClassKey = std::tuple<Index, std::vector<Index>, bool, std::size_t>;

/// Cut points of every IPv4 block that any check compares an address with.
std::vector<std::uint64_t> addressCuts(const NetworkIndex& index) {
    std::vector<std::uint64_t> cuts;
    const auto add = [&](const Cidr& block) {
        cuts.push_back(block.network().v4Value());
        cuts.push_back(std::uint64_t{block.lastAddress().v4Value()} + 1);
    };
    for (const Cidr& block : index.networkBlocks()) {
        add(block);
    }
    for (const SecurityGroupView& group : index.securityGroups) {
        for (const auto* rules : {&group.ingress, &group.egress}) {
            for (const SgRuleView& rule : *rules) {
                if (rule.cidr) {
                    add(*rule.cidr);
                }
            }
        }
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    return cuts;
}

ReachQuery pairQuery(const MatrixQuery& matrix, std::string from, std::string to) {
    ReachQuery query;
    query.source = std::move(from);
    query.destination = std::move(to);
    query.protocol = matrix.protocol;
    query.port = matrix.port;
    query.ephemeral = matrix.ephemeral;
    return query;
}

} // namespace

void forEachMatrixPair(const NetworkIndex& index, const MatrixQuery& query,
                       const std::function<void(const MatrixPair&)>& visit) {
    const std::vector<std::uint64_t> cuts = addressCuts(index);
    std::vector<Index> workloads;
    std::map<ClassKey, std::size_t> classIds;
    std::vector<std::vector<Index>> members;
    std::vector<std::size_t> classOf(index.workloads.size(), 0);
    for (Index w = 0; w < index.workloads.size(); ++w) {
        const WorkloadView& view = index.workloads[w];
        if (view.subnet == none || index.subnets[view.subnet].vpc == none || !view.address) {
            continue;
        }
        workloads.push_back(w);
        std::vector<Index> groups = view.securityGroups;
        std::sort(groups.begin(), groups.end());
        const auto slot = static_cast<std::size_t>(
            std::upper_bound(cuts.begin(), cuts.end(), view.address->v4Value()) - cuts.begin());
        const ClassKey key{view.subnet, groups, view.publicIp, slot};
        const auto [it, inserted] = classIds.emplace(key, members.size());
        if (inserted) {
            members.emplace_back();
        }
        classOf[w] = it->second;
        members[it->second].push_back(w);
    }

    // Verdicts per class pair, filled on first use: 0 unknown, 1 reachable, 2 blocked.
    struct Verdict {
        std::uint8_t state = 0;
        std::string code;
    };
    const std::size_t classes = members.size();
    std::vector<Verdict> pairVerdicts(classes * classes);
    std::vector<Verdict> internetVerdicts(classes * 2);
    const auto ask = [&](Verdict& verdict, const std::string& from, const std::string& to) {
        if (verdict.state == 0) {
            const ReachAnswer answer = reach(index, pairQuery(query, from, to));
            verdict.state = answer.reachable ? 1 : 2;
            verdict.code = answer.code;
        }
        return &verdict;
    };
    MatrixPair pair;
    const auto emit = [&](const std::string& from, const std::string& to, const Verdict& verdict) {
        pair.from = from;
        pair.to = to;
        pair.reachable = verdict.state == 1;
        pair.code = verdict.code;
        visit(pair);
    };
    for (Index from : workloads) {
        for (Index to : workloads) {
            if (from == to) {
                continue;
            }
            const std::size_t a = classOf[from];
            const std::size_t b = classOf[to];
            // Two different members stand for the class when it meets itself.
            const Index source = members[a][0];
            const Index destination = a == b ? members[b][1] : members[b][0];
            const Verdict* verdict = ask(pairVerdicts[a * classes + b], index.workloads[source].id,
                                         index.workloads[destination].id);
            emit(index.workloads[from].id, index.workloads[to].id, *verdict);
        }
    }
    static const std::string internet = "internet";
    for (Index w : workloads) {
        const std::size_t c = classOf[w];
        const std::string& representative = index.workloads[members[c][0]].id;
        const std::string& id = index.workloads[w].id;
        emit(id, internet, *ask(internetVerdicts[c * 2], representative, internet));
        emit(internet, id, *ask(internetVerdicts[c * 2 + 1], internet, representative));
    }
}

std::vector<MatrixPair> reachMatrix(const NetworkIndex& index, const MatrixQuery& query) {
    std::vector<MatrixPair> pairs;
    forEachMatrixPair(index, query, [&](const MatrixPair& pair) { pairs.push_back(pair); });
    return pairs;
}

} // namespace topograph::reach
