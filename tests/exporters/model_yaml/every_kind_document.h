// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/model/document.h"

namespace topograph::testing_support {

/// A document with one resource of every kind, every field set to a value other than its
/// default, and CloudFormation trees with nested mappings, sequences, quoted scalars and tags.
Document everyKindDocument();

} // namespace topograph::testing_support
