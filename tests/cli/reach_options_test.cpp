// SPDX-License-Identifier: Apache-2.0
// reach's option values, from tables of valid and invalid text.
#include "app/cli/reach_options.h"

#include <gtest/gtest.h>

namespace topograph::cli {
namespace {

TEST(ReachOptions, Protocols) {
    const std::pair<std::string, int> valid[] = {{"tcp", IpProtocol::Tcp},
                                                 {"TCP", IpProtocol::Tcp},
                                                 {"udp", IpProtocol::Udp},
                                                 {"icmp", IpProtocol::Icmp},
                                                 {"all", IpProtocol::All}};
    for (const auto& [text, number] : valid) {
        std::string error;
        const auto protocol = parseProtocolOption(text, error);
        ASSERT_TRUE(protocol.has_value()) << text;
        EXPECT_EQ(protocol->number, number) << text;
    }
    for (const std::string text : {"", "6", "-1", "tcp ", "icmpv6", "sctp", "tc"}) {
        std::string error;
        EXPECT_FALSE(parseProtocolOption(text, error).has_value()) << text;
        EXPECT_EQ(error, "--protocol must be tcp, udp, icmp or all, not '" + text + "'");
    }
}

TEST(ReachOptions, Ports) {
    const std::pair<std::string, int> valid[] = {
        {"0", 0}, {"22", 22}, {"443", 443}, {"05432", 5432}, {"65535", 65535}};
    for (const auto& [text, number] : valid) {
        std::string error;
        const auto port = parsePortOption(text, error);
        ASSERT_TRUE(port.has_value()) << text;
        EXPECT_EQ(*port, number);
    }
    for (const std::string text :
         {"", "-1", "+443", " 443", "443 ", "65536", "99999", "065535", "4e2", "0x1bb", "https"}) {
        std::string error;
        EXPECT_FALSE(parsePortOption(text, error).has_value()) << text;
        EXPECT_NE(error.find("not '" + text + "'"), std::string::npos) << error;
    }
}

TEST(ReachOptions, EphemeralRanges) {
    const std::tuple<std::string, int, int> valid[] = {{"1024-65535", 1024, 65535},
                                                       {"0-0", 0, 0},
                                                       {"32768-60999", 32768, 60999},
                                                       {"5000", 5000, 5000}};
    for (const auto& [text, from, to] : valid) {
        std::string error;
        const auto range = parseEphemeralOption(text, error);
        ASSERT_TRUE(range.has_value()) << text;
        EXPECT_EQ(range->from, from);
        EXPECT_EQ(range->to, to);
    }
    for (const std::string text :
         {"", "-", "2000-1000", "1024-", "-65535", "1024-65536", "1-2-3", "a-b", "1024 - 2048"}) {
        std::string error;
        EXPECT_FALSE(parseEphemeralOption(text, error).has_value()) << text;
        EXPECT_NE(error.find("LO-HI"), std::string::npos) << error;
    }
}

} // namespace
} // namespace topograph::cli
