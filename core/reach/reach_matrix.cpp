// SPDX-License-Identifier: Apache-2.0
// The all-pairs matrix: workloads grouped into equivalence classes, and per pair of classes the
// checks of PathWalk in its order: the source's security groups (compiled GroupRules), the
// network part up to the destination (a verdict-only walk per pair of subnet address classes,
// shared by every class pair with those ends), the destination's security groups, then the
// response. Legs the verdict-only walk does not model, and the internet pairs, go to reach().
#include "core/reach/reach_matrix.h"

#include "core/reach/address_cuts.h"
#include "core/reach/group_rules.h"
#include "core/reach/reach.h"
#include "core/reach/reach_codes.h"
#include "core/reach/verdict_walk.h"
#include "core/reach/vpc_graph.h"

#include <algorithm>
#include <exception>
#include <map>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <tuple>

namespace topograph::reach {

namespace {

/// Cut points of every IPv4 block that any check compares an address with.
AddressCuts addressCuts(const NetworkIndex& index) {
    AddressCuts cuts;
    for (const Cidr& block : index.networkBlocks()) {
        cuts.add(block);
    }
    for (const SecurityGroupView& group : index.securityGroups) {
        for (const auto* rules : {&group.ingress, &group.egress}) {
            for (const SgRuleView& rule : *rules) {
                if (rule.cidr) {
                    cuts.add(*rule.cidr);
                }
            }
        }
    }
    cuts.seal();
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

struct WorkloadClass {
    std::vector<Index> members;
    std::vector<Index> groups; // sorted
    WalkEnd end;
    std::size_t endpoint = 0; // (subnet, address class) shared with other classes
    GroupRules egress;
    GroupRules ingress;
};

} // namespace

/// Builds a VerdictMatrix; one instance per computation.
class MatrixBuilder {
public:
    MatrixBuilder(const NetworkIndex& index, const MatrixQuery& query)
        : index_(index), query_(query),
          context_(index, query.protocol, query.port, query.ephemeral), graph_(index) {
        codeIds_.emplace("", 0);
        matrix_.codes_.emplace_back();
        for (std::string_view code :
             {code::SgEgressDenied, code::SgIngressDenied, code::NaclOutboundDenied,
              code::NaclInboundDenied, code::NaclReturnDenied, code::NoRoute, code::BlackholeRoute,
              code::NoReturnRoute, code::IgwNotAttached, code::NoPublicIp, code::NatInPrivateSubnet,
              code::NatNoElasticIp, code::NonTransitivePeering, code::CidrOverlap, code::TgwNoRoute,
              code::TgwBlackhole}) {
            codeId(code);
        }
        sgEgressDenied_ = codeId(code::SgEgressDenied);
        sgIngressDenied_ = codeId(code::SgIngressDenied);
    }

    VerdictMatrix build(unsigned threads) {
        classify();
        const std::size_t classes = classes_.size();
        matrix_.classCount_ = classes;
        matrix_.pairs_.assign(classes * classes, 0);
        matrix_.internet_.assign(classes * 2, 0);
        walks_.assign(endpoints_ * endpoints_, Walked{});
        if (threads == 0) {
            // Past a few threads the walks' own tables cost more memory than they save time.
            threads = std::clamp(std::thread::hardware_concurrency(), 1U, 8U);
        }
        if (classes < 64) {
            threads = 1; // not worth a thread
        }
        // Threads own whole rows of source endpoints, so they never share a walk slot.
        std::vector<std::vector<std::size_t>> rows(threads);
        for (std::size_t c = 0; c < classes; ++c) {
            rows[classes_[c].endpoint % threads].push_back(c);
        }
        std::vector<Counters> counters(threads);
        std::vector<std::exception_ptr> errors(threads);
        const auto work = [&](unsigned t) {
            try {
                VerdictWalk walk(context_);
                for (std::size_t from : rows[t]) {
                    fillRow(from, walk, counters[t]);
                }
            } catch (...) {
                errors[t] = std::current_exception();
            }
        };
        if (threads == 1) {
            work(0);
        } else {
            std::vector<std::thread> pool;
            for (unsigned t = 0; t < threads; ++t) {
                pool.emplace_back(work, t);
            }
            for (std::thread& thread : pool) {
                thread.join();
            }
        }
        for (unsigned t = 0; t < threads; ++t) {
            if (errors[t]) {
                std::rethrow_exception(errors[t]);
            }
            matrix_.statistics_.networkWalks += counters[t].walks;
            matrix_.statistics_.delegatedPairs += counters[t].delegated;
            matrix_.statistics_.internetQueries += counters[t].internet;
        }
        matrix_.statistics_.classPairs = classes * classes;
        return std::move(matrix_);
    }

private:
    struct Counters {
        std::size_t walks = 0;
        std::size_t delegated = 0;
        std::size_t internet = 0;
    };
    struct Walked {
        bool known = false;
        WalkStatus status = WalkStatus::Passed;
        std::uint8_t code = 0;
    };

