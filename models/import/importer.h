#pragma once

#include "importprogress.h"
#include "importreport.h"
#include "models/result.h"

namespace lodestar {

class CsvReader;
class ImportRepository;
class Store;

/// Imports one file into a store in one transaction: a failed, cancelled or interrupted import
/// leaves the store as it was. Bad rows are rejected (and recorded) while good rows go in.
/// Runs on any thread that owns the Store (a worker opens its own).
class Importer
{
public:
    explicit Importer(Store &store);

    /// Optional; not owned. update() returning false cancels the import.
    void setProgress(ImportProgress *progress) { m_progress = progress; }
    Result<ImportReport> run(const ImportOptions &options);
    /// Why the last run() failed.
    ImportFailure failure() const { return m_failure; }

private:
    Error unusable(const QString &message);
    Error storeFailure(const Error &error);
    Status checkFile(const QString &path);
    void settleDateOrder(const ImportOptions &options, const CsvReader &reader, const ColumnMapping &mapping,
                         ImportReport &report, DayMonthOrder &order);
    /// Whether the same content was imported before; if so, report says so.
    Result<bool> findPrior(ImportRepository &repository, const ImportOptions &options, const QString &hash,
                           ImportReport &report);

    Store &m_store;
    ImportProgress *m_progress = nullptr;
    ImportFailure m_failure = ImportFailure::None;
};

} // namespace lodestar
