#include "importer.h"

#include "csvreader.h"
#include "filehash.h"
#include "importsession.h"
#include "models/store/bulkwritescope.h"
#include "models/store/store.h"
#include "models/store/transactionguard.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace lodestar {

namespace {

// Dates in one file share one order; a thousand rows without d/M or M/d dates means there are none.
constexpr qint64 kDateProbeRows = 1000;

QStringList headerOf(const CsvRecord &record)
{
    QStringList header;
    for (int i = 0; i < record.size(); ++i)
        header << record.text(i);
    return header;
}

DateRules dateRulesOf(const ImportOptions &options)
{
    const QDate earliest = options.earliestDate.value_or(QDate(1900, 1, 1));
    const QDate latest = options.latestDate.value_or(QDate::currentDate().addDays(1));
    DateRules rules;
    rules.twoDigitYears = options.dateFormatGiven || options.dateOrder.has_value();
    rules.earliest = earliest.isValid() ? daysFromCivil(earliest.year(), earliest.month(), earliest.day()) * 86400 : rules.earliest;
    rules.latest = latest.isValid() ? (daysFromCivil(latest.year(), latest.month(), latest.day()) + 1) * 86400 : rules.latest;
    return rules;
}

ImportField dateFieldOf(ImportKind kind)
{
    return kind == ImportKind::Customers ? ImportField::SignupDate
         : kind == ImportKind::Spend     ? ImportField::Month
                                         : ImportField::Date;
}

} // namespace

Importer::Importer(Store &store)
    : m_store(store)
{
}

Error Importer::unusable(const QString &message)
{
    m_failure = ImportFailure::UnusableInput;
    return Error{message, {}};
}

Error Importer::storeFailure(const Error &error)
{
    // A full disk is the user's to fix, like a bad file; anything else the store says is a fault.
    if (error.cause != ErrorCause::DiskFull) {
        m_failure = ImportFailure::StoreFailure;
        return error;
    }
    m_failure = ImportFailure::UnusableInput;
    return Error{QCoreApplication::translate("import", "The disk holding the workspace is full; nothing was imported."),
                 error.message + QStringLiteral(" ") + error.detail, error.cause};
}

Status Importer::checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return unusable(QCoreApplication::translate("import", "%1 does not exist").arg(path));
    if (info.isDir())
        return unusable(QCoreApplication::translate("import", "%1 is a folder, not a file").arg(path));
    if (!info.isReadable())
        return unusable(QCoreApplication::translate("import", "%1 cannot be read").arg(path));
    if (info.size() == 0)
        return unusable(QCoreApplication::translate("import", "%1 is empty").arg(path));
    return {};
}

void Importer::settleDateOrder(const ImportOptions &options, const CsvReader &reader, const ColumnMapping &mapping,
                               ImportReport &report, DayMonthOrder &order)
{
    order = options.dateOrder.value_or(DayMonthOrder::MonthFirst);
    if (options.dateOrder) {
        report.dateOrder = dateOrderName(order);
        return;
    }
    const int column = mapping.column(dateFieldOf(options.kind));
    if (column < 0)
        return;
    // A separate read-only pass over the date column: the order must be known before the first row is stored.
    CsvReader probe;
    if (!probe.open(options.path, reader.format(), reader.encoding()))
        return;
    DayMonthOrderDetector detector;
    CsvRecord record;
    qint64 rows = 0;
    while (probe.next(record) && !detector.decided()) {
        if (rows++ == 0 && options.hasHeader)
            continue;
        if (column < record.size())
            detector.add(record.field(column));
        if (rows > kDateProbeRows && !detector.sawSlashDates())
            break;
    }
    if (!detector.sawSlashDates())
        return;
    const auto detected = detector.result();
    order = detected.value_or(DayMonthOrder::MonthFirst);
    report.dateOrder = dateOrderName(order);
    report.dateOrderDetected = detected.has_value();
    report.dateOrderAmbiguous = !detected.has_value();
}

