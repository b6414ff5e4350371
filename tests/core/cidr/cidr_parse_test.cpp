// SPDX-License-Identifier: Apache-2.0
// Table-driven tests of Cidr parsing: the lenient parse, the strict parse and their messages.
#include "core/cidr/cidr.h"

#include <gtest/gtest.h>
#include <ostream>
#include <string>

namespace topograph {
namespace {

struct ValidCidr {
    std::string text;
    IpFamily family;
    int prefix;
    std::string canonical;
};

void PrintTo(const ValidCidr& row, std::ostream* out) {
    *out << '"' << row.text << '"';
}

class ValidCidrTest : public testing::TestWithParam<ValidCidr> {};

TEST_P(ValidCidrTest, ParsesStrictlyAndLeniently) {
    const ValidCidr& row = GetParam();
    CidrParseError error;
    const auto cidr = Cidr::tryParseStrict(row.text, error);
    ASSERT_TRUE(cidr.has_value()) << error.message();
    EXPECT_EQ(error.code, CidrError::None);
    EXPECT_EQ(cidr->family(), row.family);
    EXPECT_EQ(cidr->prefixLength(), row.prefix);
    EXPECT_EQ(cidr->toString(), row.canonical);
    EXPECT_FALSE(cidr->hasHostBits());
    EXPECT_EQ(Cidr::parse(row.text), *cidr);
    EXPECT_EQ(Cidr::parse(cidr->toString()), *cidr);
}

constexpr auto V4 = IpFamily::V4;
constexpr auto V6 = IpFamily::V6;

INSTANTIATE_TEST_SUITE_P(
    Table, ValidCidrTest,
    testing::Values(ValidCidr{"0.0.0.0/0", V4, 0, "0.0.0.0/0"},
                    ValidCidr{"10.0.0.0/8", V4, 8, "10.0.0.0/8"},
                    ValidCidr{"10.0.0.0/16", V4, 16, "10.0.0.0/16"},
                    ValidCidr{"172.16.0.0/12", V4, 12, "172.16.0.0/12"},
                    ValidCidr{"192.168.1.0/24", V4, 24, "192.168.1.0/24"},
                    ValidCidr{"10.0.1.16/28", V4, 28, "10.0.1.16/28"},
                    ValidCidr{"10.0.1.17/32", V4, 32, "10.0.1.17/32"},
                    ValidCidr{"::/0", V6, 0, "::/0"}, ValidCidr{"::1/128", V6, 128, "::1/128"},
                    ValidCidr{"1::/16", V6, 16, "1::/16"},
                    ValidCidr{"2001:db8::/32", V6, 32, "2001:db8::/32"},
                    ValidCidr{"2001:DB8:0:0::/56", V6, 56, "2001:db8::/56"},
                    ValidCidr{"2001:db8:1234:5600::/56", V6, 56, "2001:db8:1234:5600::/56"},
                    ValidCidr{"2001:db8::1/128", V6, 128, "2001:db8::1/128"},
                    ValidCidr{"::ffff:10.0.0.0/104", V6, 104, "::ffff:a00:0/104"}));

struct InvalidCidr {
    std::string text;
    CidrError code;
    AddressError addressError = AddressError::None;
};

void PrintTo(const InvalidCidr& row, std::ostream* out) {
    *out << '"' << row.text << '"';
}

class InvalidCidrTest : public testing::TestWithParam<InvalidCidr> {};

TEST_P(InvalidCidrTest, IsRefusedByEveryParseWithTheExpectedReason) {
    const InvalidCidr& row = GetParam();
    CidrParseError error;
    EXPECT_FALSE(Cidr::tryParse(row.text, error).has_value());
    EXPECT_EQ(error.code, row.code) << error.message();
    EXPECT_EQ(error.addressError, row.addressError);
    EXPECT_FALSE(error.message().empty());

    CidrParseError strictError;
    EXPECT_FALSE(Cidr::tryParseStrict(row.text, strictError).has_value());
    EXPECT_EQ(strictError.code, row.code);

    try {
        (void)Cidr::parse(row.text);
        ADD_FAILURE() << "parse accepted " << row.text;
    } catch (const CidrFormatError& thrown) {
        EXPECT_EQ(thrown.error().code, row.code);
        EXPECT_EQ(std::string(thrown.what()), error.message());
    }
}

INSTANTIATE_TEST_SUITE_P(
    Table, InvalidCidrTest,
    testing::Values(
        InvalidCidr{"", CidrError::Empty}, InvalidCidr{"10.0.0.0", CidrError::MissingPrefix},
        InvalidCidr{"2001:db8::", CidrError::MissingPrefix},
        InvalidCidr{"10.0.0.0/", CidrError::BadPrefix},
        InvalidCidr{"10.0.0.0/08", CidrError::BadPrefix},
        InvalidCidr{"10.0.0.0/00", CidrError::BadPrefix},
        InvalidCidr{"10.0.0.0/x", CidrError::BadPrefix},
        InvalidCidr{"10.0.0.0/-1", CidrError::BadPrefix},
        InvalidCidr{"10.0.0.0/+8", CidrError::BadPrefix},
        InvalidCidr{"10.0.0.0/8/8", CidrError::BadPrefix},
        InvalidCidr{"10.0.0.0/ 8", CidrError::BadPrefix},
        InvalidCidr{"10.0.0.0/1000", CidrError::BadPrefix},
        InvalidCidr{"10.0.0.0/33", CidrError::PrefixOutOfRange},
        InvalidCidr{"10.0.0.0/128", CidrError::PrefixOutOfRange},
        InvalidCidr{"2001:db8::/129", CidrError::PrefixOutOfRange},
        InvalidCidr{"/8", CidrError::BadAddress, AddressError::Empty},
        InvalidCidr{"010.0.0.0/8", CidrError::BadAddress, AddressError::LeadingZero},
        InvalidCidr{"256.0.0.0/8", CidrError::BadAddress, AddressError::OctetOutOfRange},
        InvalidCidr{"10.0.0.256/32", CidrError::BadAddress, AddressError::OctetOutOfRange},
        InvalidCidr{"10.0.0/24", CidrError::BadAddress, AddressError::WrongPartCount},
        InvalidCidr{"10.0.0.0.0/24", CidrError::BadAddress, AddressError::WrongPartCount},
        InvalidCidr{"garbage", CidrError::BadAddress, AddressError::BadCharacter},
        InvalidCidr{"garbage/16", CidrError::BadAddress, AddressError::BadCharacter},
        InvalidCidr{"10.0.0.0 /16", CidrError::BadAddress, AddressError::BadCharacter},
        InvalidCidr{"1::2::/64", CidrError::BadAddress, AddressError::MisplacedDoubleColon},
        InvalidCidr{"2001:db8:12345::/48", CidrError::BadAddress, AddressError::GroupTooLong},
        InvalidCidr{"1:2:3:4:5:6:7/64", CidrError::BadAddress, AddressError::WrongPartCount}));

struct MisalignedCidr {
    std::string text;
    std::string suggestion;
};

void PrintTo(const MisalignedCidr& row, std::ostream* out) {
    *out << '"' << row.text << '"';
}

class MisalignedCidrTest : public testing::TestWithParam<MisalignedCidr> {};

TEST_P(MisalignedCidrTest, LenientParseKeepsItStrictParseSuggestsTheAlignedBlock) {
    const MisalignedCidr& row = GetParam();
    CidrParseError error;
    const auto lenient = Cidr::tryParse(row.text, error);
    ASSERT_TRUE(lenient.has_value()) << error.message();
    EXPECT_TRUE(lenient->hasHostBits());
    EXPECT_EQ(lenient->toString(), row.text); // kept as written
    EXPECT_EQ(lenient->aligned().toString(), row.suggestion);
    EXPECT_FALSE(lenient->aligned().hasHostBits());

    EXPECT_FALSE(Cidr::tryParseStrict(row.text, error).has_value());
    EXPECT_EQ(error.code, CidrError::HostBitsSet);
    EXPECT_EQ(error.suggestion, row.suggestion);
    EXPECT_NE(error.message().find("did you mean " + row.suggestion + "?"), std::string::npos)
        << error.message();
}

INSTANTIATE_TEST_SUITE_P(Table, MisalignedCidrTest,
                         testing::Values(MisalignedCidr{"10.0.1.0/16", "10.0.0.0/16"},
                                         MisalignedCidr{"10.0.0.1/24", "10.0.0.0/24"},
                                         MisalignedCidr{"10.0.1.17/28", "10.0.1.16/28"},
                                         MisalignedCidr{"192.168.1.1/0", "0.0.0.0/0"},
                                         MisalignedCidr{"172.31.255.255/12", "172.16.0.0/12"},
                                         MisalignedCidr{"2001:db8::1/64", "2001:db8::/64"},
                                         MisalignedCidr{"2001:db8:1:2::/48", "2001:db8:1::/48"},
                                         MisalignedCidr{"::1/0", "::/0"}));

TEST(CidrParseError, EveryCodeHasItsOwnMessage) {
    const CidrError codes[] = {CidrError::None, CidrError::Empty, CidrError::MissingPrefix,
                               CidrError::BadPrefix, CidrError::PrefixOutOfRange};
    for (CidrError a : codes) {
        for (CidrError b : codes) {
            if (a != b) {
                const CidrParseError first{a, {}, {}};
                const CidrParseError second{b, {}, {}};
                EXPECT_NE(first.message(), second.message());
            }
        }
    }
    const CidrParseError badAddress{CidrError::BadAddress, AddressError::LeadingZero, {}};
    EXPECT_EQ(badAddress.message(), std::string(describe(AddressError::LeadingZero)));
}

TEST(Cidr, ConstructorRefusesAPrefixTooLongForTheFamily) {
    EXPECT_THROW(Cidr(IpAddress::v4(0), 33), CidrFormatError);
    EXPECT_THROW(Cidr(IpAddress::v4(0), -1), CidrFormatError);
    EXPECT_THROW(Cidr(IpAddress::v6(0, 0), 129), CidrFormatError);
    EXPECT_NO_THROW(Cidr(IpAddress::v6(0, 0), 128));
    EXPECT_NO_THROW(Cidr(IpAddress::v4(0), 32));
}

} // namespace
} // namespace topograph
