#pragma once

#include "models/engine/dataset.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace lodestar {

/// One parsed row of a transactions file, ready to store. NaN means "not given" (stored as NULL).
struct TransactionRow
{
    QByteArray customer; ///< external id, UTF-8, as in the file
    EpochSeconds occurredAt = 0;
    double amount = 0.0;
    QByteArray orderId;  ///< empty when the file has none
    double quantity = kUnknown;
    double discount = kUnknown;
    double cost = kUnknown;
    QString currency;
};

/// One row of a customers file; empty strings and NaN leave the stored value as it was.
struct CustomerRow
{
    QByteArray customer;
    std::optional<EpochSeconds> signupAt;
    QString channel;
    QString region;
    QString plan;
    double acquisitionCost = kUnknown;
    QJsonObject attributes; ///< the file's other columns
};

struct MarketingSpendRow
{
    QString month; ///< "yyyy-MM"
    QString channel;
    double amount = 0.0;
};

struct NpsRow
{
    QByteArray customer;
    EpochSeconds occurredAt = 0;
    int score = 0;
};

/// Why one line of a file was not imported: where (line, column) and what was there.
struct RejectedRow
{
    qint64 line = 0;
    QString column;
    QString value;
    QString reason;
};

} // namespace lodestar
