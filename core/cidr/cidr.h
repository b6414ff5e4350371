// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/cidr/ip_address.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace topograph {

/// Why a text is not a CIDR block. Values are stable: tests and messages name them.
enum class CidrError : std::uint8_t {
    None,
    Empty,
    MissingPrefix,    // "10.0.0.0": a block needs "/n"
    BadPrefix,        // "/x", "/", "/08"
    PrefixOutOfRange, // above /32 (IPv4) or /128 (IPv6)
    BadAddress,       // see `addressError` for the detail
    HostBitsSet,      // "10.0.1.0/16": only reported by the strict parse
};

struct CidrParseError {
    CidrError code = CidrError::None;
    AddressError addressError = AddressError::None;
    /// For HostBitsSet: the aligned block the user most likely meant.
    std::string suggestion;

    /// A sentence for a person: what is wrong and, where possible, what to write instead.
    std::string message() const;
};

class CidrFormatError : public std::invalid_argument {
public:
    explicit CidrFormatError(CidrParseError error);
    const CidrParseError& error() const { return error_; }

private:
    CidrParseError error_;
};

/// An IPv4 or IPv6 prefix. It keeps the address as written, so a block with host bits set
/// ("10.0.1.0/16") can be held, reported and corrected; all maths uses the aligned network.
class Cidr {
public:
    Cidr() = default;
    Cidr(IpAddress address, int prefixLength);

    /// Accepts blocks with host bits set (see hasHostBits()); throws CidrFormatError otherwise.
    static Cidr parse(std::string_view text);
    static std::optional<Cidr> tryParse(std::string_view text, CidrParseError& error);
    /// Like tryParse, but a block with host bits set is an error with the aligned suggestion.
    static std::optional<Cidr> tryParseStrict(std::string_view text, CidrParseError& error);

    IpFamily family() const { return address_.family(); }
    int prefixLength() const { return prefixLength_; }
    int hostBitCount() const { return address_.bitWidth() - prefixLength_; }

    /// The address as written.
    const IpAddress& address() const { return address_; }
    IpAddress network() const { return address_.masked(prefixLength_); }
    IpAddress lastAddress() const { return address_.lastInPrefix(prefixLength_); }

    bool hasHostBits() const { return network() != address_; }
    Cidr aligned() const { return Cidr(network(), prefixLength_); }

    bool contains(const IpAddress& address) const;
    bool contains(const Cidr& other) const;
    bool overlaps(const Cidr& other) const;

    /// Number of addresses, saturated at UINT64_MAX for IPv6 blocks wider than /64.
    std::uint64_t size() const;
    /// Addresses left for workloads after AWS reserves five (network, router, DNS, future use,
    /// broadcast); zero when the block is too small to hold any.
    std::uint64_t usableHosts() const;
    /// The n-th address of the block (0 is the network address).
    IpAddress addressAt(std::uint64_t offset) const { return network().plus(offset); }
    /// True for the addresses AWS keeps for itself in a subnet using this block.
    bool isAwsReserved(const IpAddress& address) const;

    std::string toString() const;

    bool operator==(const Cidr&) const = default;
    /// Orders by family, aligned network, then prefix length: the order of a sweep over blocks.
    std::strong_ordering operator<=>(const Cidr& other) const;

private:
    IpAddress address_;
    int prefixLength_ = 0;
};

} // namespace topograph

template <> struct std::hash<topograph::Cidr> {
    std::size_t operator()(const topograph::Cidr& cidr) const noexcept {
        const auto& a = cidr.address();
        std::size_t h = std::hash<std::uint64_t>{}(a.high());
        h ^= std::hash<std::uint64_t>{}(a.low()) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
        h ^= static_cast<std::size_t>(cidr.prefixLength()) * 31U +
             static_cast<std::size_t>(cidr.family());
        return h;
    }
};
