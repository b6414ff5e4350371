// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document.h"

#include <cstddef>
#include <stdexcept>
#include <string>

// The CloudFormation exporter: a Document becomes a YAML template that deploys as is, with the
// short intrinsic forms, Parameters for what varies per account, Outputs for the ids people
// need, and the diagram (geometry, nesting, diagram-only containers) under one Metadata key so
// that importTemplate (cfn_import.h) restores the document. Resources and sections an import
// kept verbatim come back out. See docs/CLOUDFORMATION.md, section "Export".

namespace topograph {

/// The Metadata key that holds the diagram.
inline constexpr const char* diagramMetadataKey = "Topograph::Diagram";

/// CloudFormation's limits for one template (AWS CloudFormation quotas).
inline constexpr std::size_t maxTemplateResources = 500;
inline constexpr std::size_t maxTemplateBodyBytes = 1024 * 1024; // a template uploaded to S3

/// The two formats CloudFormation reads. YAML uses the short intrinsic forms ("!Ref X"); JSON,
/// what most AWS tooling writes, the long ones ({"Ref": "X"}).
enum class TemplateFormat : unsigned char { Yaml, Json };

struct ExportOptions {
    /// The region the template is meant for. Names like "com.amazonaws.<region>.s3" are
    /// written with ${AWS::Region}; also the region an imported template was resolved for.
    std::string region = "us-east-1";
    /// Write the diagram metadata (geometry, nesting, diagram-only containers).
    bool includeDiagram = true;
    TemplateFormat format = TemplateFormat::Yaml;
    /// Skip the checks against maxTemplateResources and maxTemplateBodyBytes. Only for
    /// benchmarks and scale tests, which need templates far larger than one stack allows (the
    /// CLI and the GUI never set it): such a template cannot be deployed.
    bool ignoreTemplateLimits = false;
};

/// Thrown when the template would exceed a CloudFormation limit; the message names the limit
/// and the size found. No nested stacks are generated: split the model instead.
class TemplateTooLargeError : public std::runtime_error {
public:
    TemplateTooLargeError(const std::string& message, std::size_t found, std::size_t limit)
        : std::runtime_error(message), found_(found), limit_(limit) {}
    std::size_t found() const { return found_; }
    std::size_t limit() const { return limit_; }

private:
    std::size_t found_;
    std::size_t limit_;
};

/// Thrown for a model with nothing CloudFormation can create: a template needs a resource.
class NothingToExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The template as YAML (or JSON) text. Throws NothingToExportError for a model without
/// resources. Throws TemplateTooLargeError beyond maxTemplateResources resources or
/// maxTemplateBodyBytes bytes, unless options.ignoreTemplateLimits.
std::string exportTemplate(const Document& document, const ExportOptions& options = {});

/// Writes exportTemplate's text atomically (exporters/io/atomic_file.h): readers see the old
/// file or the new one. Throws TemplateTooLargeError (nothing written) or std::runtime_error.
void exportTemplateFile(const Document& document, const std::string& path,
                        const ExportOptions& options = {});

} // namespace topograph
