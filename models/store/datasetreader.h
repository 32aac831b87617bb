#pragma once

#include "models/clv/customersummary.h"
#include "models/engine/dataset.h"
#include "models/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

namespace lodestar {

class Store;

/// Reads the workspace for the engine in one read transaction. With DatasetScope::CustomerSummaries
/// the transactions stay in the database: the customers come with their summary under prefetch (the
/// valuation's first question) and the dataset's aggregates put later questions to the database as
/// SQL (sqlaggregates.h).
Result<Dataset> readDataset(const Store &store, DatasetScope scope = DatasetScope::Everything,
                            const SummaryOptions &prefetch = {});

/// The columns of a customer's record, in the order customerRecordAt() reads them from a query.
inline constexpr char kCustomerRecordColumns[] = "external_id, channel, region, plan, acquisition_cost, signup_at";
/// The record in kCustomerRecordColumns' order, starting at column first of the query's row.
CustomerRecord customerRecordAt(const QSqlQuery &query, int first);
/// "Cannot read the workspace data.", with the failed statement as the detail.
Error workspaceReadError(const QSqlQuery &query);

/// The small tables, marketing spend and NPS responses, into data; positionOf gives a customer row
/// id's index in data.customers, or a negative number for a customer not read (the response is left out).
Status readSpendAndResponses(const QSqlDatabase &db, Dataset &data, const std::function<std::int32_t(qint64)> &positionOf);

} // namespace lodestar
