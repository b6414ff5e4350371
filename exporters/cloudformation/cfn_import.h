// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/check/finding.h"
#include "core/model/document.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

// The CloudFormation importer: a template (YAML with short or long intrinsic forms, or JSON)
// becomes a Topograph Document. Modelled resource types become model resources whose id is the
// logical id; everything else is kept verbatim (Resource::cloudFormation,
// Document::cloudFormation) so that an export can restore the template. See
// docs/CLOUDFORMATION.md for the mapping and the note codes.

namespace topograph {

/// What the importer assumes about the stack the template would be deployed as.
struct ImportOptions {
    std::string region = "us-east-1";
    std::string accountId = "123456789012"; // AWS's documentation example account
    std::string stackName;                  // empty: the file name without its extension
    /// Parameter values that replace the template's defaults (lists as "a,b,c").
    std::map<std::string, std::string> parameters;
    /// Availability zones per region for Fn::GetAZs; a region not listed gets <region>a..c.
    std::map<std::string, std::vector<std::string>> availabilityZones;
    /// Keep on each modelled resource what an export needs to write the template back as it
    /// was: the definitions of the resources merged into it, its unmodelled properties and
    /// original expressions (Resource::cloudFormation). Commands that only analyse the model
    /// (validate, reach) turn it off: on a large template those copies are half the memory and
    /// a fifth of the import. Such a document must not be exported: its resources would read
    /// as drawn in Topograph. External resources and the template's sections are always kept.
    bool keepTemplateDetails = true;
};

/// Import notes are findings: severity Info or Warning, a stable code (UNRESOLVED_VALUE,
/// UNSUPPORTED_INTRINSIC, EXTERNAL_RESOURCE, CONDITION_ASSUMED, ...), the logical ids involved,
/// a message and a fix.
using ImportNote = Finding;

struct ImportResult {
    Document document;
    std::vector<ImportNote> notes;
};

/// Imports a template. Throws ModelLoadError (exporters/model_yaml/model_file.h) naming
/// `fileName`, line and column for malformed input: bad YAML or JSON, a template that is not a
/// mapping, Resources that is not a mapping, a resource without a Type, an unknown intrinsic.
ImportResult importTemplate(std::string_view text, const std::string& fileName,
                            const ImportOptions& options = {});

/// Reads the file and imports it; an unreadable file is a ModelLoadError too.
ImportResult importTemplateFile(const std::string& path, const ImportOptions& options = {});

} // namespace topograph
