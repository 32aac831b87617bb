#include "uitestsupport.h"

#include "models/itemmodels/itemroles.h"
#include "models/itemmodels/parametertablemodel.h"
#include "ui/views/modelview.h"

using namespace lodestar;
using namespace lodestar::test;

namespace {

class ModelViewTest : public DemoWindowTest
{
protected:
    ui::ModelView &model()
    {
        window().showView(QStringLiteral("model"));
        return *qobject_cast<ui::ModelView *>(window().view(QStringLiteral("model")));
    }
};

} // namespace

TEST_F(ModelViewTest, Model_ShowsTheFittedParameters)
{
    const Valuation &valuation = reference().valuation;
    ASSERT_TRUE(valuation.transactionModel.has_value());
    const auto *parameters = model().parameters();
    const std::size_t expectedRows = valuation.transactionModel->parameters.size()
                                     + (valuation.spendModel ? valuation.spendModel->parameters.size() : 0);
    ASSERT_EQ(parameters->rowCount(), static_cast<int>(expectedRows));
    EXPECT_NEAR(parameters->index(0, ParameterTableModel::Estimate).data(RawValueRole).toDouble(),
                valuation.transactionModel->parameters[0], 1e-9);
    EXPECT_TRUE(model().summaryText().contains(QStringLiteral("log-likelihood")));
}

TEST_F(ModelViewTest, Model_WarnsOnlyWhenTheFitIsDoubtful)
{
    const Valuation &valuation = reference().valuation;
    const bool doubtful = !valuation.transactionModel->converged || !valuation.transactionModel->warning.isEmpty()
                          || !valuation.warnings.isEmpty()
                          || (valuation.spendModel && (!valuation.spendModel->converged || !valuation.spendModel->warning.isEmpty()));
    EXPECT_EQ(!model().warningText().isEmpty(), doubtful);
}

TEST_F(ModelViewTest, Model_RendersToAnImage)
{
    settle();
    EXPECT_TRUE(isNotUniform(model().grab().toImage()));
    EXPECT_TRUE(isNotUniform(model().exportChart()->toImage(QSize(500, 300))));
}
