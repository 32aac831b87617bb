#pragma once

#include "models/culture/culturesettings.h"
#include "models/culture/engineseries.h"
#include "models/culture/quarterlyfacts.h"
#include "models/culture/verdict.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace lodestar {

/// One indicator of the balanced scorecard over the trailing window.
struct ScorecardRow
{
    QString key;                 ///< stable, e.g. "gross-margin"
    QString name;                ///< translated
    QString unit;                ///< "percent", "money", "ratio", "days", "points", "score"
    bool higherIsBetter = true;
    double target = kUnknown;
    double actual = kUnknown;    ///< over the trailing window
    double previous = kUnknown;  ///< over the window before
    QString trend;               ///< "up", "down", "flat", "unknown"
    Verdict verdict = Verdict::NoData;
    std::vector<double> history; ///< per complete quarter, aligned with Scorecard::quarters
    QString metric;              ///< the metric's id in the registry (metricregistry.h): name, formula, format
};

/// Financial results next to the customer indicators that lead them.
struct Scorecard
{
    int windowQuarters = 2;
    QString window;              ///< "2025Q3–2025Q4"
    QStringList quarters;        ///< labels of the history columns
    std::vector<ScorecardRow> financial;
    std::vector<ScorecardRow> customer;
};

/// Rows are the registry's metrics (metricregistry.h); LTV:CAC is the engine's per quarter, as on the overview.
Scorecard computeScorecard(const QuarterlyFacts &facts, const EngineSeries &engine, const CultureSettings &settings);

} // namespace lodestar
