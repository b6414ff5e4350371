// SPDX-License-Identifier: Apache-2.0
#include "core/cidr/cidr.h"

#include <limits>

namespace topograph {

std::string CidrParseError::message() const {
    switch (code) {
    case CidrError::None:
        return "no error";
    case CidrError::Empty:
        return "the CIDR block is empty; write an address and a prefix length, for example "
               "10.0.0.0/16";
    case CidrError::MissingPrefix:
        return "the CIDR block has no prefix length; add one, for example /16 or /24";
    case CidrError::BadPrefix:
        return "the prefix length after '/' must be a whole number without leading zeros";
    case CidrError::PrefixOutOfRange:
        return "the prefix length is too large: at most /32 for IPv4 and /128 for IPv6";
    case CidrError::BadAddress:
        return std::string(describe(addressError));
    case CidrError::HostBitsSet:
        return "the address has bits set after the prefix; did you mean " + suggestion + "?";
    }
    return "unknown error";
}

CidrFormatError::CidrFormatError(CidrParseError error)
    : std::invalid_argument(error.message()), error_(std::move(error)) {}

Cidr::Cidr(IpAddress address, int prefixLength) : address_(address), prefixLength_(prefixLength) {
    if (prefixLength < 0 || prefixLength > address.bitWidth()) {
        throw CidrFormatError(CidrParseError{CidrError::PrefixOutOfRange, {}, {}});
    }
}

Cidr Cidr::parse(std::string_view text) {
    CidrParseError error;
    auto cidr = tryParse(text, error);
    if (!cidr) {
        throw CidrFormatError(error);
    }
    return *cidr;
}

std::optional<Cidr> Cidr::tryParse(std::string_view text, CidrParseError& error) {
    error = {};
    if (text.empty()) {
        error.code = CidrError::Empty;
        return std::nullopt;
    }
    const std::size_t slash = text.find('/');
    if (slash == std::string_view::npos) {
        AddressError addressError;
        error.code = IpAddress::tryParse(text, addressError) ? CidrError::MissingPrefix
                                                             : CidrError::BadAddress;
        error.addressError = addressError;
        return std::nullopt;
    }
    AddressError addressError;
    const auto address = IpAddress::tryParse(text.substr(0, slash), addressError);
    if (!address) {
        error.code = CidrError::BadAddress;
        error.addressError = addressError;
        return std::nullopt;
    }
    const std::string_view prefixText = text.substr(slash + 1);
    if (prefixText.empty() || prefixText.size() > 3 ||
        (prefixText.size() > 1 && prefixText[0] == '0')) {
        error.code = CidrError::BadPrefix;
        return std::nullopt;
    }
    int prefix = 0;
    for (char c : prefixText) {
        if (c < '0' || c > '9') {
            error.code = CidrError::BadPrefix;
            return std::nullopt;
        }
        prefix = prefix * 10 + (c - '0');
    }
    if (prefix > address->bitWidth()) {
        error.code = CidrError::PrefixOutOfRange;
        return std::nullopt;
    }
    return Cidr(*address, prefix);
}

std::optional<Cidr> Cidr::tryParseStrict(std::string_view text, CidrParseError& error) {
    auto cidr = tryParse(text, error);
    if (cidr && cidr->hasHostBits()) {
        error.code = CidrError::HostBitsSet;
        error.suggestion = cidr->aligned().toString();
        return std::nullopt;
    }
    return cidr;
}

bool Cidr::contains(const IpAddress& address) const {
    return address.family() == family() && address.masked(prefixLength_) == network();
}

bool Cidr::contains(const Cidr& other) const {
    return other.family() == family() && other.prefixLength_ >= prefixLength_ &&
           contains(other.network());
}

bool Cidr::overlaps(const Cidr& other) const {
    // Two prefixes overlap exactly when the shorter one contains the longer one.
    return contains(other) || other.contains(*this);
}

std::uint64_t Cidr::size() const {
    const int hostBits = hostBitCount();
    if (hostBits >= 64) {
        return std::numeric_limits<std::uint64_t>::max();
    }
    return std::uint64_t{1} << hostBits;
}

std::uint64_t Cidr::usableHosts() const {
    const std::uint64_t total = size();
    if (total == std::numeric_limits<std::uint64_t>::max()) {
        return total;
    }
    return total > 5 ? total - 5 : 0;
}

bool Cidr::isAwsReserved(const IpAddress& address) const {
    if (!contains(address)) {
        return false;
    }
    const IpAddress first = network();
    for (std::uint64_t offset = 0; offset < 4; ++offset) {
        if (address == first.plus(offset)) {
            return true;
        }
    }
    return address == lastAddress();
}

std::string Cidr::toString() const {
    return address_.toString() + "/" + std::to_string(prefixLength_);
}

std::strong_ordering Cidr::operator<=>(const Cidr& other) const {
    if (auto order = family() <=> other.family(); order != 0) {
        return order;
    }
    if (auto order = network() <=> other.network(); order != 0) {
        return order;
    }
    if (auto order = prefixLength_ <=> other.prefixLength_; order != 0) {
        return order;
    }
    return address_ <=> other.address_;
}

} // namespace topograph
