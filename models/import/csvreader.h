#pragma once

#include "csvformat.h"
#include "models/result.h"

#include <QFile>
#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct csv_parser;

namespace lodestar {

/// One record of a delimited file: its fields as UTF-8 bytes and the line it starts on.
/// Fields live in one buffer that is reused from record to record, to keep parsing allocation-free.
class CsvRecord
{
public:
    qint64 line() const { return m_line; }
    int size() const { return static_cast<int>(m_ends.size()); }
    std::string_view field(int index) const;
    /// The field decoded from UTF-8, without surrounding spaces.
    QString text(int index) const;
    bool isBlank() const;

    void clear();
    void append(const char *data, std::size_t length);
    void setLine(qint64 line) { m_line = line; }

private:
    std::string m_data;
    std::vector<std::size_t> m_ends;
    qint64 m_line = 0;
};

/// Streams the records of a text file: UTF-8 with or without BOM, RFC 4180 quoting (libcsv)
/// or whitespace-separated columns. Reads in chunks, so memory stays flat in the file size.
class CsvReader
{
public:
    CsvReader();
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    /// Opens the file; with no format given, detects it from the first lines.
    Status open(const QString &path, std::optional<CsvFormat> format = std::nullopt);
    /// Reads the next non-blank record; false at the end of the file or after an error (see status()).
    bool next(CsvRecord &record);

    const Status &status() const { return m_status; }
    CsvFormat format() const { return m_format; }
    qint64 position() const;
    qint64 size() const { return m_file.size(); }

private:
    bool readLine(std::string_view &line);
    void feedDelimited(std::string_view line);
    void splitWhitespace(std::string_view line);
    void finishDelimited();
    bool takeReady(CsvRecord &record);
    static void onField(void *data, std::size_t length, void *self);
    static void onRecordEnd(int terminator, void *self);

    QFile m_file;
    QString m_path;
    CsvFormat m_format;
    Status m_status;
    std::unique_ptr<csv_parser> m_parser;
    QByteArray m_buffer;
    qsizetype m_bufferPos = 0;
    bool m_eof = false;
    bool m_finished = false;
    char m_lineEnd = '\n';
    qint64 m_lineNumber = 0;
    qint64 m_recordStartLine = 0;
    bool m_awaitingRecord = true;
    CsvRecord m_building;
    std::vector<CsvRecord> m_ready;
    std::size_t m_readyCount = 0;
    std::size_t m_readyIndex = 0;
};

} // namespace lodestar
