// The analysis service: one pipeline, fits stored in the workspace and reused until their input changes.

#include "simulatedhistory.h"
#include "testsupport.h"

#include "models/engine/analysisservice.h"
#include "models/import/importer.h"
#include "models/store/definitionrepository.h"
#include "models/store/definitionusagerepository.h"
#include "models/store/store.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace lodestar;

namespace {

class AnalysisServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto store = Store::open(m_workspace.dbPath());
        ASSERT_TRUE(store) << qPrintable(store.errorString());
        m_store = std::move(store).value();
    }

    void importHistory(const Dataset &data)
    {
        ImportOptions options;
        options.path = m_workspace.writeFile(QStringLiteral("history.csv"), test::historyCsv(data));
        Importer importer(*m_store);
        const auto report = importer.run(options);
        ASSERT_TRUE(report) << qPrintable(report.errorString());
    }

    // One whole run as a command or the window makes it: load, value, the quarterly trend.
    struct Run
    {
        int fitted = 0;
        int reused = 0;
        std::vector<KpiPeriod> kpis;
    };
    Run run()
    {
        AnalysisService service(m_workspace.dbPath());
        const auto loaded = service.load();
        EXPECT_TRUE(loaded) << qPrintable(loaded.errorString());
        if (!loaded)
            return {};
        const Insights insights = service.insights(*loaded->data, *loaded->valuation, AnalysisFilter{});
        return {service.fitsPerformed(), service.fitsReused(), insights.kpis};
    }

    test::TempWorkspace m_workspace;
    std::unique_ptr<Store> m_store;
};

} // namespace

TEST_F(AnalysisServiceTest, SecondRunOnTheSameWorkspaceRefitsNothing)
{
    importHistory(test::simulatedHistory());
    const Run first = run();
    EXPECT_GE(first.fitted, 4); // today's two models and the quarter ends'
    const Run second = run();
    EXPECT_EQ(second.fitted, 0);
    // Every fit the first run looked up (made, or reused within that run) is now found stored.
    EXPECT_EQ(second.reused, first.fitted + first.reused);
    ASSERT_EQ(first.kpis.size(), second.kpis.size());
    for (std::size_t p = 0; p < first.kpis.size(); ++p)
        EXPECT_EQ(first.kpis[p].clvKnown ? first.kpis[p].averageClv : 0.0,
                  second.kpis[p].clvKnown ? second.kpis[p].averageClv : 0.0);
}

TEST_F(AnalysisServiceTest, ChangedCalibrationEndRefitsOnlyTodaysModels)
{
    importHistory(test::simulatedHistory());
    (void)run();
    ClvDefinition definition;
    // Not a quarter end: calibrating to 2023-09-30 would be 2023Q3's input, whose fits are stored.
    definition.calibrationEnd = QDate(2023, 11, 15);
    ASSERT_TRUE(DefinitionRepository(*m_store).save(definition));
    const Run changed = run();
    // The quarter ends' fits do not depend on the definition's calibration end; today's do.
    EXPECT_EQ(changed.fitted, 2);
}

TEST_F(AnalysisServiceTest, NewDataRefitsOnlyThePeriodsItChanges)
{
    test::HistorySettings shorter;
    shorter.last = QDate(2023, 6, 30);
    importHistory(test::simulatedHistory(shorter));
    const Run before = run();
    importHistory(test::simulatedHistory()); // the next six months arrive; duplicates are skipped
    const Run after = run();
    // Quarters up to 2023Q2 are the same data: only 2023Q3, 2023Q4 and today's models are new.
    EXPECT_GT(after.reused, 0);
    EXPECT_LE(after.fitted, 2 * 3);
    (void)before;
}

// A workspace the service cannot write to (here another program holds its write lock; a file
// without write permission does the same, but not for root, who ignores permissions) is analysed
// all the same: the fits are simply not stored, and the next run makes them again.
TEST_F(AnalysisServiceTest, WorkspaceThatCannotBeWrittenIsAnalysedWithoutStoringFits)
{
    importHistory(test::simulatedHistory());
    m_store.reset();
    const QString connection = QStringLiteral("another-writer");
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        writer.setDatabaseName(m_workspace.dbPath());
        ASSERT_TRUE(writer.open());
        QSqlQuery lock(writer);
        ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN IMMEDIATE"))) << qPrintable(lock.lastError().text());
        const Run first = run();
        EXPECT_GT(first.fitted, 0);
        EXPECT_FALSE(first.kpis.empty());
        const Run second = run();
        EXPECT_EQ(second.fitted, first.fitted) << "nothing could be stored, so everything is fitted again";
        ASSERT_TRUE(lock.exec(QStringLiteral("ROLLBACK")));
        writer.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

TEST_F(AnalysisServiceTest, EmptyWorkspaceSaysSoInOneSentence)
{
    AnalysisService service(m_workspace.dbPath());
    const auto loaded = service.load();
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.errorString(), AnalysisService::emptyWorkspaceMessage());
    EXPECT_NE(loaded.error().cause, ErrorCause::Internal);
}

TEST_F(AnalysisServiceTest, MissingWorkspaceIsUnusableInputNotAnInternalFailure)
{
    AnalysisService service(m_workspace.filePath(QStringLiteral("nowhere.lodestar")));
    const auto loaded = service.load();
    ASSERT_FALSE(loaded);
    EXPECT_NE(loaded.error().cause, ErrorCause::Internal);
}

TEST_F(AnalysisServiceTest, DefinitionUseIsRecordedWhenASurfacePresents)
{
    importHistory(test::simulatedHistory());
    AnalysisService service(m_workspace.dbPath());
    service.recordDefinitionUse(QStringLiteral("kpis"), QDate(2023, 12, 31));
    service.recordDefinitionUse(QStringLiteral("report"), QDate(2023, 12, 31));
    const auto surfaces = DefinitionUsageRepository(*m_store).surfacesByQuarter();
    ASSERT_TRUE(surfaces);
    EXPECT_EQ(surfaces->value(QStringLiteral("2023Q4")), 2);
}
