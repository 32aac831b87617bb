#pragma once

#include "models/engine/analysis.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace lodestar {

struct CultureSnapshot;

/// Distinct attribute values of a workspace, for the filter bar's choices.
struct FilterOptions
{
    QStringList channels;
    QStringList regions;
    QStringList plans;
};

FilterOptions filterOptions(const Dataset &data);

/// What every view shows: the dataset, its valuation and the insights for the current filter.
/// Shared and immutable, so a worker thread can compute the next one while views read this one.
struct AnalysisSnapshot
{
    QString workspacePath;
    std::shared_ptr<const Dataset> data;
    std::shared_ptr<const Valuation> valuation;
    std::shared_ptr<const Insights> insights;
    /// The culture pages' figures, computed by the same worker job (null when not computed).
    std::shared_ptr<const CultureSnapshot> culture;
    FilterOptions options;

    bool isComplete() const { return data && valuation && insights; }
};

} // namespace lodestar
