// SPDX-License-Identifier: Apache-2.0
#include "core/cidr/ip_address.h"

#include <cstdio>
#include <vector>

namespace topograph {

std::string_view describe(AddressError error) {
    switch (error) {
    case AddressError::None:
        return "no error";
    case AddressError::Empty:
        return "the address is empty";
    case AddressError::BadCharacter:
        return "the address contains a character that does not belong in an address (IPv4 uses "
               "digits and '.', IPv6 hexadecimal digits and ':')";
    case AddressError::WrongPartCount:
        return "the address has the wrong number of parts: an IPv4 address has four numbers "
               "separated by dots (10.0.0.0), an IPv6 address eight groups separated by colons "
               "or fewer with '::' (2001:db8::1)";
    case AddressError::LeadingZero:
        return "a number in the address has a leading zero";
    case AddressError::OctetOutOfRange:
        return "each number of an IPv4 address must be between 0 and 255";
    case AddressError::GroupTooLong:
        return "an IPv6 group has more than four hexadecimal digits";
    case AddressError::MisplacedDoubleColon:
        return "an IPv6 address has an empty group: groups are separated by single colons and "
               "'::' may appear at most once";
    }
    return "unknown error";
}

IpAddress IpAddress::v4(std::uint32_t value) {
    IpAddress address;
    address.family_ = IpFamily::V4;
    address.low_ = value;
    return address;
}

IpAddress IpAddress::v6(std::uint64_t high, std::uint64_t low) {
    IpAddress address;
    address.family_ = IpFamily::V6;
    address.high_ = high;
    address.low_ = low;
    return address;
}

namespace {

std::optional<IpAddress> parseV4(std::string_view text, AddressError& error) {
    std::uint32_t value = 0;
    int parts = 0;
    std::size_t position = 0;
    while (true) {
        const std::size_t dot = text.find('.', position);
        const std::string_view part = text.substr(
            position, dot == std::string_view::npos ? std::string_view::npos : dot - position);
        if (part.empty()) {
            error = AddressError::WrongPartCount;
            return std::nullopt;
        }
        // Characters first, so that garbage ("hello") is reported as such and not as a
        // number out of range.
        for (char c : part) {
            if (c < '0' || c > '9') {
                error = AddressError::BadCharacter;
                return std::nullopt;
            }
        }
        if (part.size() > 1 && part[0] == '0') {
            error = AddressError::LeadingZero;
            return std::nullopt;
        }
        unsigned octet = 0;
        for (char c : part.substr(0, 4)) {
            octet = octet * 10 + static_cast<unsigned>(c - '0');
        }
        if (part.size() > 3 || octet > 255) {
            error = AddressError::OctetOutOfRange;
            return std::nullopt;
        }
        value = (value << 8) | octet;
        ++parts;
        if (dot == std::string_view::npos) {
            break;
        }
        if (parts == 4) {
            error = AddressError::WrongPartCount;
            return std::nullopt;
        }
        position = dot + 1;
    }
    if (parts != 4) {
        error = AddressError::WrongPartCount;
        return std::nullopt;
    }
    return IpAddress::v4(value);
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// Parses colon-separated hex groups. When `mayEndInIpv4` is set (the part after "::", or a whole
// address without "::"), a dotted IPv4 last group counts as two groups; before "::" it may not
// appear, because the IPv4 tail must end the address.
bool parseGroups(std::string_view text, bool mayEndInIpv4, std::vector<std::uint16_t>& groups,
                 AddressError& error) {
    if (text.empty()) {
        return true;
    }
    std::size_t position = 0;
    while (true) {
        const std::size_t colon = text.find(':', position);
        const std::string_view group = text.substr(
            position, colon == std::string_view::npos ? std::string_view::npos : colon - position);
        if (group.empty()) {
            error = AddressError::MisplacedDoubleColon;
            return false;
        }
        if (mayEndInIpv4 && colon == std::string_view::npos &&
            group.find('.') != std::string_view::npos) {
            const auto tail = parseV4(group, error);
            if (!tail) {
                return false;
            }
            groups.push_back(static_cast<std::uint16_t>(tail->v4Value() >> 16));
            groups.push_back(static_cast<std::uint16_t>(tail->v4Value() & 0xffff));
            return true;
        }
        for (char c : group) {
            if (hexValue(c) < 0) {
                error = AddressError::BadCharacter;
                return false;
            }
        }
        if (group.size() > 4) {
            error = AddressError::GroupTooLong;
            return false;
        }
        unsigned value = 0;
        for (char c : group) {
            value = value * 16 + static_cast<unsigned>(hexValue(c));
        }
        groups.push_back(static_cast<std::uint16_t>(value));
        if (colon == std::string_view::npos) {
            return true;
        }
        position = colon + 1;
    }
}

std::optional<IpAddress> parseV6(std::string_view text, AddressError& error) {
    std::vector<std::uint16_t> head;
    std::vector<std::uint16_t> tail;
    const std::size_t gap = text.find("::");
    if (gap != std::string_view::npos) {
        if (text.find("::", gap + 1) != std::string_view::npos) {
            error = AddressError::MisplacedDoubleColon;
            return std::nullopt;
        }
        if (!parseGroups(text.substr(0, gap), false, head, error) ||
            !parseGroups(text.substr(gap + 2), true, tail, error)) {
            return std::nullopt;
        }
        if (head.size() + tail.size() > 7) {
            error = AddressError::WrongPartCount;
            return std::nullopt;
        }
    } else {
        if (!parseGroups(text, true, head, error)) {
            return std::nullopt;
        }
        if (head.size() != 8) {
            error = AddressError::WrongPartCount;
            return std::nullopt;
        }
    }
    std::array<std::uint16_t, 8> all{};
    for (std::size_t i = 0; i < head.size(); ++i) {
        all[i] = head[i];
    }
    for (std::size_t i = 0; i < tail.size(); ++i) {
        all[8 - tail.size() + i] = tail[i];
    }
    std::uint64_t high = 0;
    std::uint64_t low = 0;
    for (int i = 0; i < 4; ++i) {
        high = (high << 16) | all[static_cast<std::size_t>(i)];
        low = (low << 16) | all[static_cast<std::size_t>(i + 4)];
    }
    return IpAddress::v6(high, low);
}

} // namespace

std::optional<IpAddress> IpAddress::tryParse(std::string_view text, AddressError& error) {
    error = AddressError::None;
    if (text.empty()) {
        error = AddressError::Empty;
        return std::nullopt;
    }
    if (text.find(':') != std::string_view::npos) {
        return parseV6(text, error);
    }
    return parseV4(text, error);
}

bool IpAddress::bit(int index) const {
    const int fromLow = bitWidth() - 1 - index;
    if (fromLow >= 64) {
        return ((high_ >> (fromLow - 64)) & 1U) != 0;
    }
    return ((low_ >> fromLow) & 1U) != 0;
}

namespace {

// Mask with the lowest `count` bits set, for count in [0, 64].
std::uint64_t lowBits(int count) {
    if (count <= 0) {
        return 0;
    }
    if (count >= 64) {
        return ~std::uint64_t{0};
    }
    return (std::uint64_t{1} << count) - 1;
}

} // namespace

IpAddress IpAddress::masked(int prefixLength) const {
    IpAddress result = *this;
    const int hostBits = bitWidth() - prefixLength;
    result.low_ &= ~lowBits(hostBits);
    result.high_ &= ~lowBits(hostBits - 64);
    return result;
}

IpAddress IpAddress::lastInPrefix(int prefixLength) const {
    IpAddress result = *this;
    const int hostBits = bitWidth() - prefixLength;
    result.low_ |= lowBits(hostBits);
    result.high_ |= lowBits(hostBits - 64);
    if (family_ == IpFamily::V4) {
        result.low_ &= 0xffffffffULL;
    }
    return result;
}

IpAddress IpAddress::plus(std::uint64_t offset) const {
    IpAddress result = *this;
    if (family_ == IpFamily::V4) {
        result.low_ = (low_ + offset) & 0xffffffffULL;
        return result;
    }
    result.low_ = low_ + offset;
    if (result.low_ < low_) {
        ++result.high_;
    }
    return result;
}

std::string IpAddress::toString() const {
    char buffer[64];
    if (family_ == IpFamily::V4) {
        const auto v = v4Value();
        std::snprintf(buffer, sizeof buffer, "%u.%u.%u.%u", v >> 24, (v >> 16) & 0xff,
                      (v >> 8) & 0xff, v & 0xff);
        return buffer;
    }
    std::array<unsigned, 8> groups{};
    for (int i = 0; i < 4; ++i) {
        groups[static_cast<std::size_t>(i)] =
            static_cast<unsigned>((high_ >> (48 - 16 * i)) & 0xffff);
        groups[static_cast<std::size_t>(i + 4)] =
            static_cast<unsigned>((low_ >> (48 - 16 * i)) & 0xffff);
    }
    // RFC 5952: compress the longest run (two or more) of zero groups, the first on a tie.
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8;) {
        if (groups[static_cast<std::size_t>(i)] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[static_cast<std::size_t>(j)] == 0) {
            ++j;
        }
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    std::string out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += "::";
            i += bestLength - 1;
            continue;
        }
        if (!out.empty() && out.back() != ':') {
            out += ':';
        }
        std::snprintf(buffer, sizeof buffer, "%x", groups[static_cast<std::size_t>(i)]);
        out += buffer;
    }
    return out;
}

} // namespace topograph
