#include "uitestsupport.h"

#include "ui/analysiscontroller.h"
#include "ui/views/definitionview.h"
#include "ui/views/marginoverrideseditor.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>

#include <stdexcept>

using namespace lodestar;
using namespace lodestar::test;

namespace {

class DefinitionTest : public DemoWindowTest
{
protected:
    void SetUp() override
    {
        DemoWindowTest::SetUp();
        // The suite shares one window: start every test from the workspace's definition.
        definition().setDefinition(window().controller()->definition());
    }
    ui::MarginOverridesEditor &overrides() { return *definition().findChild<ui::MarginOverridesEditor *>(); }
    QPushButton &applyButton()
    {
        for (QPushButton *button : definition().findChildren<QPushButton *>())
            if (button->text().contains(QStringLiteral("Apply")))
                return *button;
        throw std::runtime_error("no Apply button");
    }
    /// Applies the edited definition and waits for the re-valuation.
    void applyAndWait()
    {
        definition().apply();
        ASSERT_TRUE(waitForAnalysis(window()));
    }
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

TEST_F(DefinitionTest, Definition_AmountCutOffsReplaceTheShareRows)
{
    auto *cutoff = definition().findChild<QComboBox *>(QStringLiteral("tierCutoff"));
    auto *high = definition().findChild<QDoubleSpinBox *>(QStringLiteral("highTierAmount"));
    auto *medium = definition().findChild<QDoubleSpinBox *>(QStringLiteral("mediumTierAmount"));
    ASSERT_TRUE(cutoff && high && medium);
    EXPECT_FALSE(high->isVisibleTo(&definition()));
    cutoff->setCurrentIndex(cutoff->findData(static_cast<int>(TierCutoff::Amount)));
    high->setValue(500.0);
    medium->setValue(100.0);
    EXPECT_TRUE(high->isVisibleTo(&definition()));
    const ClvDefinition edited = definition().editedDefinition();
    EXPECT_EQ(edited.tierCutoff, TierCutoff::Amount);
    EXPECT_EQ(edited.highTierAmount, 500.0);
    EXPECT_EQ(edited.mediumTierAmount, 100.0);
    EXPECT_TRUE(definition().plainText().contains(QStringLiteral("High: CLV of 500 or more"))) << qPrintable(definition().plainText());
    EXPECT_TRUE(applyButton().isEnabled());
}

TEST_F(DefinitionTest, Definition_MediumAmountNotBelowHighBlocksApplyWithAMessage)
{
    auto *cutoff = definition().findChild<QComboBox *>(QStringLiteral("tierCutoff"));
    cutoff->setCurrentIndex(cutoff->findData(static_cast<int>(TierCutoff::Amount)));
    definition().findChild<QDoubleSpinBox *>(QStringLiteral("highTierAmount"))->setValue(300.0);
    definition().findChild<QDoubleSpinBox *>(QStringLiteral("mediumTierAmount"))->setValue(300.0);
    EXPECT_FALSE(applyButton().isEnabled());
    bool shown = false;
    for (QLabel *label : definition().findChildren<QLabel *>())
        shown = shown || (label->isVisibleTo(&definition()) && label->text().contains(QStringLiteral("must be below")));
    EXPECT_TRUE(shown);
}

TEST_F(DefinitionTest, Definition_AmountTiersApplyToTheValuation)
{
    const ClvDefinition before = window().controller()->definition();
    auto *cutoff = definition().findChild<QComboBox *>(QStringLiteral("tierCutoff"));
    cutoff->setCurrentIndex(cutoff->findData(static_cast<int>(TierCutoff::Amount)));
    definition().findChild<QDoubleSpinBox *>(QStringLiteral("highTierAmount"))->setValue(400.0);
    definition().findChild<QDoubleSpinBox *>(QStringLiteral("mediumTierAmount"))->setValue(100.0);
    applyAndWait();
    const auto valuation = window().controller()->snapshot().valuation;
    EXPECT_EQ(valuation->definition.tierCutoff, TierCutoff::Amount);
    for (const CustomerValue &v : valuation->customers) {
        if (v.hasClv) {
            EXPECT_EQ(v.tier, v.clv >= 400.0 ? Tier::High : v.clv >= 100.0 ? Tier::Medium : Tier::Low) << v.clv;
        }
    }
    definition().setDefinition(before);
    applyAndWait();
}

TEST_F(DefinitionTest, Definition_OffersTheWorkspacesPlansAndChannels)
{
    const FilterOptions &known = window().controller()->snapshot().options;
    ASSERT_FALSE(known.plans.isEmpty());
    ASSERT_FALSE(known.channels.isEmpty());
    QPushButton *add = nullptr;
    for (QPushButton *button : overrides().findChildren<QPushButton *>())
        if (button->text().contains(QStringLiteral("Add")))
            add = button;
    ASSERT_NE(add, nullptr);
    add->click();
    ASSERT_EQ(overrides().rowCount(), 1);
    EXPECT_EQ(overrides().marginByPlan().keys(), QStringList{known.plans.first()});
    QStringList offered;
    for (QComboBox *box : overrides().findChildren<QComboBox *>())
        if (box->isEditable())
            for (int i = 0; i < box->count(); ++i)
                offered << box->itemText(i);
    EXPECT_EQ(offered, known.plans);
}

TEST_F(DefinitionTest, Definition_PlanAndChannelMarginsApplyAndShowInPlainText)
{
    const FilterOptions &known = window().controller()->snapshot().options;
    ASSERT_FALSE(known.plans.isEmpty());
    const QString plan = known.plans.first();
    const QString channel = known.channels.first();
    overrides().addOverride(ui::MarginOverridesEditor::Attribute::Plan, plan, 0.6);
    overrides().addOverride(ui::MarginOverridesEditor::Attribute::Channel, channel, 0.2);
    EXPECT_TRUE(definition().plainText().contains(QStringLiteral("plan %1: 60%").arg(plan))) << qPrintable(definition().plainText());
    EXPECT_TRUE(definition().plainText().contains(QStringLiteral("channel %1: 20%").arg(channel)));
    const ClvDefinition before = window().controller()->definition();
    applyAndWait();
    EXPECT_EQ(window().controller()->definition().marginByPlan.value(plan), 0.6);
    const AnalysisSnapshot snapshot = window().controller()->snapshot();
    for (std::size_t i = 0; i < snapshot.valuation->customers.size(); ++i) {
        const CustomerRecord &customer = snapshot.data->customers[i];
        const double expected = customer.plan == plan ? 0.6 : customer.channel == channel ? 0.2 : before.grossMargin;
        EXPECT_DOUBLE_EQ(snapshot.valuation->customers[i].margin, expected);
    }
    definition().setDefinition(before);
    applyAndWait();
}

TEST_F(DefinitionTest, Definition_SecondMarginForTheSamePlanBlocksApply)
{
    const QString plan = window().controller()->snapshot().options.plans.first();
    overrides().addOverride(ui::MarginOverridesEditor::Attribute::Plan, plan, 0.5);
    EXPECT_TRUE(applyButton().isEnabled());
    overrides().addOverride(ui::MarginOverridesEditor::Attribute::Plan, plan, 0.4);
    EXPECT_FALSE(applyButton().isEnabled());
    EXPECT_TRUE(overrides().problem().contains(plan));
    overrides().removeRow(1);
    EXPECT_TRUE(applyButton().isEnabled());
}
