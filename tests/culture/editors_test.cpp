#include "cultureviewfixture.h"

#include "models/store/culturesettingsrepository.h"
#include "models/store/experimentrepository.h"
#include "models/store/goalrepository.h"
#include "ui/culture/armeditor.h"
#include "ui/culture/experimentdialog.h"
#include "ui/culture/experimentspanel.h"
#include "ui/culture/goaldialog.h"
#include "ui/culture/goalspanel.h"
#include "ui/culture/goalsview.h"
#include "ui/culture/guardrailbanner.h"
#include "ui/culture/thresholdspanel.h"
#include "ui/views/overviewview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace lodestar;
using lodestar::test::settle;

namespace {

class CultureEditors : public test::CultureViewFixture
{
protected:
    void SetUp() override
    {
        test::CultureViewFixture::SetUp();
        m_view = std::make_unique<ui::GoalsView>(m_cache);
        m_view->resize(1280, 800);
        m_view->showAnalysis(m_analysis);
    }

    ui::GoalsPanel &goals() { return *m_view->goalsPanel(); }

    QStringList shownTeams()
    {
        QStringList names;
        for (int i = 0; i < m_view->goalTree()->topLevelItemCount(); ++i)
            names << m_view->goalTree()->topLevelItem(i)->text(0);
        return names;
    }

    std::vector<Team> storedTeams()
    {
        auto teams = GoalRepository(*openStore()).teams();
        return teams ? *teams : std::vector<Team>{};
    }

    qint64 teamId(const QString &name)
    {
        for (const Team &team : storedTeams()) {
            if (team.name == name)
                return team.id;
        }
        return 0;
    }

    int storedGoalsOf(qint64 team)
    {
        const auto goals = GoalRepository(*openStore()).goals();
        return goals ? static_cast<int>(std::count_if(goals->begin(), goals->end(), [team](const Goal &g) { return g.teamId == team; })) : -1;
    }

    // Clicks a button of the next message box (the confirmation) once it is open; gives up after
    // a second, so a missing question fails the test instead of answering a later one.
    static void answerNextQuestion(QMessageBox::StandardButton answer)
    {
        auto *timer = new QTimer;
        auto attempts = std::make_shared<int>(0);
        QObject::connect(timer, &QTimer::timeout, [timer, answer, attempts] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box)
                box->button(answer)->click();
            if (box || ++*attempts > 100)
                timer->deleteLater();
        });
        timer->start(10);
    }

    std::unique_ptr<ui::GoalsView> m_view;
};

const QString kDisplayLtvWarning = QStringLiteral("Display: customers are worth");

} // namespace

TEST_F(CultureEditors, AddedTeamIsStoredShownAndUndone)
{
    goals().addTeam(QStringLiteral("Finance"));
    EXPECT_EQ(shownTeams(), (QStringList{QStringLiteral("Marketing"), QStringLiteral("Sales"), QStringLiteral("Customer Success"),
                                         QStringLiteral("Product"), QStringLiteral("Finance")}));
    EXPECT_NE(teamId(QStringLiteral("Finance")), 0);
    goals().undoStack()->undo();
    EXPECT_EQ(shownTeams().size(), 4);
    EXPECT_EQ(teamId(QStringLiteral("Finance")), 0);
    goals().undoStack()->redo();
    EXPECT_EQ(shownTeams().last(), QStringLiteral("Finance"));
}

TEST_F(CultureEditors, RenamedTeamKeepsItsGoalsAndUndoRestoresTheName)
{
    const qint64 sales = teamId(QStringLiteral("Sales"));
    const int goalsBefore = storedGoalsOf(sales);
    goals().renameTeam(sales, QStringLiteral("Revenue"));
    EXPECT_EQ(shownTeams().at(1), QStringLiteral("Revenue"));
    EXPECT_EQ(teamId(QStringLiteral("Revenue")), sales);
    EXPECT_EQ(storedGoalsOf(sales), goalsBefore);
    goals().undoStack()->undo();
    EXPECT_EQ(shownTeams().at(1), QStringLiteral("Sales"));
}

TEST_F(CultureEditors, RenamingToATakenNameIsRefusedWithAMessage)
{
    QString failure;
    QObject::connect(&m_cache, &ui::CultureCache::editFailed, [&failure](const QString &message) { failure = message; });
    goals().renameTeam(teamId(QStringLiteral("Sales")), QStringLiteral("Marketing"));
    EXPECT_FALSE(failure.isEmpty());
    EXPECT_EQ(shownTeams().at(1), QStringLiteral("Sales"));
    // Nothing happened, so there is nothing to undo.
    EXPECT_EQ(goals().undoStack()->count(), 0);
}

