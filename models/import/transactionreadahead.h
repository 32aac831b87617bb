#pragma once

#include "csvreader.h"
#include "rowparser.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace lodestar {

/// One record of a transactions file as the parse thread left it: a row to store, or why not.
struct ParsedTransaction
{
    bool accepted = false;
    qint64 line = 0;
    TransactionRow row;
    RejectedRow reject;
};

/// Consecutive records of the file; position is where the reader stood after the last of them.
struct ParsedBatch
{
    std::vector<ParsedTransaction> records;
    std::size_t size = 0;
    qint64 position = 0;
};

/// Reads and parses a transactions file on a thread of its own, a few batches ahead of the caller,
/// so reading and parsing run on one core while SQLite works on the other. A fixed set of batches
/// goes round between the two threads (their rows keep their buffers), so memory stays flat in the
/// file size. The reader and the parser belong to the thread until next() has returned nullptr.
class TransactionReadAhead
{
public:
    /// Starts with first, a record already read, and goes on with the rest of reader.
    TransactionReadAhead(CsvReader &reader, const RowParser &parser, CsvRecord &first);
    /// Stops the thread (a cancelled or failed import need not read on) and waits for it.
    ~TransactionReadAhead();
    TransactionReadAhead(const TransactionReadAhead &) = delete;
    TransactionReadAhead &operator=(const TransactionReadAhead &) = delete;

    /// The next batch, valid until the next call; nullptr after the last one (then see the reader's status).
    const ParsedBatch *next();

private:
    void parseAll(CsvRecord record);
    ParsedBatch *takeFreeBatch();
    void publish(ParsedBatch *batch);
    void finish();

    CsvReader &m_reader;
    const RowParser &m_parser;
    std::vector<ParsedBatch> m_batches;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<ParsedBatch *> m_free;
    std::deque<ParsedBatch *> m_ready;
    ParsedBatch *m_current = nullptr;
    bool m_finished = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace lodestar
