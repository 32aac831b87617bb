#include "csvreader.h"

#include <QCoreApplication>

#include <cstring>

namespace lodestar {

namespace {

constexpr qint64 kChunkSize = 1 << 18;
constexpr qint64 kSampleSize = 1 << 16;
// A quoted field that runs on for this long, past lines that never read as a record of the file's
// width, means the file cannot be read as CSV at all (see CsvReader: the whole file is refused).
constexpr std::size_t kMaxRecordBytes = 16u << 20;

bool isSpaceChar(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isBlankLine(std::string_view line)
{
    for (char c : line) {
        if (!isSpaceChar(c))
            return false;
    }
    return true;
}

// UTF-16 text without a byte-order mark: ASCII characters leave a zero in every other byte.
bool looksLikeUtf16(const QByteArray &head)
{
    const qsizetype pairs = qMin(head.size(), qsizetype(512)) / 2;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenZeros += head.at(2 * i) == '\0' ? 1 : 0;
        oddZeros += head.at(2 * i + 1) == '\0' ? 1 : 0;
    }
    return pairs > 0 && qMax(evenZeros, oddZeros) * 10 >= pairs * 7 && qMin(evenZeros, oddZeros) * 10 < pairs;
}

} // namespace

std::string_view CsvRecord::field(int index) const
{
    const std::size_t begin = index == 0 ? 0 : m_ends[std::size_t(index - 1)];
    return std::string_view(m_data).substr(begin, m_ends[std::size_t(index)] - begin);
}

QString CsvRecord::text(int index) const
{
    const std::string_view value = field(index);
    return QString::fromUtf8(value.data(), qsizetype(value.size())).trimmed();
}

bool CsvRecord::isBlank() const
{
    return isBlankLine(m_data);
}

void CsvRecord::clear()
{
    m_data.clear();
    m_ends.clear();
    m_problem = Problem::None;
}

void CsvRecord::markBroken(Problem problem, qint64 line, int column)
{
    m_problem = problem;
    m_problemLine = line;
    m_problemColumn = column;
}

QString CsvRecord::problemText() const
{
    switch (m_problem) {
    case Problem::None: break;
    case Problem::UnclosedQuote:
        return QCoreApplication::translate("import", "the quote opened on line %1 in column %2 never closes; the row was skipped")
            .arg(m_problemLine).arg(m_problemColumn);
    case Problem::TextAfterQuote:
        return QCoreApplication::translate("import", "text after the closing quote in column %1 on line %2")
            .arg(m_problemColumn).arg(m_problemLine);
    }
    return {};
}

void CsvRecord::append(const char *data, std::size_t length)
{
    m_data.append(data, length);
    m_ends.push_back(m_data.size());
}

CsvReader::CsvReader() = default;

CsvReader::~CsvReader() = default;

Status CsvReader::open(const QString &path, std::optional<CsvFormat> format, std::optional<TextEncoding> encoding)
{
    m_path = path;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return m_status = Error{QCoreApplication::translate("import", "Cannot read %1: %2").arg(path, m_file.errorString()), {}};
    const QByteArray head = m_file.peek(kSampleSize);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF") || looksLikeUtf16(head))
        return m_status = Error{QCoreApplication::translate("import", "%1 is UTF-16 encoded; save it as UTF-8 and import it again.").arg(path), {}};
    if (head.contains('\0'))
        return m_status = Error{QCoreApplication::translate("import", "%1 is not a text file.").arg(path), {}};
    if (!encoding)
        encoding = detectFileEncoding(path);
    m_encoding = encoding.value_or(TextEncoding::Utf8);
    if (head.startsWith("\xEF\xBB\xBF"))
        m_file.read(3);
    m_format = format ? *format : detectFormat(head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head);
    // Old Mac exports end lines with a lone CR: split lines there, or every record would start on line 1.
    m_lineEnd = head.contains('\r') && !head.contains('\n') ? '\r' : '\n';
    if (m_format.split == CsvFormat::Split::Delimited) {
        m_parser.emplace(m_format.delimiter);
        m_probe.emplace(m_format.delimiter, true);
    }
    return m_status = {};
}

qint64 CsvReader::position() const
{
    return m_file.pos() - (m_buffer.size() - m_bufferPos);
}

bool CsvReader::readLine(std::string_view &line)
{
    if (!readRawLine(line))
        return false;
    if (m_encoding == TextEncoding::Utf8)
        return true;
    // Delimiters, quotes and line breaks are ASCII in all three encodings, so lines convert as they come.
    for (char c : line) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            m_transcoded.clear();
            appendAsUtf8(line, m_encoding, m_transcoded);
            line = m_transcoded;
            break;
        }
    }
    return true;
}