Result<bool> Importer::findPrior(ImportRepository &repository, const ImportOptions &options, const QString &hash,
                                 ImportReport &report)
{
    const auto prior = repository.findByHash(kindName(options.kind), hash);
    if (!prior)
        return storeFailure(prior.error());
    if (!prior->has_value())
        return false;
    report.alreadyImported = true;
    report.importId = (*prior)->id;
    // Every row read is accounted for again: the rows stored before are duplicates now, the rows
    // rejected before are rejected again.
    report.counts.rowsRead = (*prior)->counts.rowsRead;
    report.counts.duplicates = (*prior)->counts.imported + (*prior)->counts.duplicates;
    report.counts.rejected = (*prior)->counts.rejected;
    return true;
}

Result<ImportReport> Importer::run(const ImportOptions &options)
{
    m_failure = ImportFailure::None;
    ImportReport report;
    report.kind = options.kind;
    report.file = options.path;
    if (Status status = checkFile(options.path); !status)
        return status.error();
    const auto hash = contentHash(options.path);
    if (!hash)
        return unusable(hash.errorString());

    QSqlDatabase db = m_store.database();
    ImportRepository repository(db);
    if (const auto prior = findPrior(repository, options, *hash, report); !prior || *prior)
        return prior ? Result<ImportReport>(report) : Result<ImportReport>(prior.error());

    const auto encoding = options.encoding ? options.encoding : detectFileEncoding(options.path);
    if (!encoding)
        return unusable(QCoreApplication::translate("import", "%1 cannot be read").arg(options.path));
    CsvReader reader;
    if (Status status = reader.open(options.path, options.format, encoding); !status)
        return unusable(status.errorString());
    report.format = formatName(reader.format());
    report.encoding = encodingName(reader.encoding());
    CsvRecord record;
    if (!reader.next(record))
        return unusable(reader.status() ? QCoreApplication::translate("import", "%1 has no rows").arg(options.path) : reader.status().errorString());
    QStringList header;
    if (options.hasHeader) {
        header = headerOf(record);
        if (!reader.next(record))
            return unusable(reader.status() ? QCoreApplication::translate("import", "%1 has a header row but no data rows").arg(options.path)
                                            : reader.status().errorString());
    }
    const auto mapping = ColumnMapping::resolve(options.kind, header, options.hasHeader ? int(header.size()) : record.size(),
                                                options.mapping);
    if (!mapping)
        return unusable(mapping.errorString());
    report.mapping = mapping->toJson();
    DayMonthOrder order = DayMonthOrder::MonthFirst;
    settleDateOrder(options, reader, *mapping, report, order);

    BulkWriteScope bulk(db);
    TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        // Another process holding the write lock longer than the busy timeout, or a read-only file:
        // the user's to sort out, as with a bad file.
        m_failure = ImportFailure::UnusableInput;
        return Error{QCoreApplication::translate("import", "The workspace cannot be written (it may be locked or read-only)."), transaction.beginError()};
    }
    // Another process may have imported the same file while this one waited for the write lock.
    if (const auto prior = findPrior(repository, options, *hash, report); !prior || *prior)
        return prior ? Result<ImportReport>(report) : Result<ImportReport>(prior.error());
    const QString mappingJson = QString::fromUtf8(QJsonDocument(report.mapping).toJson(QJsonDocument::Compact));
    if (Status status = repository.begin(kindName(options.kind), QFileInfo(options.path).fileName(), *hash, mappingJson); !status)
        return storeFailure(status.error());
    report.importId = repository.importId();
    ImportSession session(db, repository, RowParser(*mapping, order, dateRulesOf(options)), report);
    bool cancelled = false;
    Status status = session.prepare(reader.size());
    if (status)
        status = session.run(reader, record, m_progress, cancelled);
    if (status)
        status = repository.finish(report.counts);
    if (status)
        status = transaction.commit();
    if (!status) {
        if (cancelled || !reader.status()) {
            m_failure = cancelled ? ImportFailure::Cancelled : ImportFailure::UnusableInput;
            return status.error();
        }
        return storeFailure(status.error());
    }
    return report;
}

} // namespace lodestar
