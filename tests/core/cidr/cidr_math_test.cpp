// SPDX-License-Identifier: Apache-2.0
// Table-driven tests of what a Cidr computes: containment, overlap, sizes, AWS's reserved
// addresses, alignment and ordering.
#include "core/cidr/cidr.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <limits>
#include <string>
#include <vector>

namespace topograph {
namespace {

Cidr cidr(const std::string& text) {
    return Cidr::parse(text);
}

IpAddress address(const std::string& text) {
    AddressError error;
    const auto parsed = IpAddress::tryParse(text, error);
    if (!parsed) {
        throw std::invalid_argument("bad address in test table: " + text);
    }
    return *parsed;
}

struct ContainsAddressRow {
    std::string block;
    std::string address;
    bool contains;
};

TEST(Cidr, ContainsAddress) {
    const ContainsAddressRow rows[] = {
        {"10.0.0.0/16", "10.0.0.0", true},
        {"10.0.0.0/16", "10.0.255.255", true},
        {"10.0.0.0/16", "10.1.0.0", false},
        {"10.0.0.0/16", "9.255.255.255", false},
        {"10.0.1.0/16", "10.0.0.5", true}, // maths uses the aligned network
        {"0.0.0.0/0", "203.0.113.10", true},
        {"10.0.1.17/32", "10.0.1.17", true},
        {"10.0.1.17/32", "10.0.1.18", false},
        {"2001:db8::/32", "2001:db8:ffff::1", true},
        {"2001:db8::/32", "2001:db9::", false},
        {"::/0", "::1", true},
        {"::/0", "10.0.0.1", false},     // across families: never
        {"0.0.0.0/0", "::a00:1", false}, // across families: never
        {"::ffff:10.0.0.0/104", "10.0.0.1", false},
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(row.block + " contains " + row.address);
        EXPECT_EQ(cidr(row.block).contains(address(row.address)), row.contains);
    }
}

struct PairRow {
    std::string a;
    std::string b;
    bool aContainsB;
    bool bContainsA;
    bool overlap;
};

TEST(Cidr, ContainsAndOverlapsBlocks) {
    const PairRow rows[] = {
        {"10.0.0.0/16", "10.0.1.0/24", true, false, true},
        {"10.0.0.0/16", "10.0.0.0/16", true, true, true},
        {"10.0.0.0/16", "10.1.0.0/16", false, false, false},
        {"10.0.0.0/24", "10.0.1.0/24", false, false, false},
        {"10.0.0.0/23", "10.0.1.0/24", true, false, true},
        {"10.0.0.0/8", "11.0.0.0/8", false, false, false},
        {"0.0.0.0/0", "192.168.0.0/16", true, false, true},
        {"10.0.1.16/28", "10.0.1.31/32", true, false, true},
        {"10.0.1.16/28", "10.0.1.32/32", false, false, false},
        {"2001:db8::/32", "2001:db8:1::/48", true, false, true},
        {"2001:db8::/48", "2001:db8:1::/48", false, false, false},
        {"::/0", "2001:db8::/32", true, false, true},
        // Across families: never contained, never overlapping, even for the zero blocks.
        {"0.0.0.0/0", "::/0", false, false, false},
        {"10.0.0.0/8", "::a00:0/104", false, false, false},
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(row.a + " vs " + row.b);
        const Cidr a = cidr(row.a);
        const Cidr b = cidr(row.b);
        EXPECT_EQ(a.contains(b), row.aContainsB);
        EXPECT_EQ(b.contains(a), row.bContainsA);
        EXPECT_EQ(a.overlaps(b), row.overlap);
        EXPECT_EQ(b.overlaps(a), row.overlap); // symmetric
    }
}

struct SizeRow {
    std::string block;
    std::uint64_t size;
    std::uint64_t usable;
};

constexpr std::uint64_t saturated = std::numeric_limits<std::uint64_t>::max();

TEST(Cidr, SizeAndUsableHostsAfterAwsReservesFive) {
    const SizeRow rows[] = {
        {"10.0.0.0/32", 1, 0},
        {"10.0.0.0/31", 2, 0},
        {"10.0.0.0/30", 4, 0},
        {"10.0.0.0/29", 8, 3},
        {"10.0.0.0/28", 16, 11},
        {"10.0.0.0/24", 256, 251},
        {"10.0.0.0/16", 65536, 65531},
        {"10.0.0.0/8", 16777216, 16777211},
        {"0.0.0.0/0", 4294967296ULL, 4294967291ULL},
        {"2001:db8::/128", 1, 0},
        {"2001:db8::/120", 256, 251},
        {"2001:db8::/65", std::uint64_t{1} << 63, (std::uint64_t{1} << 63) - 5},
        {"2001:db8::/64", saturated, saturated}, // 2^64 does not fit: saturates
        {"2001:db8::/56", saturated, saturated},
        {"::/0", saturated, saturated},
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(row.block);
        EXPECT_EQ(cidr(row.block).size(), row.size);
        EXPECT_EQ(cidr(row.block).usableHosts(), row.usable);
    }
}

TEST(Cidr, AwsReservesTheFirstFourAndTheLastAddress) {
    const Cidr subnet = cidr("10.0.1.0/24");
    struct Row {
        std::string address;
        bool reserved;
    };
    const Row rows[] = {
        {"10.0.1.0", true},    {"10.0.1.1", true},   {"10.0.1.2", true},
        {"10.0.1.3", true},    {"10.0.1.4", false},  {"10.0.1.128", false},
        {"10.0.1.254", false}, {"10.0.1.255", true}, {"10.0.0.255", false}, // outside
        {"10.0.2.0", false},   {"::a00:100", false},                        // other family
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(row.address);
        EXPECT_EQ(subnet.isAwsReserved(address(row.address)), row.reserved);
    }
    const Cidr v6 = cidr("2001:db8:0:1::/64");
    EXPECT_TRUE(v6.isAwsReserved(address("2001:db8:0:1::")));
    EXPECT_TRUE(v6.isAwsReserved(address("2001:db8:0:1::3")));
    EXPECT_FALSE(v6.isAwsReserved(address("2001:db8:0:1::4")));
    EXPECT_TRUE(v6.isAwsReserved(address("2001:db8:0:1:ffff:ffff:ffff:ffff")));
    EXPECT_FALSE(v6.isAwsReserved(address("2001:db8:0:2::")));
}

TEST(Cidr, AddressAtCountsFromTheNetworkAddress) {
    const Cidr subnet = cidr("10.0.1.7/24"); // host bits are ignored by the maths
    EXPECT_EQ(subnet.addressAt(0), address("10.0.1.0"));
    EXPECT_EQ(subnet.addressAt(4), address("10.0.1.4"));
    EXPECT_EQ(subnet.addressAt(255), address("10.0.1.255"));
    EXPECT_EQ(cidr("2001:db8::/64").addressAt(4), address("2001:db8::4"));
}

TEST(Cidr, NetworkLastAddressAndAlignment) {
    struct Row {
        std::string block;
        std::string network;
        std::string last;
        bool hostBits;
    };
    const Row rows[] = {
        {"10.0.1.0/16", "10.0.0.0", "10.0.255.255", true},
        {"10.0.0.0/16", "10.0.0.0", "10.0.255.255", false},
        {"10.0.1.17/28", "10.0.1.16", "10.0.1.31", true},
        {"10.0.1.17/32", "10.0.1.17", "10.0.1.17", false},
        {"1.2.3.4/0", "0.0.0.0", "255.255.255.255", true},
        {"2001:db8::1/64", "2001:db8::", "2001:db8::ffff:ffff:ffff:ffff", true},
        {"::/0", "::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", false},
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(row.block);
        const Cidr block = cidr(row.block);
        EXPECT_EQ(block.network(), address(row.network));
        EXPECT_EQ(block.lastAddress(), address(row.last));
        EXPECT_EQ(block.hasHostBits(), row.hostBits);
        EXPECT_EQ(block.aligned().address(), address(row.network));
        EXPECT_EQ(block.aligned().prefixLength(), block.prefixLength());
        EXPECT_EQ(block.hostBitCount(), block.address().bitWidth() - block.prefixLength());
    }
}

TEST(Cidr, OrdersByFamilyThenNetworkThenPrefixLength) {
    // The order a sweep over blocks relies on: a containing block comes right before the blocks
    // it contains, IPv4 before IPv6.
    const std::vector<std::string> expected = {
        // Same network and length: the address as written breaks the tie.
        "0.0.0.0/0",   "10.0.0.0/8",    "10.0.0.0/16",   "10.0.1.0/16",
        "10.0.0.0/24", "10.0.0.1/24",   "10.0.1.0/24",   "10.1.0.0/16",
        "::/0",        "2001:db8::/32", "2001:db8::/64", "2001:db8:1::/48",
    };
    std::vector<Cidr> blocks;
    for (auto it = expected.rbegin(); it != expected.rend(); ++it) {
        blocks.push_back(cidr(*it));
    }
    std::sort(blocks.begin(), blocks.end());
    std::vector<std::string> sorted;
    for (const Cidr& block : blocks) {
        sorted.push_back(block.toString());
    }
    EXPECT_EQ(sorted, expected);
}

TEST(Cidr, EqualityAndOrderingAgree) {
    const std::vector<std::string> texts = {"10.0.0.0/16", "10.0.1.0/16", "10.0.0.0/24",
                                            "2001:db8::/32", "2001:db8::1/32"};
    for (const auto& a : texts) {
        for (const auto& b : texts) {
            SCOPED_TRACE(a + " vs " + b);
            EXPECT_EQ(cidr(a) == cidr(b), a == b);
            EXPECT_EQ((cidr(a) <=> cidr(b)) == 0, a == b);
            if (a == b) {
                EXPECT_EQ(std::hash<Cidr>{}(cidr(a)), std::hash<Cidr>{}(cidr(b)));
            }
        }
    }
}

} // namespace
} // namespace topograph
