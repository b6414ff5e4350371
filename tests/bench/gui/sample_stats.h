// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace topograph::bench {

/// Order statistics of a set of durations in milliseconds (nearest-rank percentiles).
struct SampleStats {
    std::size_t count = 0;
    double min = 0;
    double median = 0;
    double p95 = 0;
    double max = 0;
    std::size_t over16 = 0; // longer than one 60 Hz frame (16.7 ms)
    std::size_t over33 = 0; // longer than two (33.3 ms)

    static SampleStats of(std::vector<double> samples) {
        SampleStats stats;
        stats.count = samples.size();
        if (samples.empty()) {
            return stats;
        }
        std::sort(samples.begin(), samples.end());
        const auto rank = [&samples](double fraction) {
            const auto index =
                static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(samples.size())));
            return samples[std::min(samples.size() - 1, index == 0 ? 0 : index - 1)];
        };
        stats.min = samples.front();
        stats.median = rank(0.5);
        stats.p95 = rank(0.95);
        stats.max = samples.back();
        stats.over16 = static_cast<std::size_t>(
            std::count_if(samples.begin(), samples.end(), [](double ms) { return ms > 16.7; }));
        stats.over33 = static_cast<std::size_t>(
            std::count_if(samples.begin(), samples.end(), [](double ms) { return ms > 33.3; }));
        return stats;
    }

    /// One line: "label  n=300  min 1.20  median 2.00  p95 3.10  max 9.00 ms  >16.7: 0  >33: 0".
    void print(const std::string& label) const {
        std::printf("  %-34s n=%-4zu min %7.2f  median %7.2f  p95 %7.2f  max %7.2f ms"
                    "  >16.7ms: %zu  >33ms: %zu\n",
                    label.c_str(), count, min, median, p95, max, over16, over33);
    }
};

} // namespace topograph::bench
