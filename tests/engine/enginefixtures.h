#pragma once

#include "models/engine/dataset.h"

#include <QDate>
#include <QString>

#include <vector>

namespace lodestar::test {

/// The CDNOW 1/10 sample (tests/data/engine/cdnowElog.csv) as a Dataset: 2,357 customers,
/// customer i is sample id i + 1.
Dataset cdnowDataset();

/// One row of BTYD's cdnowSummary$cbs.
struct CbsRow
{
    double x;
    double tx;
    double T;
    double xStar;
    double meanValue;
};
std::vector<CbsRow> cdnowCbs();

/// Builds small datasets for hand-checked tests.
class DatasetBuilder
{
public:
    /// Adds a customer and returns its index.
    int customer(const QString &channel = QString(), const QString &plan = QString(), double cac = kUnknown);
    /// Adds a transaction on a date (noon UTC); transactions are sorted in build().
    DatasetBuilder &buy(int customer, const QDate &date, double amount, double cost = kUnknown);
    DatasetBuilder &spend(const QString &month, const QString &channel, double amount);
    Dataset build() const;

private:
    Dataset m_data;
};

EpochSeconds noonOf(const QDate &date);

} // namespace lodestar::test
