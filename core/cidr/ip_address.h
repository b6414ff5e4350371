// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace topograph {

enum class IpFamily : std::uint8_t { V4, V6 };

/// Why a text is not an address. Stable values: they name the error in messages and tests.
enum class AddressError : std::uint8_t {
    None,
    Empty,
    BadCharacter,    // something other than digits, hex digits, '.', ':'
    WrongPartCount,  // IPv4 needs four dotted parts; IPv6 eight groups unless "::" is used
    LeadingZero,     // "010.0.0.0": ambiguous (octal in some tools), so refused like AWS does
    OctetOutOfRange, // an IPv4 part above 255
    GroupTooLong,    // an IPv6 group of more than four hex digits
    MisplacedDoubleColon,
};

std::string_view describe(AddressError error);

/// An IPv4 or IPv6 address as a 128-bit value; IPv4 uses the low 32 bits.
class IpAddress {
public:
    IpAddress() = default;
    static IpAddress v4(std::uint32_t value);
    static IpAddress v6(std::uint64_t high, std::uint64_t low);

    static std::optional<IpAddress> tryParse(std::string_view text, AddressError& error);

    IpFamily family() const { return family_; }
    int bitWidth() const { return family_ == IpFamily::V4 ? 32 : 128; }
    std::uint32_t v4Value() const { return static_cast<std::uint32_t>(low_); }
    std::uint64_t high() const { return high_; }
    std::uint64_t low() const { return low_; }

    /// Bit `index` counted from the most significant bit of this family's width.
    bool bit(int index) const;
    /// The address with every bit after the first `prefixLength` cleared.
    IpAddress masked(int prefixLength) const;
    /// The address with every bit after the first `prefixLength` set.
    IpAddress lastInPrefix(int prefixLength) const;
    /// This address plus `offset`, wrapping within the family's width.
    IpAddress plus(std::uint64_t offset) const;

    std::string toString() const;

    auto operator<=>(const IpAddress&) const = default;

private:
    IpFamily family_ = IpFamily::V4;
    std::uint64_t high_ = 0;
    std::uint64_t low_ = 0;
};

} // namespace topograph
