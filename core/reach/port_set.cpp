// SPDX-License-Identifier: Apache-2.0
#include "core/reach/port_set.h"

#include <algorithm>

namespace topograph::reach {

PortSet PortSet::range(int from, int to) {
    from = std::max(from, 0);
    to = std::min(to, 65535);
    if (from > to) {
        return {};
    }
    PortSet set;
    set.ranges_.push_back({from, to});
    return set;
}

PortSet PortSet::normalized(std::vector<PortRange> ranges) {
    std::sort(ranges.begin(), ranges.end(),
              [](const PortRange& a, const PortRange& b) { return a.from < b.from; });
    PortSet set;
    for (const PortRange& r : ranges) {
        if (r.from > r.to) {
            continue;
        }
        // Adjacent ranges merge too, so that equal sets always have equal representations.
        if (!set.ranges_.empty() && r.from <= set.ranges_.back().to + 1) {
            set.ranges_.back().to = std::max(set.ranges_.back().to, r.to);
        } else {
            set.ranges_.push_back(r);
        }
    }
    return set;
}

bool PortSet::contains(int port) const {
    return std::any_of(ranges_.begin(), ranges_.end(),
                       [port](const PortRange& r) { return r.contains(port); });
}

std::optional<int> PortSet::lowest() const {
    if (ranges_.empty()) {
        return std::nullopt;
    }
    return ranges_.front().from;
}

long long PortSet::count() const {
    long long total = 0;
    for (const PortRange& r : ranges_) {
        total += r.to - r.from + 1;
    }
    return total;
}

PortSet PortSet::intersect(const PortSet& other) const {
    std::vector<PortRange> result;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < ranges_.size() && j < other.ranges_.size()) {
        const PortRange& a = ranges_[i];
        const PortRange& b = other.ranges_[j];
        const int from = std::max(a.from, b.from);
        const int to = std::min(a.to, b.to);
        if (from <= to) {
            result.push_back({from, to});
        }
        (a.to < b.to) ? ++i : ++j;
    }
    return normalized(std::move(result));
}

PortSet PortSet::subtract(const PortSet& other) const {
    std::vector<PortRange> result;
    for (const PortRange& a : ranges_) {
        int from = a.from;
        for (const PortRange& b : other.ranges_) {
            if (b.to < from || b.from > a.to) {
                continue;
            }
            if (b.from > from) {
                result.push_back({from, b.from - 1});
            }
            from = b.to + 1;
            if (from > a.to) {
                break;
            }
        }
        if (from <= a.to) {
            result.push_back({from, a.to});
        }
    }
    return normalized(std::move(result));
}

PortSet PortSet::unite(const PortSet& other) const {
    std::vector<PortRange> all = ranges_;
    all.insert(all.end(), other.ranges_.begin(), other.ranges_.end());
    return normalized(std::move(all));
}

std::string PortSet::toString() const {
    std::string text;
    for (const PortRange& r : ranges_) {
        if (!text.empty()) {
            text += ",";
        }
        text += std::to_string(r.from);
        if (r.to != r.from) {
            text += "-" + std::to_string(r.to);
        }
    }
    return text;
}

} // namespace topograph::reach
