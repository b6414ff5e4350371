// SPDX-License-Identifier: Apache-2.0
#include "exporters/cloudformation/static_functions.h"

#include "core/cidr/cidr.h"

#include <charconv>

namespace topograph::cfn {

namespace {

/// `address` plus `index` shifted left by `shift` bits, in the address's own width.
IpAddress blockStart(const IpAddress& address, std::uint64_t index, int shift) {
    if (address.family() == IpFamily::V4) {
        return IpAddress::v4(address.v4Value() + static_cast<std::uint32_t>(index << shift));
    }
    std::uint64_t high = address.high();
    std::uint64_t low = address.low();
    if (shift >= 64) {
        high += index << (shift - 64);
    } else {
        const std::uint64_t addLow = index << shift;
        const std::uint64_t addHigh = shift == 0 ? 0 : index >> (64 - shift);
        const std::uint64_t newLow = low + addLow;
        high += addHigh + (newLow < low ? 1 : 0);
        low = newLow;
    }
    return IpAddress::v6(high, low);
}

} // namespace

std::optional<std::vector<std::string>> cidrBlocks(std::string_view ipBlock, long long count,
                                                   long long cidrBits, std::string& error) {
    CidrParseError parseError;
    const auto block = Cidr::tryParse(ipBlock, parseError);
    if (!block) {
        error =
            "Fn::Cidr: '" + std::string(ipBlock) + "' is not a CIDR block: " + parseError.message();
        return std::nullopt;
    }
    const int width = block->address().bitWidth();
    if (count < 1 || count > 256) {
        error = "Fn::Cidr: the count must be 1 to 256, not " + std::to_string(count);
        return std::nullopt;
    }
    const long long newPrefix = width - cidrBits;
    if (cidrBits < 0 || newPrefix < block->prefixLength()) {
        error = "Fn::Cidr: " + std::to_string(cidrBits) + " host bits do not fit in " +
                std::string(ipBlock) + " (at most " +
                std::to_string(width - block->prefixLength()) + ")";
        return std::nullopt;
    }
    const long long available = newPrefix - block->prefixLength();
    if (available < 63 && count > (1LL << available)) {
        error = "Fn::Cidr: " + std::string(ipBlock) + " holds only " +
                std::to_string(1LL << available) + " blocks of /" + std::to_string(newPrefix) +
                ", not " + std::to_string(count);
        return std::nullopt;
    }
    std::vector<std::string> result;
    const IpAddress start = block->network();
    for (long long i = 0; i < count; ++i) {
        const IpAddress address =
            blockStart(start, static_cast<std::uint64_t>(i), static_cast<int>(cidrBits));
        result.push_back(Cidr(address, static_cast<int>(newPrefix)).toString());
    }
    return result;
}

std::vector<std::string>
availabilityZones(const std::string& region,
                  const std::map<std::string, std::vector<std::string>>& known) {
    if (const auto found = known.find(region); found != known.end()) {
        return found->second;
    }
    return {region + "a", region + "b", region + "c"};
}

std::string base64Encode(std::string_view text) {
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string result;
    result.reserve((text.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < text.size(); i += 3) {
        const unsigned chunk = static_cast<unsigned char>(text[i]) << 16 |
                               static_cast<unsigned char>(text[i + 1]) << 8 |
                               static_cast<unsigned char>(text[i + 2]);
        result += alphabet[(chunk >> 18) & 63];
        result += alphabet[(chunk >> 12) & 63];
        result += alphabet[(chunk >> 6) & 63];
        result += alphabet[chunk & 63];
    }
    const std::size_t rest = text.size() - i;
    if (rest > 0) {
        unsigned chunk = static_cast<unsigned char>(text[i]) << 16;
        if (rest == 2) {
            chunk |= static_cast<unsigned char>(text[i + 1]) << 8;
        }
        result += alphabet[(chunk >> 18) & 63];
        result += alphabet[(chunk >> 12) & 63];
        result += rest == 2 ? alphabet[(chunk >> 6) & 63] : '=';
        result += '=';
    }
    return result;
}

std::vector<std::string> splitText(std::string_view text, std::string_view delimiter) {
    std::vector<std::string> pieces;
    if (delimiter.empty()) {
        pieces.emplace_back(text);
        return pieces;
    }
    std::size_t start = 0;
    while (true) {
        const std::size_t found = text.find(delimiter, start);
        if (found == std::string_view::npos) {
            pieces.emplace_back(text.substr(start));
            return pieces;
        }
        pieces.emplace_back(text.substr(start, found - start));
        start = found + delimiter.size();
    }
}

std::string partitionOf(const std::string& region) {
    if (region.rfind("cn-", 0) == 0) {
        return "aws-cn";
    }
    if (region.rfind("us-gov-", 0) == 0) {
        return "aws-us-gov";
    }
    return "aws";
}

std::string urlSuffixOf(const std::string& region) {
    return region.rfind("cn-", 0) == 0 ? "amazonaws.com.cn" : "amazonaws.com";
}

std::optional<long long> parseInteger(std::string_view text) {
    while (!text.empty() && text.front() == ' ') {
        text.remove_prefix(1);
    }
    while (!text.empty() && text.back() == ' ') {
        text.remove_suffix(1);
    }
    if (!text.empty() && text.front() == '+') {
        text.remove_prefix(1);
    }
    long long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc{} || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

} // namespace topograph::cfn
