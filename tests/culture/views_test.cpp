#include "cultureviewfixture.h"

#include "models/culture/maturitymatrixmodel.h"
#include "models/store/assessmentrepository.h"
#include "ui/culture/goalsview.h"
#include "ui/culture/guardrailbanner.h"
#include "ui/culture/matrixview.h"

#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>

using namespace lodestar;
using lodestar::test::settle;

namespace {

using CultureViews = test::CultureViewFixture;

} // namespace

TEST_F(CultureViews, MatrixViewShowsTheNewestQuarterAndRendersAnImage)
{
    ui::MatrixView view(m_cache);
    view.resize(1280, 800);
    view.showAnalysis(m_analysis);
    view.show();
    settle();
    const MaturityMatrixModel *model = view.model();
    ASSERT_EQ(model->rowCount(), 6);
    EXPECT_EQ(model->matrix().quarter.toString(), QStringLiteral("2025Q4"));
    EXPECT_EQ(model->index(0, MaturityMatrixModel::LevelColumn).data().toString(), QStringLiteral("4"));
    EXPECT_EQ(model->index(0, MaturityMatrixModel::TrendColumn).data().toString(), QStringLiteral("2 → 3 → 3 → 4"));
    const QImage image = view.grab().toImage();
    EXPECT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 100);
}

TEST_F(CultureViews, MatrixEditIsSavedAndUndone)
{
    ui::MatrixView view(m_cache);
    view.showAnalysis(m_analysis);
    MaturityMatrixModel *model = view.model();
    ASSERT_TRUE(model->setData(model->index(3, MaturityMatrixModel::LevelColumn), 3));
    settle();
    EXPECT_EQ(view.undoStack()->count(), 1);
    EXPECT_EQ(model->index(3, MaturityMatrixModel::LevelColumn).data().toString(), QStringLiteral("3"));
    view.undoStack()->undo();
    settle();
    EXPECT_EQ(model->index(3, MaturityMatrixModel::LevelColumn).data().toString(), QStringLiteral("2"));
    auto store = Store::open(m_workspace.dbPath());
    const auto saved = AssessmentRepository(**store).list();
    ASSERT_TRUE(saved);
    int checked = 0;
    for (const Assessment &a : *saved) {
        if (a.capability == Capability::GoalsIncentives && a.quarter == Quarter{2025, 4}) {
            EXPECT_EQ(a.level, 2);
            ++checked;
        }
    }
    EXPECT_EQ(checked, 1);
}

TEST_F(CultureViews, GoalsViewShowsWarningsGoalsScorecardAndChannels)
{
    ui::GoalsView view(m_cache);
    view.resize(1280, 800);
    view.showAnalysis(m_analysis);
    view.show();
    settle();
    EXPECT_TRUE(view.banner()->isVisible());
    EXPECT_TRUE(view.banner()->text().contains(QStringLiteral("Display")));
    EXPECT_EQ(view.goalTree()->topLevelItemCount(), 4);
    EXPECT_EQ(view.goalTree()->topLevelItem(0)->text(0), QStringLiteral("Marketing"));
    EXPECT_GT(view.scorecardTable()->rowCount(), 10);
    EXPECT_EQ(view.channelTable()->rowCount(), 3);
    EXPECT_EQ(view.experimentTable()->rowCount(), 1);
    EXPECT_FALSE(view.grab().toImage().isNull());
}

TEST(GuardrailBanner, HiddenWithoutWarningsAndCountsTheRest)
{
    ui::GuardrailBanner banner(1);
    banner.setWarnings({});
    EXPECT_TRUE(banner.isHidden());
    GuardrailWarning warning{QStringLiteral("channel-ltv-cac"), QStringLiteral("Display"), QStringLiteral("Display is under water"), {}};
    banner.setWarnings({warning, warning});
    EXPECT_FALSE(banner.isHidden());
    EXPECT_TRUE(banner.text().contains(QStringLiteral("1 more")));
}
