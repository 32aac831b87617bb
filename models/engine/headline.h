#pragma once

#include "models/engine/analysis.h"

#include <QJsonObject>
#include <QJsonValue>

namespace lodestar {

/// Headline figures: the latest complete period vs the one before, with the history of every
/// period up to it. Average and total CLV, revenue, active customers, retention, LTV:CAC of
/// the period's new customers and revenue at risk, as defined in kpis.cpp.
Headline computeHeadline(const std::vector<KpiPeriod> &kpis);

/// The one mapping of the headline to JSON, shared by `lodestar kpis --json` and the PDF
/// report: {"period": label, "average_clv": {"value", "previous", "change"}, "total_clv",
/// "revenue", "active_customers", "retention", "ltv_cac", "at_risk_revenue"}. change is
/// relative ((value − previous) / |previous|); unknown numbers are null.
QJsonObject headlineToJson(const Headline &headline);

/// The headline figures in JSON key order, for reports that print them as a list.
QList<std::pair<QString, const Figure *>> headlineFigures(const Headline &headline);

/// A finite number, or null (JSON has no NaN or infinity).
QJsonValue jsonNumber(double value);

} // namespace lodestar
