#pragma once

#include "csvreader.h"
#include "importprogress.h"
#include "importreport.h"
#include "rowparser.h"
#include "models/store/bulkwritescope.h"
#include "models/store/customerdirectory.h"
#include "models/store/importrepository.h"
#include "models/store/orderbook.h"
#include "models/store/rowwriter.h"

#include <QSqlDatabase>

namespace lodestar {

/// The write pass of one import: reads every record, parses it, writes it or records why not.
/// The caller holds the transaction; a failed Status means it must roll back.
struct ParsedTransaction;

class ImportSession
{
public:
    ImportSession(QSqlDatabase db, ImportRepository &repository, RowParser parser, ImportReport &report);

    /// Loads the customers and prepares statements; a large file into a store without order ids
    /// defers the transaction indexes to the end.
    Status prepare(qint64 fileSize);
    /// Processes first (already read) and then the rest of reader; false from progress cancels.
    Status run(CsvReader &reader, CsvRecord &first, ImportProgress *progress, bool &cancelled);

private:
    Status readTransactions(CsvReader &reader, CsvRecord &first, ImportProgress *progress, bool &cancelled);
    Status readRecords(CsvReader &reader, CsvRecord &first, ImportProgress *progress, bool &cancelled);
    static Error cancel(bool &cancelled);
    Status process(const CsvRecord &record);
    Status transaction(const ParsedTransaction &parsed);
    Status customer(const CsvRecord &record);
    Status spend(const CsvRecord &record);
    Status nps(const CsvRecord &record);
    Status reject(const RejectedRow &row);
    Status reject(const ParsedTransaction &parsed, const QString &reason);

    ImportRepository &m_repository;
    QSqlDatabase m_db;
    CustomerDirectory m_customers;
    RowWriter m_writer;
    OrderBook m_orders;
    RowParser m_parser;
    ImportReport &m_report;
    DeferredIndexes m_indexes;
    RejectedRow m_reject;
};

} // namespace lodestar
