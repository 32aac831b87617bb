#include "uitestsupport.h"

#include "ui/analysiscontroller.h"
#include "ui/views/definitionview.h"

using namespace lodestar;
using namespace lodestar::test;

namespace {

class DefinitionTest : public DemoWindowTest
{
protected:
    ui::DefinitionView &definition()
    {
        window().showView(QStringLiteral("definition"));
        return *qobject_cast<ui::DefinitionView *>(window().view(QStringLiteral("definition")));
    }
};

} // namespace

TEST_F(DefinitionTest, Definition_ShowsTheWorkspaceDefinitionInPlainLanguage)
{
    EXPECT_EQ(definition().editedDefinition(), window().controller()->definition());
    EXPECT_EQ(definition().plainText(), window().controller()->definition().plainText());
    EXPECT_TRUE(window().statusText().contains(window().controller()->definition().shortText()));
}

TEST_F(DefinitionTest, Definition_ApplyRecomputesUnderTheNewHorizon)
{
    const int horizon = window().controller()->definition().horizonMonths;
    const double before = window().controller()->snapshot().insights->headline.totalClv.value;
    definition().setHorizonMonths(horizon / 2);
    EXPECT_NE(definition().plainText(), window().controller()->definition().plainText());
    definition().apply();
    ASSERT_TRUE(waitForAnalysis(window()));
    EXPECT_EQ(window().controller()->definition().horizonMonths, horizon / 2);
    EXPECT_EQ(window().controller()->snapshot().valuation->definition.horizonMonths, horizon / 2);
    EXPECT_LT(window().controller()->snapshot().insights->headline.totalClv.value, before);
}

TEST_F(DefinitionTest, Definition_RendersToAnImage)
{
    settle();
    EXPECT_TRUE(isNotUniform(definition().grab().toImage()));
}