TEST_F(CultureEditors, RemovingATeamWithGoalsAsksFirst)
{
    const qint64 marketing = teamId(QStringLiteral("Marketing"));
    ASSERT_GT(storedGoalsOf(marketing), 0);
    answerNextQuestion(QMessageBox::No);
    goals().removeTeam(marketing);
    EXPECT_EQ(shownTeams().first(), QStringLiteral("Marketing"));
    EXPECT_EQ(goals().undoStack()->count(), 0);

    answerNextQuestion(QMessageBox::Yes);
    goals().removeTeam(marketing);
    EXPECT_EQ(shownTeams().first(), QStringLiteral("Sales"));
    EXPECT_EQ(storedGoalsOf(marketing), 0);
}

TEST_F(CultureEditors, UndoingATeamRemovalBringsBackTheTeamItsPlaceAndGoals)
{
    const qint64 sales = teamId(QStringLiteral("Sales"));
    const int goalsBefore = storedGoalsOf(sales);
    answerNextQuestion(QMessageBox::Yes);
    goals().removeTeam(sales);
    ASSERT_EQ(teamId(QStringLiteral("Sales")), 0);
    goals().undoStack()->undo();
    EXPECT_EQ(shownTeams().at(1), QStringLiteral("Sales"));
    EXPECT_EQ(teamId(QStringLiteral("Sales")), sales);
    EXPECT_EQ(storedGoalsOf(sales), goalsBefore);
}

TEST_F(CultureEditors, TeamWithoutGoalsIsRemovedWithoutAsking)
{
    goals().addTeam(QStringLiteral("Finance"));
    goals().removeTeam(teamId(QStringLiteral("Finance")));
    EXPECT_EQ(shownTeams().size(), 4);
}

TEST_F(CultureEditors, GoalIsAddedEditedAndRemovedWithUndo)
{
    const qint64 product = teamId(QStringLiteral("Product"));
    const int before = storedGoalsOf(product);
    Goal goal;
    goal.teamId = product;
    goal.name = QStringLiteral("Weekly active planners");
    goal.indicator = Indicator::Entered;
    goal.period = Quarter{2025, 4};
    goal.target = 500;
    goal.enteredActual = 420;
    goals().saveGoal(goal);
    ASSERT_EQ(storedGoalsOf(product), before + 1);
    auto stored = GoalRepository(*openStore()).goals();
    const auto added = std::find_if(stored->begin(), stored->end(), [](const Goal &g) { return g.name == QLatin1String("Weekly active planners"); });
    ASSERT_NE(added, stored->end());
    EXPECT_DOUBLE_EQ(added->enteredActual, 420);

    Goal edited = *added;
    edited.target = 450;
    goals().saveGoal(edited);
    stored = GoalRepository(*openStore()).goals();
    EXPECT_DOUBLE_EQ(std::find_if(stored->begin(), stored->end(), [&](const Goal &g) { return g.id == edited.id; })->target, 450);
    goals().undoStack()->undo();
    stored = GoalRepository(*openStore()).goals();
    EXPECT_DOUBLE_EQ(std::find_if(stored->begin(), stored->end(), [&](const Goal &g) { return g.id == edited.id; })->target, 500);

    goals().removeGoal(edited.id);
    EXPECT_EQ(storedGoalsOf(product), before);
    goals().undoStack()->undo();
    EXPECT_EQ(storedGoalsOf(product), before + 1);
}

TEST(GoalDialog, EditingKeepsTheGoalsIdTeamAndValues)
{
    const std::vector<Team> teams{{1, QStringLiteral("Marketing"), 1}, {7, QStringLiteral("Product"), 2}};
    Goal goal;
    goal.id = 42;
    goal.teamId = 7;
    goal.name = QStringLiteral("Weekly planners");
    goal.indicator = Indicator::Entered;
    goal.period = Quarter{2025, 3};
    goal.target = 400;
    goal.enteredActual = 352;
    const ui::GoalDialog dialog(teams, goal);
    ASSERT_TRUE(dialog.isComplete());
    const Goal shown = dialog.goal();
    EXPECT_EQ(shown.id, 42);
    EXPECT_EQ(shown.teamId, 7);
    EXPECT_EQ(shown.name, goal.name);
    EXPECT_EQ(shown.indicator, Indicator::Entered);
    EXPECT_EQ(shown.period, goal.period);
    EXPECT_DOUBLE_EQ(shown.target, 400);
    EXPECT_DOUBLE_EQ(shown.enteredActual, 352);
}

TEST_F(CultureEditors, CreatedExperimentShowsItsResultRow)
{
    const int rows = m_view->experimentTable()->rowCount();
    Experiment experiment;
    experiment.name = QStringLiteral("Referral thank-you note");
    experiment.start = QDate(2025, 7, 1);
    experiment.end = QDate(2025, 12, 31);
    experiment.treatment.filter = QStringLiteral("channel=Referral");
    experiment.control.filter = QStringLiteral("channel=Search");
    ASSERT_TRUE(m_view->experimentsPanel()->addExperiment(experiment));
    QTableWidget *table = m_view->experimentTable();
    ASSERT_EQ(table->rowCount(), rows + 1);
    const int row = rows;
    EXPECT_EQ(table->item(row, 0)->text(), experiment.name);
    EXPECT_EQ(table->item(row, 2)->text(), QStringLiteral("80 / 80"));
    // The model's estimate and interval, e.g. "12.34 [3.21 … 21.47]".
    EXPECT_TRUE(table->item(row, 3)->text().contains(QStringLiteral(" … ")));
    EXPECT_TRUE(table->item(row, 4)->text().contains(QStringLiteral(" … ")));
    EXPECT_TRUE(table->item(row, 5)->text().contains(QStringLiteral(" … ")));
}

