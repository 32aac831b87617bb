#pragma once

#include "csvformat.h"
#include "delimitedparser.h"
#include "textencoding.h"
#include "models/result.h"

#include <QFile>
#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lodestar {

/// One record of a delimited file: its fields as raw bytes and the line it starts on.
/// Fields live in one buffer that is reused from record to record, to keep parsing allocation-free.
class CsvRecord
{
public:
    /// Why the reader could not read a record as written; a broken record is rejected, not imported.
    enum class Problem { None, UnclosedQuote, TextAfterQuote };

    qint64 line() const { return m_line; }
    int size() const { return static_cast<int>(m_ends.size()); }
    std::string_view field(int index) const;
    /// The field decoded from UTF-8, without surrounding spaces.
    QString text(int index) const;
    bool isBlank() const;

    Problem problem() const { return m_problem; }
    /// Where the problem is: the line of the quote, the 1-based column of the field.
    qint64 problemLine() const { return m_problemLine; }
    int problemColumn() const { return m_problemColumn; }
    /// The problem as one located sentence for a rejected row.
    QString problemText() const;

    void clear();
    void append(const char *data, std::size_t length);
    /// Adds bytes to the field being read; closeField() ends it.
    void extendField(const char *data, std::size_t length) { m_data.append(data, length); }
    void closeField() { m_ends.push_back(m_data.size()); }
    void markBroken(Problem problem, qint64 line, int column);
    void setLine(qint64 line) { m_line = line; }
    std::size_t byteSize() const { return m_data.size(); }

private:
    std::string m_data;
    std::vector<std::size_t> m_ends;
    qint64 m_line = 0;
    Problem m_problem = Problem::None;
    qint64 m_problemLine = 0;
    int m_problemColumn = 0;
};

/// Streams the records of a text file: UTF-8 with or without BOM, RFC 4180 quoting
/// or whitespace-separated columns. Reads in chunks, so memory stays flat in the file size.
/// A quote that never closes breaks one record, not the rest of the file: when a quoted field runs
/// into a line that reads as a complete record of the file's width, the open record is given up
/// (returned broken) and reading goes on from that line.
class CsvReader
{
public:
    CsvReader();
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    /// Opens the file; with no format given, detects it from the first lines, with no encoding
    /// given, from the whole file (see detectFileEncoding). Records come out as UTF-8.
    Status open(const QString &path, std::optional<CsvFormat> format = std::nullopt,
                std::optional<TextEncoding> encoding = std::nullopt);
    /// Reads the next non-blank record; false at the end of the file or after an error (see status()).
    bool next(CsvRecord &record);

    const Status &status() const { return m_status; }
    CsvFormat format() const { return m_format; }
    TextEncoding encoding() const { return m_encoding; }
    qint64 position() const;
    qint64 size() const { return m_file.size(); }

private:
    bool readLine(std::string_view &line);
    bool readRawLine(std::string_view &line);
    void feedDelimited(std::string_view line);
    void splitWhitespace(std::string_view line);
    void finishDelimited();
    bool startsRecord(std::string_view line);
    bool takeReady(CsvRecord &record);
    void recordDone();

    QFile m_file;
    QString m_path;
    CsvFormat m_format;
    TextEncoding m_encoding = TextEncoding::Utf8;
    std::string m_transcoded;
    Status m_status;
    std::optional<DelimitedParser> m_parser;
    std::optional<DelimitedParser> m_probe;
    CsvRecord m_probeRecord;
    int m_width = 0;
    QByteArray m_buffer;
    qsizetype m_bufferPos = 0;
    bool m_eof = false;
    bool m_finished = false;
    char m_lineEnd = '\n';
    qint64 m_lineNumber = 0;
    qint64 m_recordStartLine = 0;
    CsvRecord m_building;
    std::vector<CsvRecord> m_ready;
    std::size_t m_readyCount = 0;
    std::size_t m_readyIndex = 0;
};

} // namespace lodestar
