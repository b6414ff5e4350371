// SPDX-License-Identifier: Apache-2.0
#include "app/cli/matrix_output.h"

#include "app/cli/json_writer.h"
#include "app/cli/reach_output.h"

#include <algorithm>
#include <ostream>
#include <unordered_map>
#include <vector>

namespace topograph::cli {

namespace {

const std::string internet = "internet";

// Output is gathered in a string and handed to the stream in large pieces: 25 million rows
// through `operator<<` one field at a time would cost more than computing the matrix.
class BufferedOutput {
public:
    explicit BufferedOutput(std::ostream& out) : out_(out) { buffer_.reserve(flushSize + 4096); }
    ~BufferedOutput() { flush(); }
    BufferedOutput(const BufferedOutput&) = delete;
    BufferedOutput& operator=(const BufferedOutput&) = delete;

    BufferedOutput& operator<<(std::string_view text) {
        buffer_.append(text);
        if (buffer_.size() >= flushSize) {
            flush();
        }
        return *this;
    }
    void flush() {
        out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        buffer_.clear();
    }

private:
    static constexpr std::size_t flushSize = 1 << 20;
    std::ostream& out_;
    std::string buffer_;
};

bool canBeQueried(const reach::NetworkIndex& index, const reach::WorkloadView& workload) {
    return workload.subnet != reach::none && index.subnets[workload.subnet].vpc != reach::none &&
           workload.address.has_value();
}

std::string portRangeText(const PortRange& range) {
    return std::to_string(range.from) + "-" + std::to_string(range.to);
}

// Ids and codes as JSON strings, each escaped once. The matrix visits pairs row by row in
// document order, so the source repeats and the destination steps through the workloads in
// order: both are found by comparing with the expected id, and hashing is the fallback. With 25
// million pairs, two hash lookups per pair would cost more than computing the matrix.
class QuotedIds {
public:
    explicit QuotedIds(const reach::NetworkIndex& index) {
        for (const reach::WorkloadView& workload : index.workloads) {
            if (canBeQueried(index, workload)) {
                ids_.push_back(workload.id);
                quotedIds_.push_back(jsonString(workload.id));
            }
        }
        ids_.push_back(internet);
        quotedIds_.push_back(jsonString(internet));
    }

    const std::string& from(const std::string& id) { return find(id, fromCursor_); }
    const std::string& to(const std::string& id) { return find(id, toCursor_); }

    const std::string& code(const std::string& code) {
        auto it = codes_.find(code);
        if (it == codes_.end()) {
            it = codes_.emplace(code, jsonString(code)).first;
        }
        return it->second;
    }

private:
    const std::string& find(const std::string& id, std::size_t& cursor) {
        // The same id as last time, the next one in document order, or the first again.
        for (const std::size_t candidate : {cursor, cursor + 1, std::size_t{0}}) {
            if (candidate < ids_.size() && ids_[candidate] == id) {
                cursor = candidate;
                return quotedIds_[candidate];
            }
        }
        if (positions_.empty()) {
            for (std::size_t i = 0; i < ids_.size(); ++i) {
                positions_.emplace(ids_[i], i);
            }
        }
        const auto it = positions_.find(id);
        if (it != positions_.end()) {
            cursor = it->second;
            return quotedIds_[cursor];
        }
        return code(id); // not a workload the index knows: escape it once all the same
    }

    std::vector<std::string> ids_;
    std::vector<std::string> quotedIds_;
    std::unordered_map<std::string, std::size_t> positions_;
    std::unordered_map<std::string, std::string> codes_;
    std::size_t fromCursor_ = 0;
    std::size_t toCursor_ = 0;
};

} // namespace

void printMatrix(const reach::NetworkIndex& index, const reach::MatrixQuery& query,
                 const std::string& source, std::ostream& out) {
    std::size_t width = internet.size();
    std::vector<std::string> leftOut;
    for (const reach::WorkloadView& workload : index.workloads) {
        if (canBeQueried(index, workload)) {
            width = std::max(width, workload.id.size());
        } else {
            leftOut.push_back(workload.id);
        }
    }
    out << "Reachability matrix of " << source << ": "
        << describeTraffic(query.protocol, query.port);
    if (query.protocol.hasPorts()) {
        out << ", client ports " << portRangeText(query.ephemeral);
    }
    out << "\n\n";
    std::size_t pairs = 0;
    std::size_t reachable = 0;
    {
        BufferedOutput table(out);
        const std::string spaces(width + 2, ' ');
        const auto padded = [&](const std::string& id) {
            table << id << std::string_view(spaces).substr(id.size());
        };
        padded("FROM");
        padded("TO");
        table << "VERDICT\n";
        reach::forEachMatrixPair(index, query, [&](const reach::MatrixPair& pair) {
            ++pairs;
            padded(pair.from);
            padded(pair.to);
            if (pair.reachable) {
                ++reachable;
                table << "reachable\n";
            } else {
                table << "blocked (" << pair.code << ")\n";
            }
        });
    }
    out << '\n'
        << pairs << (pairs == 1 ? " pair: " : " pairs: ") << reachable << " reachable, "
        << pairs - reachable << " blocked.\n";
    if (pairs == 0) {
        out << "There are no workloads to ask about: add an instance, load balancer, database, "
               "function, service or interface endpoint in a subnet.\n";
    }
    if (!leftOut.empty()) {
        out << "Left out, because they are in no subnet or have no address:";
        for (const std::string& id : leftOut) {
            out << ' ' << id;
        }
        out << '\n';
    }
}

void printMatrixJson(const reach::NetworkIndex& index, const reach::MatrixQuery& query,
                     std::ostream& out) {
    QuotedIds quoted(index);
    BufferedOutput json(out);
    json << "{\"pairs\": [";
    bool first = true;
    reach::forEachMatrixPair(index, query, [&](const reach::MatrixPair& pair) {
        json << (first ? "\n" : ",\n") << "{\"from\": " << quoted.from(pair.from)
             << ", \"to\": " << quoted.to(pair.to)
             << (pair.reachable ? ", \"reachable\": true, \"code\": null}"
                                : ", \"reachable\": false, \"code\": ");
        if (!pair.reachable) {
            json << quoted.code(pair.code) << "}";
        }
        first = false;
    });
    json << (first ? "]}\n" : "\n]}\n");
}

} // namespace topograph::cli