    void classify() {
        const AddressCuts cuts = addressCuts(index_);
        using ClassKey = std::tuple<Index, std::vector<Index>, bool, std::size_t>;
        std::map<ClassKey, std::size_t> classIds;
        std::map<std::pair<Index, std::size_t>, std::size_t> endpointIds;
        for (Index w = 0; w < index_.workloads.size(); ++w) {
            const WorkloadView& view = index_.workloads[w];
            if (view.subnet == none || index_.subnets[view.subnet].vpc == none || !view.address) {
                continue;
            }
            std::vector<Index> groups = view.securityGroups;
            std::sort(groups.begin(), groups.end());
            groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
            const std::size_t slot = cuts.slotOf(view.address->v4Value());
            const ClassKey key{view.subnet, groups, view.publicIp, slot};
            const auto [it, inserted] = classIds.emplace(key, classes_.size());
            if (inserted) {
                const auto endpoint =
                    endpointIds.emplace(std::pair{view.subnet, slot}, endpointIds.size()).first;
                classes_.push_back(WorkloadClass{
                    {},
                    groups,
                    context_.end(w),
                    endpoint->second,
                    GroupRules(index_, view.securityGroups, true, query_.protocol, query_.port),
                    GroupRules(index_, view.securityGroups, false, query_.protocol, query_.port)});
            }
            classes_[it->second].members.push_back(w);
            matrix_.workloads_.push_back(w);
            matrix_.classOf_.push_back(it->second);
        }
        endpoints_ = endpointIds.size();
    }

    void fillRow(std::size_t from, VerdictWalk& walk, Counters& counters) {
        const WorkloadClass& source = classes_[from];
        const std::size_t classes = classes_.size();
        for (std::size_t to = 0; to < classes; ++to) {
            if (to == from && source.members.size() < 2) {
                continue; // no pair of two different workloads in this class
            }
            matrix_.pairs_[from * classes + to] = pairVerdict(from, to, walk, counters);
        }
        const std::string& representative = index_.workloads[source.members.front()].id;
        matrix_.internet_[from * 2] = askReach(representative, "internet");
        matrix_.internet_[from * 2 + 1] = askReach("internet", representative);
        counters.internet += 2;
    }

    std::uint8_t pairVerdict(std::size_t from, std::size_t to, VerdictWalk& walk,
                             Counters& counters) {
        const WorkloadClass& a = classes_[from];
        const WorkloadClass& b = classes_[to];
        const bool references = graph_.referencesCount(a.end.vpc, b.end.vpc);
        if (!a.egress.allows(b.end.address, b.groups, references)) {
            return sgEgressDenied_;
        }
        Walked& walked = walks_[a.endpoint * endpoints_ + b.endpoint];
        if (!walked.known) {
            const WalkOutcome outcome = walk.run(a.end, b.end);
            ++counters.walks;
            walked.known = true;
            walked.status = outcome.status;
            walked.code = outcome.status == WalkStatus::Unsupported ? 0 : knownCodeId(outcome.code);
        }
        switch (walked.status) {
        case WalkStatus::Unsupported: {
            // Two different members stand for the class when it meets itself.
            const Index source = a.members[0];
            const Index destination = from == to ? b.members[1] : b.members[0];
            ++counters.delegated;
            return askReach(index_.workloads[source].id, index_.workloads[destination].id);
        }
        case WalkStatus::RequestBlocked:
            return walked.code;
        case WalkStatus::ResponseBlocked:
        case WalkStatus::Passed:
            break;
        }
        if (!b.ingress.allows(a.end.address, a.groups, references)) {
            return sgIngressDenied_;
        }
        return walked.code; // 0 when passed
    }

