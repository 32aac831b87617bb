#pragma once

// The synthetic culture workspace with the demo's assessments, goals and experiment, valued, and a
// culture cache over it: what the culture views and editors are tested against.

#include "cultureworkspace.h"
#include "testsupport.h"

#include "models/culture/culturedemo.h"
#include "models/store/datasetreader.h"
#include "ui/culture/culturecache.h"

#include <gtest/gtest.h>

#include <QEventLoop>
#include <QTimer>

namespace lodestar::test {

// Lets queued edits and layouts run, without processEvents().
inline void settle()
{
    QEventLoop loop;
    QTimer::singleShot(50, &loop, &QEventLoop::quit);
    loop.exec();
}

class CultureViewFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto store = Store::open(m_workspace.dbPath());
        ASSERT_TRUE(store);
        ASSERT_TRUE(writeCultureWorkspace(**store));
        ASSERT_TRUE(seedCultureDemo(**store));
        auto data = readDataset(**store);
        ASSERT_TRUE(data);
        auto valuation = valueCustomers(*data, *DefinitionRepository(**store).load());
        ASSERT_TRUE(valuation) << qPrintable(valuation.errorString());
        m_analysis.workspacePath = m_workspace.dbPath();
        m_analysis.data = std::make_shared<const Dataset>(std::move(data).value());
        m_analysis.valuation = std::make_shared<const Valuation>(std::move(valuation).value());
        m_analysis.options = filterOptions(*m_analysis.data);
        AnalysisFilter filter;
        m_analysis.insights = std::make_shared<const Insights>(buildInsights(*m_analysis.data, *m_analysis.valuation, filter));
    }

    /// A second connection to the workspace, to check what the editors stored.
    std::unique_ptr<Store> openStore() const
    {
        auto store = Store::open(m_workspace.dbPath());
        return store ? std::move(store).value() : nullptr;
    }

    TempWorkspace m_workspace;
    AnalysisSnapshot m_analysis;
    ui::CultureCache m_cache; ///< after the workspace, so its connection closes first
};

} // namespace lodestar::test
