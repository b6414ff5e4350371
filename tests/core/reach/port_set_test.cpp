// SPDX-License-Identifier: Apache-2.0
#include "core/reach/port_set.h"

#include <gtest/gtest.h>

namespace topograph::reach {
namespace {

struct SetCase {
    const char* name;
    PortSet a;
    PortSet b;
    const char* intersection;
    const char* difference;
    const char* unionText;
};

class PortSetTest : public ::testing::TestWithParam<SetCase> {};

TEST_P(PortSetTest, Operations) {
    const SetCase& c = GetParam();
    EXPECT_EQ(c.a.intersect(c.b).toString(), c.intersection) << c.name;
    EXPECT_EQ(c.a.subtract(c.b).toString(), c.difference) << c.name;
    EXPECT_EQ(c.a.unite(c.b).toString(), c.unionText) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Table, PortSetTest,
    ::testing::Values(SetCase{"disjoint", PortSet::range(1, 10), PortSet::range(20, 30), "", "1-10",
                              "1-10,20-30"},
                      SetCase{"adjacent merge", PortSet::range(1, 10), PortSet::range(11, 20), "",
                              "1-10", "1-20"},
                      SetCase{"hole", PortSet::range(1024, 65535), PortSet::range(2000, 2999),
                              "2000-2999", "1024-1999,3000-65535", "1024-65535"},
                      SetCase{"empty", PortSet{}, PortSet::range(5, 5), "", "", "5"},
                      SetCase{"superset", PortSet::range(100, 200), PortSet::all(), "100-200", "",
                              "0-65535"}));

TEST(PortSet, ClampsAndCounts) {
    EXPECT_TRUE(PortSet::range(10, 5).empty());
    EXPECT_EQ(PortSet::range(-5, 70000).toString(), "0-65535");
    EXPECT_EQ(PortSet::range(1024, 65535).count(), 64512);
    EXPECT_EQ(PortSet::range(7, 9).lowest(), 7);
    EXPECT_TRUE(PortSet::range(7, 9).contains(8));
    EXPECT_FALSE(PortSet::range(7, 9).contains(10));
}

} // namespace
} // namespace topograph::reach