    std::uint8_t askReach(const std::string& from, const std::string& to) {
        const ReachAnswer answer = reach(index_, pairQuery(query_, from, to));
        return answer.reachable ? 0 : codeId(answer.code);
    }

    std::uint8_t knownCodeId(std::string_view code) const { return codeIds_.at(std::string(code)); }

    std::uint8_t codeId(std::string_view code) {
        const std::lock_guard<std::mutex> lock(codeMutex_);
        const auto it = codeIds_.find(std::string(code));
        if (it != codeIds_.end()) {
            return it->second;
        }
        const auto id = static_cast<std::uint8_t>(matrix_.codes_.size());
        matrix_.codes_.emplace_back(code);
        codeIds_.emplace(std::string(code), id);
        return id;
    }

    const NetworkIndex& index_;
    const MatrixQuery& query_;
    WalkContext context_;
    VpcGraph graph_;
    VerdictMatrix matrix_;
    std::vector<WorkloadClass> classes_;
    std::size_t endpoints_ = 0;
    std::vector<Walked> walks_;
    std::map<std::string, std::uint8_t> codeIds_;
    std::mutex codeMutex_;
    std::uint8_t sgEgressDenied_ = 0;
    std::uint8_t sgIngressDenied_ = 0;
};

VerdictMatrix computeVerdictMatrix(const NetworkIndex& index, const MatrixQuery& query,
                                   unsigned threads) {
    if (query.protocol.hasPorts() && (query.port < 0 || query.port > 65535)) {
        throw ReachQueryError("Port " + std::to_string(query.port) + " is outside 0-65535.");
    }
    if (!query.ephemeral.isValid()) {
        throw ReachQueryError("The ephemeral range must be LO-HI within 0-65535 with LO <= HI.");
    }
    return MatrixBuilder(index, query).build(threads);
}

void forEachMatrixPair(const NetworkIndex& index, const MatrixQuery& query,
                       const std::function<void(const MatrixPair&)>& visit) {
    const VerdictMatrix matrix = computeVerdictMatrix(index, query);
    const std::vector<Index>& workloads = matrix.workloads();
    MatrixPair pair;
    const auto emit = [&](const std::string& from, const std::string& to, std::string_view code) {
        pair.from = from;
        pair.to = to;
        pair.reachable = code.empty();
        pair.code = code;
        visit(pair);
    };
    for (std::size_t from = 0; from < workloads.size(); ++from) {
        for (std::size_t to = 0; to < workloads.size(); ++to) {
            if (from != to) {
                emit(index.workloads[workloads[from]].id, index.workloads[workloads[to]].id,
                     matrix.code(from, to));
            }
        }
    }
    static const std::string internet = "internet";
    for (std::size_t w = 0; w < workloads.size(); ++w) {
        const std::string& id = index.workloads[workloads[w]].id;
        emit(id, internet, matrix.codeToInternet(w));
        emit(internet, id, matrix.codeFromInternet(w));
    }
}

std::vector<MatrixPair> reachMatrix(const NetworkIndex& index, const MatrixQuery& query) {
    std::vector<MatrixPair> pairs;
    forEachMatrixPair(index, query, [&](const MatrixPair& pair) { pairs.push_back(pair); });
    return pairs;
}

} // namespace topograph::reach
