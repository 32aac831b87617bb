#pragma once

#include <QtGlobal>

#include <string_view>

namespace lodestar {

class CsvRecord;

/// Splits the physical lines of a delimited file into fields, RFC 4180 style: a quoted field may
/// hold delimiters, doubled quotes and line breaks. Lenient where exports are (spaces around
/// fields, a stray quote inside an unquoted field), but a record it cannot read is marked broken
/// on the record (see CsvRecord::problem()) instead of being merged with the lines after it.
class DelimitedParser
{
public:
    explicit DelimitedParser(char delimiter, bool strict = false);

    /// Parses one physical line (with its line break) into record, continuing a quoted field left
    /// open by the previous line; true when the record is complete (possibly broken).
    bool feed(std::string_view line, qint64 lineNumber, CsvRecord &record);
    /// Whether the last line ended inside a quoted field.
    bool inQuotedField() const { return m_state == State::Quoted; }
    /// Forgets a record left open (the caller has given up on it).
    void reset() { m_state = State::FieldStart; }
    /// The line on which the quoted field that is still open began.
    qint64 quoteLine() const { return m_quoteLine; }
    int quoteColumn() const { return m_quoteColumn; }

private:
    enum class State { FieldStart, Quoted, AfterQuote };

    bool isSpace(char c) const { return c == ' ' || (c == '\t' && m_delimiter != '\t'); }
    std::size_t unquoted(std::string_view line, std::size_t at, std::size_t contentEnd, CsvRecord &record);

    char m_delimiter;
    bool m_strict;
    State m_state = State::FieldStart;
    qint64 m_quoteLine = 0;
    int m_quoteColumn = 0;
};

} // namespace lodestar
