// SPDX-License-Identifier: Apache-2.0
#include "app/cli/findings_output.h"

#include "app/cli/json_writer.h"

#include <algorithm>
#include <ostream>

namespace topograph::cli {

namespace {

std::string counted(std::size_t count, const std::string& singular, const std::string& plural) {
    return std::to_string(count) + " " + (count == 1 ? singular : plural);
}

} // namespace

void printFindings(const std::vector<Finding>& findings, const std::string& source,
                   std::ostream& out) {
    std::size_t counts[3] = {0, 0, 0};
    for (const Finding& finding : findings) {
        ++counts[static_cast<int>(finding.severity)];
        out << severityName(finding.severity) << ' ' << finding.code << " [";
        for (std::size_t i = 0; i < finding.resources.size(); ++i) {
            out << (i == 0 ? "" : ", ") << finding.resources[i];
        }
        out << "]: " << finding.message << '\n';
        if (!finding.fix.empty()) {
            out << "  fix: " << finding.fix << '\n';
        }
    }
    if (findings.empty()) {
        out << source << ": no findings\n";
        return;
    }
    out << source << ": " << counted(counts[0], "error", "errors") << ", "
        << counted(counts[1], "warning", "warnings") << ", " << counts[2] << " info\n";
}

void printFindingsJson(const std::vector<Finding>& findings, std::ostream& out) {
    JsonWriter json(out);
    json.beginObject().key("findings").beginArray();
    for (const Finding& finding : findings) {
        json.beginObject();
        json.key("severity").value(severityName(finding.severity));
        json.key("code").value(finding.code);
        json.key("resources").beginArray();
        for (const ResourceId& id : finding.resources) {
            json.value(id);
        }
        json.endArray();
        json.key("message").value(finding.message);
        json.key("fix").value(finding.fix);
        json.endObject();
    }
    json.endArray().endObject();
    out << '\n';
}

bool hasErrors(const std::vector<Finding>& findings) {
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& finding) { return finding.severity == Severity::Error; });
}

} // namespace topograph::cli
