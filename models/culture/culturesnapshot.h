#pragma once

#include "models/culture/assessment.h"
#include "models/culture/channelvalue.h"
#include "models/culture/culturesettings.h"
#include "models/culture/engineseries.h"
#include "models/culture/experimentresult.h"
#include "models/culture/goalprogress.h"
#include "models/culture/guardrails.h"
#include "models/culture/maturitymatrix.h"
#include "models/culture/quarterlyfacts.h"
#include "models/culture/scorecard.h"
#include "models/result.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace lodestar {

class Store;

/// What the workspace stores for the culture pages.
struct CultureRecords
{
    CultureSettings settings;
    std::vector<Assessment> assessments;
    std::vector<Team> teams;
    std::vector<Goal> goals;
    std::vector<Experiment> experiments;
    bool definitionSet = false;
    QHash<QString, int> definitionSurfaces; ///< distinct surfaces using the definition, per quarter
};

/// Everything the culture views, the command line and the report show, computed once.
struct CultureSnapshot
{
    CultureRecords records;
    QuarterlyFacts facts;
    EngineSeries engine;
    std::vector<ChannelValue> channels;
    Scorecard scorecard;
    std::vector<GuardrailWarning> warnings;
    CultureKpis kpis;
    MaturityMatrix matrix;
    std::vector<GoalProgress> goals;
    std::vector<ExperimentResult> experiments;
    QStringList problems; ///< one sentence each: an experiment that cannot be evaluated, no valuation
};

Result<CultureRecords> loadCultureRecords(const Store &store);

/// Pure computation over what is stored and the engine's valuation (null when the workspace
/// could not be valued: the matrix and entered goals still show).
CultureSnapshot computeCultureSnapshot(CultureRecords records, const Dataset &data, const Valuation *valuation,
                                       std::optional<Quarter> matrixQuarter = std::nullopt);

/// Reads the workspace, values its customers under the stored definition and computes (heavy).
Result<CultureSnapshot> loadCultureSnapshot(const Store &store, std::optional<Quarter> matrixQuarter = std::nullopt);

} // namespace lodestar
