#pragma once

#include "models/culture/culturesnapshot.h"
#include "models/engine/analysis.h"
#include "models/report/headlinefigures.h"
#include "models/report/reportoptions.h"

#include <QDate>
#include <QString>

#include <memory>
#include <vector>

namespace lodestar::report {

/// Rows the importer kept and rejected; negative when the workspace does not record them.
struct DataQuality
{
    qint64 customers = 0;
    qint64 transactions = 0;
    qint64 rowsImported = -1;
    qint64 rowsRejected = -1;
    QDate firstDate;
    QDate lastDate;
};

/// Everything a section builder reads. The engine's results are borrowed, never copied:
/// a 100,000-customer valuation is large.
struct ReportContext
{
    const Valuation &valuation;
    const Insights &insights;
    std::vector<HeadlineFigure> headline; ///< the same figures `lodestar kpis --json` prints
    DataQuality dataQuality;
    const CultureSnapshot *culture = nullptr; ///< scorecard, matrix, goals, guardrails; null: not computed
    ReportOptions options;
    QString workspaceName;
    QDate generatedOn;

    /// The definition in words with its calibration window as dates, as `lodestar kpis` prints it.
    QString definitionText() const
    {
        return valuation.definition.resolved(valuation.dataStart, valuation.calibrationEnd).plainText();
    }
};

} // namespace lodestar::report
