#include "models/report/reportoptions.h"

#include <gtest/gtest.h>

using namespace lodestar::report;

TEST(ReportOptions, ParsesSectionListInAnyCase)
{
    const auto sections = parseSections(QStringLiteral("Summary, cohorts"));
    ASSERT_TRUE(sections.has_value());
    EXPECT_EQ(*sections, (std::vector<SectionId>{SectionId::Summary, SectionId::Cohorts}));
}

TEST(ReportOptions, NamesTheUnknownSection)
{
    QString unknown;
    EXPECT_FALSE(parseSections(QStringLiteral("summary,charts"), &unknown).has_value());
    EXPECT_EQ(unknown, QStringLiteral("charts"));
}

TEST(ReportOptions, EverySectionKeyRoundTrips)
{
    for (SectionId id : allSections())
        EXPECT_EQ(sectionFromKey(sectionKey(id)), id);
}

TEST(ReportOptions, EmptySectionListMeansEverySection)
{
    ReportOptions options;
    EXPECT_TRUE(options.includes(SectionId::Appendix));
    options.sections = {SectionId::Summary};
    EXPECT_FALSE(options.includes(SectionId::Appendix));
}
