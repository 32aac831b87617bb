#pragma once

#include "models/culture/assessment.h"
#include "models/culture/engineseries.h"
#include "models/culture/quarterlyfacts.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace lodestar {

/// The KPIs the data gives, by quarter label ("2025Q4"), as fractions.
struct CultureKpis
{
    QHash<QString, double> definitionAdoption;  ///< 0 without a definition, else surfaces using it / expected
    QHash<QString, double> revenueWithClv;      ///< share of the quarter's revenue with a CLV calculated
    QHash<QString, double> clvVsRevenueGrowth;  ///< CLV growth minus revenue growth, quarter on quarter

    double value(KpiSource source, const Quarter &quarter) const;
};

/// definitionSurfaces: per quarter label, the number of distinct views/reports that used the definition.
CultureKpis computeCultureKpis(const QuarterlyFacts &facts, const EngineSeries &engine, bool definitionSet,
                               const QHash<QString, int> &definitionSurfaces, int expectedSurfaces);

struct MatrixTrendPoint
{
    Quarter quarter;
    int level = 0;
    int target = 0;
};

struct MatrixRow
{
    Capability capability = Capability::ClvDefinition;
    bool assessed = false;      ///< an assessment exists in or before the matrix quarter
    Quarter assessedIn;         ///< the quarter of that assessment (earlier when carried forward)
    int level = 0;              ///< 1-5, 0 when not assessed
    int target = 0;
    int gap = 0;                ///< target - level
    QString owner;              ///< the assessment's owner, else the capability's default owner
    QString evidence;
    double kpiValue = kUnknown;
    QString kpiPeriod;
    QString kpiUnit;            ///< "percent", "pp" (percentage points) or "number"
    bool kpiComputed = false;
    std::vector<MatrixTrendPoint> trend; ///< every assessment up to the matrix quarter, oldest first
};

struct MaturityMatrix
{
    Quarter quarter;
    std::vector<Quarter> quarters; ///< quarters with any assessment, oldest first
    std::vector<MatrixRow> rows;   ///< in capabilities() order
    double averageLevel = kUnknown;
    double averageGap = kUnknown;
};

/// quarter nullopt: the newest assessed quarter, else fallback (e.g. the data's last quarter).
MaturityMatrix buildMaturityMatrix(const std::vector<Assessment> &assessments, std::optional<Quarter> quarter,
                                   const CultureKpis &kpis, const Quarter &fallback);

} // namespace lodestar
