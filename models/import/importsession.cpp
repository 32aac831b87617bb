#include "importsession.h"

#include "transactionreadahead.h"

#include <QCoreApplication>

namespace lodestar {

namespace {

// Often enough for a smooth progress bar and a prompt cancel, rarely enough to cost nothing.
constexpr qint64 kProgressEveryRows = 4096;
// How many rows ahead the customer lookup is prefetched: enough to cover a memory access.
constexpr std::size_t kPrefetchRows = 8;
// Below this, rebuilding the indexes would cost more than keeping them.
constexpr qint64 kDeferIndexesFromBytes = 4 << 20;

} // namespace

ImportSession::ImportSession(QSqlDatabase db, ImportRepository &repository, RowParser parser, ImportReport &report)
    : m_repository(repository), m_db(db), m_customers(db), m_writer(db, repository.importId()),
      m_orders(db, repository.importId()), m_parser(std::move(parser)),
      m_report(report)
{
}

Status ImportSession::prepare(qint64 fileSize)
{
    if (Status status = m_customers.load(); !status)
        return status;
    if (Status status = m_writer.prepare(); !status)
        return status;
    if (Status status = m_orders.prepare(); !status)
        return status;
    if (m_report.kind == ImportKind::Transactions && fileSize >= kDeferIndexesFromBytes && !m_orders.storeHasOrderIds())
        return m_indexes.drop(m_db, QStringLiteral("transactions"));
    return {};
}

Status ImportSession::run(CsvReader &reader, CsvRecord &first, ImportProgress *progress, bool &cancelled)
{
    cancelled = false;
    if (progress)
        progress->start(reader.size());
    const Status read = m_report.kind == ImportKind::Transactions ? readTransactions(reader, first, progress, cancelled)
                                                                  : readRecords(reader, first, progress, cancelled);
    if (!read)
        return read;
    if (!reader.status())
        return reader.status();
    if (Status status = m_customers.flush(); !status)
        return status;
    if (Status status = m_writer.flush(); !status)
        return status;
    if (Status status = m_indexes.recreate(); !status)
        return status;
    if (progress) {
        progress->update(reader.size());
        progress->end();
    }
    m_report.customersCreated = m_customers.createdCount();
    return {};
}

Error ImportSession::cancel(bool &cancelled)
{
    cancelled = true;
    return Error{QCoreApplication::translate("import", "The import was cancelled; nothing was changed."), {}};
}

Status ImportSession::readTransactions(CsvReader &reader, CsvRecord &first, ImportProgress *progress, bool &cancelled)
{
    // Parsing runs a few batches ahead on a second thread; this one, which owns the connection, stores.
    TransactionReadAhead readAhead(reader, m_parser, first);
    while (const ParsedBatch *batch = readAhead.next()) {
        for (std::size_t i = 0; i < batch->size; ++i) {
            if (i + kPrefetchRows < batch->size)
                m_customers.prefetch(batch->records[i + kPrefetchRows].row.customer);
            ++m_report.counts.rowsRead;
            if (Status status = transaction(batch->records[i]); !status)
                return status;
        }
        if (progress && !progress->update(batch->position))
            return cancel(cancelled);
    }
    return {};
}

Status ImportSession::readRecords(CsvReader &reader, CsvRecord &first, ImportProgress *progress, bool &cancelled)
{
    CsvRecord &record = first;
    bool have = true;
    while (have) {
        ++m_report.counts.rowsRead;
        if (Status status = process(record); !status)
            return status;
        if (progress && m_report.counts.rowsRead % kProgressEveryRows == 0 && !progress->update(reader.position()))
            return cancel(cancelled);
        have = reader.next(record);
    }
    return {};
}

Status ImportSession::process(const CsvRecord &record)
{
    Status status;
    switch (m_report.kind) {
    case ImportKind::Transactions: break;
    case ImportKind::Customers: status = customer(record); break;
    case ImportKind::Spend: status = spend(record); break;
    case ImportKind::Nps: status = nps(record); break;
    }
    return status ? status : Status(atLine(status.error(), record.line()));
}

Status ImportSession::reject(const RejectedRow &row)
{
    ++m_report.counts.rejected;
    if (m_report.rejects.size() < ImportReport::kMaxRejects)
        m_report.rejects << row;
    return m_repository.addReject(row);
}

Status ImportSession::reject(const ParsedTransaction &parsed, const QString &reason)
{
    RejectedRow row;
    row.line = parsed.line;
    row.column = QStringLiteral("order_id");
    row.value = QString::fromUtf8(parsed.row.orderId);
    row.reason = reason;
    if (Status status = reject(row); !status)
        return atLine(status.error(), parsed.line);
    return {};
}

Status ImportSession::transaction(const ParsedTransaction &parsed)
{
    if (!parsed.accepted) {
        if (Status status = reject(parsed.reject); !status)
            return atLine(status.error(), parsed.line);
        return {};
    }
    const auto verdict = m_orders.check(parsed.row, parsed.line, m_reject.reason);
    if (!verdict)
        return atLine(verdict.error(), parsed.line);
    if (*verdict == OrderBook::Verdict::Duplicate) {
        ++m_report.counts.duplicates;
        return {};
    }
    if (*verdict == OrderBook::Verdict::Conflict)
        return reject(parsed, m_reject.reason);
    const auto customer = m_customers.resolve(parsed.row.customer, m_repository.importId());
    if (!customer)
        return atLine(customer.error(), parsed.line);
    ++m_report.counts.imported;
    // Transactions are written in batches, so the writer names the failing line itself.
    return m_writer.addTransaction(*customer, parsed.row, parsed.line);
}

Status ImportSession::customer(const CsvRecord &record)
{
    CustomerRow row;
    if (!m_parser.parse(record, row, m_reject))
        return reject(m_reject);
    ++m_report.counts.imported;
    return m_customers.upsert(row, m_repository.importId());
}

Status ImportSession::spend(const CsvRecord &record)
{
    MarketingSpendRow row;
    if (!m_parser.parse(record, row, m_reject))
        return reject(m_reject);
    ++m_report.counts.imported;
    return m_writer.addSpend(row);
}

Status ImportSession::nps(const CsvRecord &record)
{
    NpsRow row;
    if (!m_parser.parse(record, row, m_reject))
        return reject(m_reject);
    const auto customer = m_customers.resolve(row.customer, m_repository.importId());
    if (!customer)
        return customer.error();
    // The response refers to the customer through a checked key: a new one must be written first.
    if (Status status = m_customers.flush(); !status)
        return status;
    ++m_report.counts.imported;
    return m_writer.addNps(*customer, row);
}

} // namespace lodestar
