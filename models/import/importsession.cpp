#include "importsession.h"

namespace lodestar {

namespace {

// Often enough for a smooth progress bar and a prompt cancel, rarely enough to cost nothing.
constexpr qint64 kProgressEveryRows = 4096;
// Below this, rebuilding the indexes would cost more than keeping them.
constexpr qint64 kDeferIndexesFromBytes = 4 << 20;

} // namespace

ImportSession::ImportSession(QSqlDatabase db, ImportRepository &repository, const ColumnMapping &mapping,
                             DayMonthOrder order, ImportReport &report)
    : m_repository(repository), m_db(db), m_customers(db), m_writer(db, repository.importId()), m_parser(mapping, order),
      m_report(report)
{
}

Status ImportSession::prepare(qint64 fileSize)
{
    if (Status status = m_customers.load(); !status)
        return status;
    if (Status status = m_writer.prepare(); !status)
        return status;
    if (m_report.kind == ImportKind::Transactions && fileSize >= kDeferIndexesFromBytes && !m_writer.storeHasOrderIds())
        return m_indexes.drop(m_db, QStringLiteral("transactions"));
    return {};
}

Status ImportSession::run(CsvReader &reader, CsvRecord &first, ImportProgress *progress, bool &cancelled)
{
    cancelled = false;
    if (progress)
        progress->start(reader.size());
    CsvRecord &record = first;
    bool have = true;
    while (have) {
        ++m_report.counts.rowsRead;
        if (Status status = process(record); !status)
            return status;
        if (progress && m_report.counts.rowsRead % kProgressEveryRows == 0 && !progress->update(reader.position())) {
            cancelled = true;
            return Error{QStringLiteral("The import was cancelled; nothing was changed."), {}};
        }
        have = reader.next(record);
    }
    if (!reader.status())
        return reader.status();
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

Status ImportSession::process(const CsvRecord &record)
{
    // Transactions are written in batches, so the writer names the failing line itself.
    if (m_report.kind == ImportKind::Transactions)
        return transaction(record);
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

Status ImportSession::transaction(const CsvRecord &record)
{
    if (!m_parser.parse(record, m_transaction, m_reject)) {
        if (Status status = reject(m_reject); !status)
            return atLine(status.error(), record.line());
        return {};
    }
    const auto stored = m_writer.orderAlreadyStored(m_transaction.orderId);
    if (!stored)
        return atLine(stored.error(), record.line());
    if (*stored) {
        ++m_report.counts.duplicates;
        return {};
    }
    const auto customer = m_customers.resolve(m_transaction.customer, m_repository.importId());
    if (!customer)
        return atLine(customer.error(), record.line());
    ++m_report.counts.imported;
    return m_writer.addTransaction(*customer, m_transaction, record.line());
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
    SpendRow row;
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
    ++m_report.counts.imported;
    return m_writer.addNps(*customer, row);
}

} // namespace lodestar