TEST_F(CultureEditors, DeletedExperimentLeavesTheTableAfterConfirmation)
{
    const auto stored = ExperimentRepository(*openStore()).list();
    ASSERT_EQ(stored->size(), 1u);
    answerNextQuestion(QMessageBox::Yes);
    m_view->experimentsPanel()->removeExperiment(stored->front().id);
    EXPECT_EQ(m_view->experimentTable()->rowCount(), 0);
    EXPECT_TRUE(ExperimentRepository(*openStore()).list()->empty());
}

TEST_F(CultureEditors, ExperimentDialogTakesAnAttributeArmAndAListedArm)
{
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("control.csv"));
    QFile file(list);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("customer_id,note\nC0001,x\n\"C0004\",y\nC0007\n");
    file.close();
    ui::ExperimentDialog dialog(m_analysis, {QStringLiteral("Taken")});
    EXPECT_FALSE(dialog.problem().isEmpty()); // no name yet
    dialog.nameEdit()->setText(QStringLiteral("Taken"));
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("already")));
    dialog.nameEdit()->setText(QStringLiteral("Loyalty tier perks"));
    dialog.treatment()->setAttribute(QStringLiteral("tier"), QStringLiteral("High"));
    dialog.control()->setListFile(list);
    EXPECT_EQ(dialog.problem(), QString());
    EXPECT_GT(dialog.treatment()->customers(), 0);
    EXPECT_EQ(dialog.control()->customers(), 3);
    const Experiment experiment = dialog.experiment();
    EXPECT_EQ(experiment.treatment.filter, QStringLiteral("tier=High"));
    EXPECT_EQ(experiment.control.externalIds, (QStringList{QStringLiteral("C0001"), QStringLiteral("C0004"), QStringLiteral("C0007")}));
}

TEST_F(CultureEditors, ExperimentDialogRefusesAnArmWithoutCustomers)
{
    ui::ExperimentDialog dialog(m_analysis, {});
    dialog.nameEdit()->setText(QStringLiteral("Nobody"));
    dialog.treatment()->setAttribute(QStringLiteral("channel"), QStringLiteral("Referral"));
    dialog.control()->setListFile(QStringLiteral("/nonexistent/list.csv"));
    EXPECT_TRUE(dialog.problem().startsWith(QStringLiteral("Control:")));
}

TEST_F(CultureEditors, ChangedThresholdTurnsTheWarningOffAndOnInBothBanners)
{
    ui::OverviewView overview(&m_cache);
    overview.showAnalysis(m_analysis);
    ASSERT_TRUE(m_view->banner()->text().contains(kDisplayLtvWarning));
    const QString overviewBefore = overview.guardrailBanner()->text();
    ui::ThresholdsPanel *thresholds = m_view->thresholdsPanel();
    EXPECT_DOUBLE_EQ(thresholds->value(QStringLiteral("min_ltv_to_cac")), 1.0);

    thresholds->setValue(QStringLiteral("min_ltv_to_cac"), 0.0);
    EXPECT_FALSE(m_view->banner()->text().contains(kDisplayLtvWarning));
    EXPECT_NE(overview.guardrailBanner()->text(), overviewBefore);
    EXPECT_DOUBLE_EQ(CultureSettingsRepository(*openStore()).load()->minLtvToCac, 0.0);

    thresholds->setValue(QStringLiteral("min_ltv_to_cac"), 1.0);
    EXPECT_TRUE(m_view->banner()->text().contains(kDisplayLtvWarning));
    EXPECT_EQ(overview.guardrailBanner()->text(), overviewBefore);
}

TEST_F(CultureEditors, ThresholdsShowPercentagesAndStoreFractions)
{
    ui::ThresholdsPanel *thresholds = m_view->thresholdsPanel();
    EXPECT_DOUBLE_EQ(thresholds->value(QStringLiteral("cohort_retention_drop")), 5.0);
    thresholds->setValue(QStringLiteral("cohort_retention_drop"), 12.5);
    EXPECT_DOUBLE_EQ(CultureSettingsRepository(*openStore()).load()->cohortRetentionDrop, 0.125);
    // The spin box keeps a value inside the setting's range.
    thresholds->setValue(QStringLiteral("cohort_retention_drop"), 250.0);
    EXPECT_DOUBLE_EQ(CultureSettingsRepository(*openStore()).load()->cohortRetentionDrop, 1.0);
}
