// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/reach/network_index.h"
#include "core/reach/query.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace topograph::reach {

struct MatrixPair {
    std::string from; // a workload id or "internet"
    std::string to;
    bool reachable = false;
    std::string code; // empty when reachable
};

struct MatrixQuery {
    IpProtocol protocol{IpProtocol::Tcp};
    int port = 443;
    PortRange ephemeral{1024, 65535};
};

/// The all-pairs verdicts, held per pair of equivalence classes: workloads that share subnet,
/// security groups, public-IP status and address class (no block of the network or of any
/// group separates their addresses) answer alike. 5,000 workloads take a few megabytes instead
/// of 25 million pair records. Verdicts and codes are those reach() gives for every pair.
class VerdictMatrix {
public:
    /// The workloads that can be queried (in a subnet of a VPC, with an address), in document
    /// order; the others are left out of the matrix.
    const std::vector<Index>& workloads() const { return workloads_; }
    std::size_t classCount() const { return classCount_; }
    /// The class of workloads()[position].
    std::size_t classOf(std::size_t position) const { return classOf_[position]; }

    /// Empty when reachable, else the code reach() reports. Positions index workloads().
    std::string_view code(std::size_t from, std::size_t to) const {
        return codes_[pairs_[classOf_[from] * classCount_ + classOf_[to]]];
    }
    std::string_view codeToInternet(std::size_t from) const {
        return codes_[internet_[classOf_[from] * 2]];
    }
    std::string_view codeFromInternet(std::size_t to) const {
        return codes_[internet_[classOf_[to] * 2 + 1]];
    }

    /// How the verdicts were obtained, for benchmarks and tests.
    struct Statistics {
        std::size_t classPairs = 0;
        std::size_t networkWalks = 0;    // verdict-only walks between two (subnet, address class)
        std::size_t delegatedPairs = 0;  // class pairs answered by reach(): unmodelled legs
        std::size_t internetQueries = 0; // reach() for each class to and from the internet
    };
    const Statistics& statistics() const { return statistics_; }

private:
    friend class MatrixBuilder;

    std::vector<Index> workloads_;
    std::vector<std::size_t> classOf_;
    std::size_t classCount_ = 0;
    std::vector<std::string> codes_;     // codes_[0] is "" (reachable)
    std::vector<std::uint8_t> pairs_;    // class x class -> index into codes_
    std::vector<std::uint8_t> internet_; // class x {to, from} the internet
    Statistics statistics_;
};

/// Computes every verdict. `threads` 0 picks the machine's cores (small networks use one).
VerdictMatrix computeVerdictMatrix(const NetworkIndex& index, const MatrixQuery& query,
                                   unsigned threads = 0);

/// Every workload to every other workload (document order), then each workload to the internet
/// and the internet to it.
std::vector<MatrixPair> reachMatrix(const NetworkIndex& index, const MatrixQuery& query);

/// The same pairs in the same order, handed to `visit` one at a time (the pair object is reused),
/// so that 5,000 workloads (25 million pairs) need no 25-million-element vector.
void forEachMatrixPair(const NetworkIndex& index, const MatrixQuery& query,
                       const std::function<void(const MatrixPair&)>& visit);

} // namespace topograph::reach
