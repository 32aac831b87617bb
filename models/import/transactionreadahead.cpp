#include "transactionreadahead.h"

#include <utility>

namespace lodestar {

namespace {

// Four batches of 2,048 rows: enough slack that neither thread waits on the other's hiccups, a
// few megabytes at most, and a batch is the step of the progress bar and of a cancel.
constexpr std::size_t kBatches = 4;
constexpr std::size_t kBatchRows = 2048;

} // namespace

TransactionReadAhead::TransactionReadAhead(CsvReader &reader, const RowParser &parser, CsvRecord &first)
    : m_reader(reader), m_parser(parser), m_batches(kBatches)
{
    for (ParsedBatch &batch : m_batches) {
        batch.records.resize(kBatchRows);
        m_free.push_back(&batch);
    }
    CsvRecord record;
    std::swap(record, first);
    m_thread = std::thread([this, record = std::move(record)]() mutable { parseAll(std::move(record)); });
}

TransactionReadAhead::~TransactionReadAhead()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

const ParsedBatch *TransactionReadAhead::next()
{
    std::unique_lock lock(m_mutex);
    if (m_current) {
        m_free.push_back(std::exchange(m_current, nullptr));
        m_changed.notify_all();
    }
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
    if (m_ready.empty())
        return nullptr;
    m_current = m_ready.front();
    m_ready.pop_front();
    return m_current;
}

void TransactionReadAhead::parseAll(CsvRecord record)
{
    bool have = true;
    while (have) {
        ParsedBatch *batch = takeFreeBatch();
        if (!batch)
            break;
        batch->size = 0;
        while (have && batch->size < batch->records.size()) {
            ParsedTransaction &parsed = batch->records[batch->size++];
            parsed.line = record.line();
            parsed.accepted = m_parser.parse(record, parsed.row, parsed.reject);
            have = m_reader.next(record);
        }
        batch->position = m_reader.position();
        publish(batch);
    }
    finish();
}

ParsedBatch *TransactionReadAhead::takeFreeBatch()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_free.empty() || m_stopping; });
    if (m_stopping)
        return nullptr;
    ParsedBatch *batch = m_free.front();
    m_free.pop_front();
    return batch;
}

void TransactionReadAhead::publish(ParsedBatch *batch)
{
    {
        const std::lock_guard lock(m_mutex);
        m_ready.push_back(batch);
    }
    m_changed.notify_all();
}

void TransactionReadAhead::finish()
{
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

} // namespace lodestar
