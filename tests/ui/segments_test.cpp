#include "uitestsupport.h"

#include "models/itemmodels/segmenttablemodel.h"
#include "ui/views/customersview.h"
#include "ui/views/segmentsview.h"

#include <QTableView>

using namespace lodestar;
using namespace lodestar::test;

namespace {

class SegmentsTest : public DemoWindowTest
{
protected:
    ui::SegmentsView &segments()
    {
        window().showView(QStringLiteral("segments"));
        return *qobject_cast<ui::SegmentsView *>(window().view(QStringLiteral("segments")));
    }
};

void expectSegments(const SegmentTableModel &model, const std::vector<SegmentSummary> &expected)
{
    ASSERT_EQ(model.rowCount(), static_cast<int>(expected.size()));
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(model.segments()[i].key, expected[i].key);
        EXPECT_EQ(model.segments()[i].customers, expected[i].customers);
        EXPECT_DOUBLE_EQ(model.segments()[i].totalClv, expected[i].totalClv);
    }
}

} // namespace

TEST_F(SegmentsTest, Segments_TierTableMatchesTheEngine)
{
    segments().setDimension(ui::SegmentDimension::Tier);
    expectSegments(*segments().model(), reference().insights({}).byTier);
}

TEST_F(SegmentsTest, Segments_SelectorSwitchesToRfmSegments)
{
    segments().setDimension(ui::SegmentDimension::Rfm);
    expectSegments(*segments().model(), reference().insights({}).byRfm);
    segments().setDimension(ui::SegmentDimension::Tier);
}

TEST_F(SegmentsTest, Segments_FollowATierFilter)
{
    segments().setDimension(ui::SegmentDimension::Channel);
    AnalysisFilter filter;
    filter.tier = Tier::High;
    applyFilter(filter);
    expectSegments(*segments().model(), reference().insights(filter).byChannel);
    applyFilter(AnalysisFilter{});
    segments().setDimension(ui::SegmentDimension::Tier);
}

TEST_F(SegmentsTest, Segments_DoubleClickDrillsIntoTheCustomers)
{
    segments().setDimension(ui::SegmentDimension::Tier);
    auto *table = segments().findChild<QTableView *>();
    ASSERT_NE(table, nullptr);
    const QModelIndex first = table->model()->index(0, 0);
    const QString key = first.data().toString();
    emit table->activated(first);
    auto *customers = qobject_cast<ui::CustomersView *>(window().currentView());
    ASSERT_NE(customers, nullptr);
    int expected = 0;
    for (const SegmentSummary &segment : reference().insights({}).byTier) {
        if (segment.key == key)
            expected = segment.customers;
    }
    EXPECT_GT(expected, 0);
    EXPECT_EQ(customers->visibleCustomers(), expected);
    customers->showSegment(ui::SegmentDimension::Tier, QString());
}

TEST_F(SegmentsTest, Segments_RendersToAnImage)
{
    settle();
    EXPECT_TRUE(isNotUniform(segments().grab().toImage()));
    EXPECT_TRUE(isNotUniform(segments().exportChart()->toImage(QSize(500, 300))));
}
