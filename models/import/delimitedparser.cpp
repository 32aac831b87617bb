#include "delimitedparser.h"

#include "csvreader.h"

#include <cstring>

namespace lodestar {

namespace {

// Where the line's content ends: before its trailing CR/LF.
std::size_t contentEndOf(std::string_view line)
{
    std::size_t end = line.size();
    while (end > 0 && (line[end - 1] == '\n' || line[end - 1] == '\r'))
        --end;
    return end;
}

} // namespace

DelimitedParser::DelimitedParser(char delimiter, bool strict)
    : m_delimiter(delimiter), m_strict(strict)
{
}

// Reads an unquoted field from at; returns where the next field starts (contentEnd when none).
std::size_t DelimitedParser::unquoted(std::string_view line, std::size_t at, std::size_t contentEnd, CsvRecord &record)
{
    const char *begin = line.data() + at;
    const void *found = std::memchr(begin, m_delimiter, contentEnd - at);
    const std::size_t end = found ? std::size_t(static_cast<const char *>(found) - line.data()) : contentEnd;
    std::size_t last = end;
    while (last > at && (isSpace(line[last - 1]) || line[last - 1] == '\r'))
        --last;
    // A quote inside an unquoted field is kept as text (5" screen); a strict reading refuses it.
    if (m_strict && std::memchr(begin, '"', last - at))
        record.markBroken(CsvRecord::Problem::TextAfterQuote, 0, record.size() + 1);
    record.extendField(begin, last - at);
    record.closeField();
    return found ? end + 1 : contentEnd;
}

bool DelimitedParser::feed(std::string_view line, qint64 lineNumber, CsvRecord &record)
{
    const std::size_t contentEnd = contentEndOf(line);
    std::size_t i = 0;
    bool afterDelimiter = false;
    for (;;) {
        switch (m_state) {
        case State::FieldStart:
            while (i < contentEnd && isSpace(line[i]))
                ++i;
            if (i >= contentEnd) {
                if (afterDelimiter) {
                    record.closeField();
                }
                return true;
            }
            afterDelimiter = false;
            if (line[i] == m_delimiter) {
                record.closeField();
                afterDelimiter = true;
                ++i;
            } else if (line[i] == '"') {
                m_state = State::Quoted;
                m_quoteLine = lineNumber;
                m_quoteColumn = record.size() + 1;
                ++i;
            } else {
                const std::size_t next = unquoted(line, i, contentEnd, record);
                afterDelimiter = next < contentEnd || (next == contentEnd && next > 0 && line[next - 1] == m_delimiter);
                i = next;
                if (record.problem() != CsvRecord::Problem::None)
                    return true;
            }
            break;
        case State::Quoted: {
            const void *quote = std::memchr(line.data() + i, '"', line.size() - i);
            if (!quote) {
                // The line break belongs to the field; the record goes on on the next line.
                record.extendField(line.data() + i, line.size() - i);
                return false;
            }
            const auto at = std::size_t(static_cast<const char *>(quote) - line.data());
            record.extendField(line.data() + i, at - i);
            i = at + 1;
            m_state = State::AfterQuote;
            break;
        }
        case State::AfterQuote:
            if (i < line.size() && line[i] == '"') {
                record.extendField("\"", 1);
                ++i;
                m_state = State::Quoted;
                break;
            }
            while (i < contentEnd && isSpace(line[i]))
                ++i;
            m_state = State::FieldStart;
            record.closeField();
            if (i >= contentEnd)
                return true;
            if (line[i] != m_delimiter) {
                // "note"x: the quote did not end the field, and guessing where it does would
                // swallow the lines after it.
                record.markBroken(CsvRecord::Problem::TextAfterQuote, lineNumber, record.size());
                return true;
            }
            afterDelimiter = true;
            ++i;
            break;
        }
    }
}

} // namespace lodestar
