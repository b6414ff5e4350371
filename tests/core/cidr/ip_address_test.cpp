// SPDX-License-Identifier: Apache-2.0
// Table-driven tests of IpAddress: what parses, what is refused and why, how it prints.
#include "core/cidr/ip_address.h"

#include <gtest/gtest.h>
#include <ostream>
#include <string>

namespace topograph {
namespace {

struct ValidAddress {
    std::string text;
    IpFamily family;
    std::uint64_t high;
    std::uint64_t low;
    std::string canonical; // RFC 5952 for IPv6, dotted decimal for IPv4
};

void PrintTo(const ValidAddress& row, std::ostream* out) {
    *out << '"' << row.text << '"';
}

class ValidAddressTest : public testing::TestWithParam<ValidAddress> {};

TEST_P(ValidAddressTest, ParsesToTheExpectedValueAndPrintsCanonically) {
    const ValidAddress& row = GetParam();
    AddressError error = AddressError::BadCharacter;
    const auto address = IpAddress::tryParse(row.text, error);
    ASSERT_TRUE(address.has_value()) << describe(error);
    EXPECT_EQ(error, AddressError::None);
    EXPECT_EQ(address->family(), row.family);
    EXPECT_EQ(address->high(), row.high);
    EXPECT_EQ(address->low(), row.low);
    EXPECT_EQ(address->toString(), row.canonical);
    // The canonical text reads back as the same address.
    const auto again = IpAddress::tryParse(address->toString(), error);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(*again, *address);
}

constexpr auto V4 = IpFamily::V4;
constexpr auto V6 = IpFamily::V6;

INSTANTIATE_TEST_SUITE_P(
    Table, ValidAddressTest,
    testing::Values(
        ValidAddress{"0.0.0.0", V4, 0, 0, "0.0.0.0"},
        ValidAddress{"10.0.0.0", V4, 0, 0x0a000000, "10.0.0.0"},
        ValidAddress{"10.0.1.17", V4, 0, 0x0a000111, "10.0.1.17"},
        ValidAddress{"192.168.255.254", V4, 0, 0xc0a8fffe, "192.168.255.254"},
        ValidAddress{"255.255.255.255", V4, 0, 0xffffffff, "255.255.255.255"},
        ValidAddress{"1.2.3.4", V4, 0, 0x01020304, "1.2.3.4"}, ValidAddress{"::", V6, 0, 0, "::"},
        ValidAddress{"::1", V6, 0, 1, "::1"}, ValidAddress{"1::", V6, 0x0001000000000000, 0, "1::"},
        ValidAddress{"2001:db8::", V6, 0x20010db800000000, 0, "2001:db8::"},
        ValidAddress{"2001:0db8:0000:0000:0000:0000:0000:0001", V6, 0x20010db800000000, 1,
                     "2001:db8::1"},
        ValidAddress{"2001:DB8::ABCD", V6, 0x20010db800000000, 0xabcd, "2001:db8::abcd"},
        ValidAddress{"1:2:3:4:5:6:7:8", V6, 0x0001000200030004, 0x0005000600070008,
                     "1:2:3:4:5:6:7:8"},
        // "::" may stand for a single zero group, but RFC 5952 prints a lone zero group as 0.
        ValidAddress{"1:2:3:4:5:6:7::", V6, 0x0001000200030004, 0x0005000600070000,
                     "1:2:3:4:5:6:7:0"},
        ValidAddress{"1:0:0:4:0:0:0:8", V6, 0x0001000000000004, 0x0000000000000008, "1:0:0:4::8"},
        // On a tie the first run is compressed.
        ValidAddress{"1:0:0:4:5:0:0:8", V6, 0x0001000000000004, 0x0005000000000008, "1::4:5:0:0:8"},
        ValidAddress{"0:0:1:0:0:0:0:0", V6, 0x0000000000010000, 0, "0:0:1::"},
        ValidAddress{"fe80::1:0:0:1", V6, 0xfe80000000000000, 0x0001000000000001, "fe80::1:0:0:1"},
        // An embedded IPv4 tail counts as two groups.
        ValidAddress{"::ffff:10.0.0.1", V6, 0, 0x0000ffff0a000001, "::ffff:a00:1"},
        ValidAddress{"1:2:3:4:5:6:1.2.3.4", V6, 0x0001000200030004, 0x0005000601020304,
                     "1:2:3:4:5:6:102:304"},
        ValidAddress{"::0.0.0.0", V6, 0, 0, "::"}));

struct InvalidAddress {
    std::string text;
    AddressError error;
};

void PrintTo(const InvalidAddress& row, std::ostream* out) {
    *out << '"' << row.text << '"';
}

class InvalidAddressTest : public testing::TestWithParam<InvalidAddress> {};

TEST_P(InvalidAddressTest, IsRefusedWithTheExpectedReason) {
    const InvalidAddress& row = GetParam();
    AddressError error = AddressError::None;
    const auto address = IpAddress::tryParse(row.text, error);
    EXPECT_FALSE(address.has_value()) << address->toString();
    EXPECT_EQ(error, row.error) << describe(error);
    EXPECT_FALSE(describe(error).empty());
}

INSTANTIATE_TEST_SUITE_P(
    Table, InvalidAddressTest,
    testing::Values(InvalidAddress{"", AddressError::Empty},
                    InvalidAddress{"010.0.0.0", AddressError::LeadingZero},
                    InvalidAddress{"10.00.0.0", AddressError::LeadingZero},
                    InvalidAddress{"10.0.0.01", AddressError::LeadingZero},
                    InvalidAddress{"256.0.0.0", AddressError::OctetOutOfRange},
                    InvalidAddress{"10.0.0.300", AddressError::OctetOutOfRange},
                    InvalidAddress{"10.0.0.1000", AddressError::OctetOutOfRange},
                    InvalidAddress{"10.0.0", AddressError::WrongPartCount},
                    InvalidAddress{"10", AddressError::WrongPartCount},
                    InvalidAddress{"10.0.0.0.0", AddressError::WrongPartCount},
                    InvalidAddress{"10..0.0", AddressError::WrongPartCount},
                    InvalidAddress{"10.0.0.", AddressError::WrongPartCount},
                    InvalidAddress{".10.0.0", AddressError::WrongPartCount},
                    InvalidAddress{"hello", AddressError::BadCharacter},
                    InvalidAddress{"10.0.0.x", AddressError::BadCharacter},
                    InvalidAddress{"abcd.0.0.0", AddressError::BadCharacter},
                    InvalidAddress{" 10.0.0.0", AddressError::BadCharacter},
                    InvalidAddress{"10.0.0.0 ", AddressError::BadCharacter},
                    InvalidAddress{"-1.0.0.0", AddressError::BadCharacter},
                    InvalidAddress{"1::2::3", AddressError::MisplacedDoubleColon},
                    InvalidAddress{"::1::", AddressError::MisplacedDoubleColon},
                    InvalidAddress{":::", AddressError::MisplacedDoubleColon},
                    InvalidAddress{":1:2:3:4:5:6:7", AddressError::MisplacedDoubleColon},
                    InvalidAddress{"1:2:3:4:5:6:7:", AddressError::MisplacedDoubleColon},
                    InvalidAddress{"12345::", AddressError::GroupTooLong},
                    InvalidAddress{"2001:db8:0:0:0:0:0:10000", AddressError::GroupTooLong},
                    InvalidAddress{"1:2:3:4:5:6:7", AddressError::WrongPartCount},
                    InvalidAddress{"1:2:3:4:5:6:7:8:9", AddressError::WrongPartCount},
                    InvalidAddress{"1:2:3:4:5:6:7:8::", AddressError::WrongPartCount},
                    InvalidAddress{"1:2:3:4::5:6:7:8", AddressError::WrongPartCount},
                    InvalidAddress{"1:2:3:4:5:6:7:1.2.3.4", AddressError::WrongPartCount},
                    InvalidAddress{"2001:db8::g", AddressError::BadCharacter},
                    InvalidAddress{"fe80::1%eth0", AddressError::BadCharacter},
                    // An IPv4 tail is only allowed at the very end.
                    InvalidAddress{"1.2.3.4::", AddressError::BadCharacter},
                    InvalidAddress{"::1.2.3.4:5", AddressError::BadCharacter},
                    InvalidAddress{"::1.2.3", AddressError::WrongPartCount},
                    InvalidAddress{"::256.0.0.0", AddressError::OctetOutOfRange}));

TEST(IpAddress, BitCountsFromTheMostSignificantBit) {
    const IpAddress v4 = IpAddress::v4(0x80000001);
    EXPECT_TRUE(v4.bit(0));
    EXPECT_FALSE(v4.bit(1));
    EXPECT_TRUE(v4.bit(31));
    const IpAddress v6 = IpAddress::v6(0x8000000000000000, 1);
    EXPECT_TRUE(v6.bit(0));
    EXPECT_FALSE(v6.bit(63));
    EXPECT_FALSE(v6.bit(64));
    EXPECT_TRUE(v6.bit(127));
}

struct MaskRow {
    IpAddress address;
    int prefix;
    IpAddress masked;
    IpAddress last;
};

TEST(IpAddress, MaskedAndLastInPrefixCoverEveryPrefixLength) {
    const MaskRow rows[] = {
        {IpAddress::v4(0x0a000111), 16, IpAddress::v4(0x0a000000), IpAddress::v4(0x0a00ffff)},
        {IpAddress::v4(0x0a000111), 0, IpAddress::v4(0), IpAddress::v4(0xffffffff)},
        {IpAddress::v4(0x0a000111), 32, IpAddress::v4(0x0a000111), IpAddress::v4(0x0a000111)},
        {IpAddress::v4(0x0a000111), 28, IpAddress::v4(0x0a000110), IpAddress::v4(0x0a00011f)},
        {IpAddress::v6(0x20010db812345678, 0xffff), 32, IpAddress::v6(0x20010db800000000, 0),
         IpAddress::v6(0x20010db8ffffffff, ~0ULL)},
        {IpAddress::v6(0x20010db812345678, 0xffff), 64, IpAddress::v6(0x20010db812345678, 0),
         IpAddress::v6(0x20010db812345678, ~0ULL)},
        {IpAddress::v6(0x20010db812345678, 0xffff), 112, IpAddress::v6(0x20010db812345678, 0),
         IpAddress::v6(0x20010db812345678, 0xffff)},
        {IpAddress::v6(0x20010db812345678, 0xffff), 0, IpAddress::v6(0, 0),
         IpAddress::v6(~0ULL, ~0ULL)},
        {IpAddress::v6(1, 2), 128, IpAddress::v6(1, 2), IpAddress::v6(1, 2)},
    };
    for (const MaskRow& row : rows) {
        SCOPED_TRACE(row.address.toString() + "/" + std::to_string(row.prefix));
        EXPECT_EQ(row.address.masked(row.prefix), row.masked);
        EXPECT_EQ(row.address.lastInPrefix(row.prefix), row.last);
    }
}

TEST(IpAddress, PlusWrapsWithinTheFamilyAndCarriesIntoTheHighHalf) {
    EXPECT_EQ(IpAddress::v4(0x0a000000).plus(5), IpAddress::v4(0x0a000005));
    EXPECT_EQ(IpAddress::v4(0xffffffff).plus(1), IpAddress::v4(0));
    EXPECT_EQ(IpAddress::v6(0, ~0ULL).plus(1), IpAddress::v6(1, 0));
    EXPECT_EQ(IpAddress::v6(7, 1).plus(2), IpAddress::v6(7, 3));
}

TEST(IpAddress, OrdersByFamilyThenValue) {
    EXPECT_LT(IpAddress::v4(0xffffffff), IpAddress::v6(0, 0));
    EXPECT_LT(IpAddress::v4(1), IpAddress::v4(2));
    EXPECT_LT(IpAddress::v6(0, ~0ULL), IpAddress::v6(1, 0));
    EXPECT_EQ(IpAddress::v4(7), IpAddress::v4(7));
    EXPECT_NE(IpAddress::v4(7), IpAddress::v6(0, 7));
}

TEST(IpAddress, EveryErrorHasADistinctDescription) {
    const AddressError errors[] = {AddressError::None,         AddressError::Empty,
                                   AddressError::BadCharacter, AddressError::WrongPartCount,
                                   AddressError::LeadingZero,  AddressError::OctetOutOfRange,
                                   AddressError::GroupTooLong, AddressError::MisplacedDoubleColon};
    for (AddressError a : errors) {
        for (AddressError b : errors) {
            if (a != b) {
                EXPECT_NE(describe(a), describe(b));
            }
        }
    }
}

} // namespace
} // namespace topograph
