#pragma once

// Loads the CDNOW fixtures in tests/data/clv with plain C++ (the models take plain structs).

#include "models/clv/rfmsummary.h"

#include <vector>

namespace lodestar::test {

struct CdnowCustomer
{
    RepeatPurchaseRow row; ///< x, t_x, T in weeks (BTYD full precision)
    double holdout = 0.0;  ///< x.star: repeat transactions in the 39-week holdout
};

/// btyd_cdnowSummary_cbs.csv: the 2,357-customer CDNOW sample.
std::vector<CdnowCustomer> cdnowCustomers();
std::vector<RepeatPurchaseRow> cdnowRows();

/// cdnow_customers_summary_with_transactions.csv as spend rows, in file order, x = 0 included.
std::vector<SpendRow> cdnowSpend();

} // namespace lodestar::test
