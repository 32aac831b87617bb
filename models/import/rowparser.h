#pragma once

#include "columnmapping.h"
#include "csvreader.h"
#include "dateparser.h"
#include "models/store/importrows.h"

#include <limits>

namespace lodestar {

/// Which dates a file may hold: a row outside [earliest, latest) is rejected with the range.
struct DateRules
{
    bool twoDigitYears = true;
    EpochSeconds earliest = std::numeric_limits<EpochSeconds>::min();
    EpochSeconds latest = std::numeric_limits<EpochSeconds>::max(); ///< first second no longer accepted
};

/// Turns one record into a typed row of its kind, or says why it cannot (the RejectedRow).
/// Optional fields that are present but unreadable reject the row rather than being dropped silently.
class RowParser
{
public:
    RowParser(const ColumnMapping &mapping, DayMonthOrder order, DateRules rules = {});

    bool parse(const CsvRecord &record, TransactionRow &row, RejectedRow &reject) const;
    bool parse(const CsvRecord &record, CustomerRow &row, RejectedRow &reject) const;
    bool parse(const CsvRecord &record, MarketingSpendRow &row, RejectedRow &reject) const;
    bool parse(const CsvRecord &record, NpsRow &row, RejectedRow &reject) const;

private:
    bool checkWidth(const CsvRecord &record, RejectedRow &reject) const;
    bool readCustomer(const CsvRecord &record, QByteArray &customer, RejectedRow &reject) const;
    bool readDate(const CsvRecord &record, ImportField field, bool required, std::optional<EpochSeconds> &at,
                  RejectedRow &reject) const;
    bool checkDateRange(const CsvRecord &record, int column, EpochSeconds at, RejectedRow &reject) const;
    bool readNumber(const CsvRecord &record, ImportField field, bool required, double &value, QString *currency,
                    RejectedRow &reject) const;
    QString readText(const CsvRecord &record, ImportField field) const;
    bool fail(const CsvRecord &record, int column, const QString &reason, RejectedRow &reject) const;

    const ColumnMapping &m_mapping;
    DateParser m_dates;
    DayMonthOrder m_order;
    DateRules m_rules;
};

} // namespace lodestar