bool CsvReader::readRawLine(std::string_view &line)
{
    for (;;) {
        const char *start = m_buffer.constData() + m_bufferPos;
        const qsizetype available = m_buffer.size() - m_bufferPos;
        if (const void *newline = std::memchr(start, m_lineEnd, std::size_t(available))) {
            const auto length = static_cast<qsizetype>(static_cast<const char *>(newline) - start) + 1;
            line = std::string_view(start, std::size_t(length));
            m_bufferPos += length;
            ++m_lineNumber;
            return true;
        }
        if (m_eof) {
            if (available == 0)
                return false;
            line = std::string_view(start, std::size_t(available));
            m_bufferPos = m_buffer.size();
            ++m_lineNumber;
            return true;
        }
        m_buffer.remove(0, m_bufferPos);
        m_bufferPos = 0;
        const QByteArray chunk = m_file.read(kChunkSize);
        if (chunk.isEmpty())
            m_eof = true;
        m_buffer.append(chunk);
    }
}

bool CsvReader::next(CsvRecord &record)
{
    if (!m_status)
        return false;
    for (;;) {
        if (takeReady(record))
            return true;
        if (m_finished)
            return false;
        std::string_view line;
        if (!readLine(line)) {
            if (m_format.split == CsvFormat::Split::Delimited)
                finishDelimited();
            m_finished = true;
            continue;
        }
        if (m_format.split == CsvFormat::Split::Whitespace)
            splitWhitespace(line);
        else
            feedDelimited(line);
        if (!m_status)
            return false;
    }
}

bool CsvReader::takeReady(CsvRecord &record)
{
    while (m_readyIndex < m_readyCount) {
        std::swap(record, m_ready[m_readyIndex++]);
        if (!record.isBlank() || record.problem() != CsvRecord::Problem::None)
            return true;
    }
    m_readyIndex = m_readyCount = 0;
    return false;
}

void CsvReader::splitWhitespace(std::string_view line)
{
    m_building.clear();
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && isSpaceChar(line[i]))
            ++i;
        const std::size_t begin = i;
        while (i < line.size() && !isSpaceChar(line[i]))
            ++i;
        if (i > begin)
            m_building.append(line.data() + begin, i - begin);
    }
    if (m_building.size() == 0)
        return;
    m_building.setLine(m_lineNumber);
    recordDone();
}

void CsvReader::feedDelimited(std::string_view line)
{
    if (!m_parser->inQuotedField()) {
        if (isBlankLine(line))
            return;
        m_recordStartLine = m_lineNumber;
    } else if (startsRecord(line)) {
        // The open quote was a stray one: give its record up and read this line afresh.
        m_building.markBroken(CsvRecord::Problem::UnclosedQuote, m_parser->quoteLine(), m_parser->quoteColumn());
        m_parser->reset();
        recordDone();
        m_recordStartLine = m_lineNumber;
    }
    if (m_parser->feed(line, m_lineNumber, m_building)) {
        if (m_width == 0)
            m_width = m_building.size();
        recordDone();
        return;
    }
    if (m_building.byteSize() > kMaxRecordBytes)
        m_status = Error{QCoreApplication::translate("import", "%1: the quoted field starting at line %2 never ends.").arg(m_path).arg(m_parser->quoteLine()), {}};
}

// Whether a line inside a quoted field reads, on its own and strictly, as a whole record as wide
// as the file's first one. A legitimate continuation holds the closing quote, so it cannot.
bool CsvReader::startsRecord(std::string_view line)
{
    if (m_width <= 1 || isBlankLine(line))
        return false;
    m_probeRecord.clear();
    m_probe->reset();
    return m_probe->feed(line, m_lineNumber, m_probeRecord) && m_probeRecord.problem() == CsvRecord::Problem::None
        && m_probeRecord.size() == m_width;
}

void CsvReader::finishDelimited()
{
    if (!m_parser->inQuotedField())
        return;
    m_building.markBroken(CsvRecord::Problem::UnclosedQuote, m_parser->quoteLine(), m_parser->quoteColumn());
    m_parser->reset();
    recordDone();
}

void CsvReader::recordDone()
{
    if (m_format.split == CsvFormat::Split::Delimited)
        m_building.setLine(m_recordStartLine);
    if (m_readyCount == m_ready.size())
        m_ready.emplace_back();
    std::swap(m_ready[m_readyCount++], m_building);
    m_building.clear();
}

} // namespace lodestar
