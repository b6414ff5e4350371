// SPDX-License-Identifier: Apache-2.0
// CIDR_INVALID and CIDR_HOST_BITS_SET: every CIDR the document writes down must parse, hold
// the family its field expects, and have no bits set after the prefix (NETWORK_SEMANTICS.md,
// "Addresses").
#include "core/check/check_families.h"
#include "core/check/cidr_fields.h"
#include "core/check/wording.h"
#include "core/cidr/cidr.h"

#include <cctype>

namespace topograph::checks {

namespace {

std::string familyName(IpFamily family) {
    return family == IpFamily::V4 ? "IPv4" : "IPv6";
}

// Drops leading zeros from every decimal number ("010.0.0.0/08" -> "10.0.0.0/8") and spaces,
// the two slips a person makes most; returns the text unchanged when there is nothing to drop.
std::string withoutLeadingZerosAndSpaces(const std::string& text) {
    std::string result;
    const bool ipv6 = text.find(':') != std::string::npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (std::isspace(static_cast<unsigned char>(c)) != 0) {
            continue;
        }
        const bool startsNumber = result.empty() || result.back() == '.' || result.back() == '/';
        const bool decimalPart = !ipv6 || result.find('/') != std::string::npos;
        const bool moreDigits =
            i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1])) != 0;
        if (c == '0' && startsNumber && decimalPart && moreDigits) {
            continue;
        }
        result += c;
    }
    return result;
}

/// A block the user probably meant, when a small slip is all that is wrong.
std::optional<std::string> likelyMeant(const std::string& text) {
    const std::string repaired = withoutLeadingZerosAndSpaces(text);
    if (repaired == text) {
        return std::nullopt;
    }
    CidrParseError error;
    const auto cidr = Cidr::tryParse(repaired, error);
    if (!cidr) {
        return std::nullopt;
    }
    return cidr->aligned().toString();
}

std::string fixFor(const CidrField& field, const CidrParseError& error) {
    const std::string& text = *field.text;
    if (auto meant = likelyMeant(text)) {
        return "did you mean " + *meant + "?";
    }
    switch (error.code) {
    case CidrError::Empty:
        return "Write a CIDR block, for example " + field.example + ".";
    case CidrError::MissingPrefix: {
        AddressError ignored;
        const auto address = IpAddress::tryParse(text, ignored);
        int prefix = address && address->family() == IpFamily::V6 ? field.typicalV6Prefix
                                                                  : field.typicalV4Prefix;
        // An all-zero address ("0.0.0.0", "::") almost always means "anywhere".
        if (address && address->high() == 0 && address->low() == 0) {
            prefix = 0;
        }
        return "Add a prefix length after a slash, for example " + text + "/" +
               std::to_string(prefix) + ".";
    }
    case CidrError::PrefixOutOfRange:
        return "Use a prefix length from /0 to /32 for IPv4 or to /128 for IPv6, for example " +
               field.example + ".";
    default:
        return "Write an address, a slash and a prefix length, for example " + field.example + ".";
    }
}

Finding invalidCidr(const Resource& resource, const CidrField& field, std::string reason,
                    std::string fix) {
    Finding finding;
    finding.severity = Severity::Error;
    finding.code = "CIDR_INVALID";
    finding.resources = {resource.id};
    finding.message = wording::capitalised(wording::named(resource)) + ": " + field.field + " " +
                      wording::quoted(*field.text) + " is not a valid CIDR block: " + reason + ".";
    finding.fix = std::move(fix);
    return finding;
}

// The shortest prefix at which the written address is itself a network address.
int prefixStartingAt(const IpAddress& address) {
    int prefix = address.bitWidth();
    while (prefix > 0 && !address.bit(prefix - 1)) {
        --prefix;
    }
    return prefix;
}

Finding hostBitsSet(const Resource& resource, const CidrField& field, const Cidr& cidr) {
    const std::string aligned = cidr.aligned().toString();
    const Cidr startingHere(cidr.address(), prefixStartingAt(cidr.address()));
    Finding finding;
    finding.severity = Severity::Error;
    finding.code = "CIDR_HOST_BITS_SET";
    finding.resources = {resource.id};
    finding.message = wording::capitalised(wording::named(resource)) + ": " + field.field + " " +
                      wording::quoted(*field.text) + " has bits set after the /" +
                      std::to_string(cidr.prefixLength()) + " prefix, so it is not a network " +
                      "address; a /" + std::to_string(cidr.prefixLength()) + " block containing " +
                      cidr.address().toString() + " starts at " + cidr.network().toString() + ".";
    finding.fix = "did you mean " + aligned + "? Or " + startingHere.toString() +
                  " if you meant the block that starts at " + cidr.address().toString() + ".";
    return finding;
}

void checkField(const Resource& resource, const CidrField& field, std::vector<Finding>& out) {
    CidrParseError error;
    const auto cidr = Cidr::tryParse(*field.text, error);
    if (!cidr) {
        out.push_back(invalidCidr(resource, field, error.message(), fixFor(field, error)));
        return;
    }
    if (field.family && cidr->family() != *field.family) {
        out.push_back(invalidCidr(resource, field,
                                  "it is an " + familyName(cidr->family()) +
                                      " block, but this field holds an " +
                                      familyName(*field.family) + " block",
                                  "Write an " + familyName(*field.family) +
                                      " block here, for example " + field.example + "."));
        return;
    }
    if (cidr->hasHostBits()) {
        out.push_back(hostBitsSet(resource, field, *cidr));
    }
}

} // namespace

void checkCidrSyntax(const Resource& resource, std::vector<Finding>& out) {
    for (const CidrField& field : cidrFieldsOf(resource)) {
        if (!isSymbolic(*field.text)) {
            checkField(resource, field, out);
        }
    }
}

void checkCidrSyntax(const Document& document, std::vector<Finding>& out) {
    for (const Resource& resource : document.resources()) {
        checkCidrSyntax(resource, out);
    }
}

} // namespace topograph::checks
