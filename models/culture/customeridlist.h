#pragma once

#include "models/result.h"

#include <QStringList>

namespace lodestar {

/// Reads a list of customer ids for an experiment arm: the first column of each line of a text or
/// CSV file, quotes removed; a first line naming the column (id, customer_id, external_id, customer)
/// is skipped. Shared by `lodestar experiments add` and the experiment dialog.
Result<QStringList> readCustomerIdList(const QString &path);

} // namespace lodestar
