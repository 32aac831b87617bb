#include "uitestsupport.h"

#include "models/itemmodels/customertablemodel.h"
#include "models/itemmodels/itemroles.h"
#include "ui/charts/linechart.h"
#include "ui/views/customerdetailpanel.h"
#include "ui/views/customersview.h"

using namespace lodestar;
using namespace lodestar::test;

namespace {

class CustomersTest : public DemoWindowTest
{
protected:
    ui::CustomersView &customers()
    {
        window().showView(QStringLiteral("customers"));
        return *qobject_cast<ui::CustomersView *>(window().view(QStringLiteral("customers")));
    }
};

} // namespace

TEST_F(CustomersTest, Customers_TableHasEveryCustomerOfTheFilter)
{
    customers().setSearchText(QString());
    EXPECT_EQ(customers().visibleCustomers(), static_cast<int>(reference().insights({}).customers.size()));
}

TEST_F(CustomersTest, Customers_AreSortedByClvWithTheEngineValues)
{
    customers().setSearchText(QString());
    const QAbstractItemModel *table = customers().exportTable();
    const int top = table->index(0, 0).data(CustomerIndexRole).toInt();
    const double topClv = table->index(0, CustomerTableModel::Clv).data(RawValueRole).toDouble();
    EXPECT_DOUBLE_EQ(topClv, reference().valuation.customers[static_cast<std::size_t>(top)].clv);
    EXPECT_GE(topClv, table->index(1, CustomerTableModel::Clv).data(RawValueRole).toDouble());
}

TEST_F(CustomersTest, Customers_SearchFindsOneCustomerById)
{
    const QString id = reference().data.customers.front().externalId;
    customers().setSearchText(id);
    ASSERT_GE(customers().visibleCustomers(), 1);
    EXPECT_TRUE(customers().exportTable()->index(0, 0).data().toString().contains(id));
    customers().setSearchText(QString());
}

TEST_F(CustomersTest, Customers_FollowARegionFilter)
{
    const QStringList regions = window().controller()->snapshot().options.regions;
    ASSERT_FALSE(regions.isEmpty());
    AnalysisFilter filter;
    filter.region = regions.last();
    applyFilter(filter);
    EXPECT_EQ(customers().visibleCustomers(), static_cast<int>(reference().insights(filter).customers.size()));
    applyFilter(AnalysisFilter{});
}

TEST_F(CustomersTest, Customers_DetailShowsHistoryAndAliveCurve)
{
    customers().setSearchText(QString());
    customers().selectRow(0);
    ui::CustomerDetailPanel *detail = customers().detailPanel();
    ASSERT_GE(detail->customer(), 0);
    EXPECT_EQ(detail->purchaseChart()->seriesCount(), 1);
    EXPECT_EQ(detail->aliveChart()->seriesCount(), 1);
    settle();
    EXPECT_TRUE(isNotUniform(customers().grab().toImage()));
    EXPECT_TRUE(isNotUniform(detail->aliveChart()->toImage(QSize(400, 240))));
}
