#include "models/store/customeridindex.h"

#include <gtest/gtest.h>

#include <string>

using namespace lodestar;

namespace {

std::string idOf(int number)
{
    std::string id("C");
    id += std::to_string(number);
    return id;
}

} // namespace

TEST(CustomerIdIndex, FindsEveryIdAcrossGrowthAndMissesUnknownOnes)
{
    CustomerIdIndex index;
    for (int i = 0; i < 50000; ++i)
        index.insert(idOf(i), i + 1);
    EXPECT_EQ(index.size(), 50000u);
    for (int i = 0; i < 50000; ++i)
        ASSERT_EQ(index.find(idOf(i)), i + 1) << i;
    EXPECT_FALSE(index.find("C50000"));
    EXPECT_FALSE(index.find("C"));
}

TEST(CustomerIdIndex, KeepsLongIdsApartFromTheirPrefixes)
{
    CustomerIdIndex index;
    index.insert("customer-000000001@example.com", 1);
    index.insert("customer-000000001@example.co", 2);
    index.insert("customer-000", 3); // exactly the inline size
    EXPECT_EQ(index.find("customer-000000001@example.com"), 1);
    EXPECT_EQ(index.find("customer-000000001@example.co"), 2);
    EXPECT_EQ(index.find("customer-000"), 3);
    EXPECT_FALSE(index.find("customer-00"));
    EXPECT_FALSE(index.find("customer-000000001@example.c"));
}

TEST(CustomerIdIndex, ComparesBytesNotText)
{
    CustomerIdIndex index;
    index.insert("M\xC3\xBCller", 1);
    EXPECT_EQ(index.find("M\xC3\xBCller"), 1);
    EXPECT_FALSE(index.find("Muller"));
    EXPECT_FALSE(index.find("m\xC3\xBCller"));
}

TEST(CustomerIdIndex, EmptyIndexFindsNothing)
{
    const CustomerIdIndex index;
    EXPECT_FALSE(index.find("A"));
    EXPECT_EQ(index.size(), 0u);
}

TEST(CustomerIdIndex, PrefetchIsSafeOnAnEmptyIndexAndChangesNoLookup)
{
    CustomerIdIndex index;
    index.prefetch("A");
    index.insert("A", 1);
    index.prefetch("A");
    index.prefetch("unknown");
    EXPECT_EQ(index.find("A"), 1);
    EXPECT_FALSE(index.find("unknown"));
}
