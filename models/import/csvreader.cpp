#include "csvreader.h"

#include <QCoreApplication>
#include <csv.h>

#include <cstring>

namespace lodestar {

namespace {

constexpr qint64 kChunkSize = 1 << 18;
constexpr qint64 kSampleSize = 1 << 16;
// A quote that never closes would otherwise swallow the rest of the file into one field.
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

int isSpaceOnly(unsigned char c)
{
    return c == CSV_SPACE ? 1 : 0;
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
}

void CsvRecord::append(const char *data, std::size_t length)
{
    m_data.append(data, length);
    m_ends.push_back(m_data.size());
}

CsvReader::CsvReader() = default;

CsvReader::~CsvReader()
{
    if (m_parser)
        csv_free(m_parser.get());
}

Status CsvReader::open(const QString &path, std::optional<CsvFormat> format)
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
    if (head.startsWith("\xEF\xBB\xBF"))
        m_file.read(3);
    m_format = format ? *format : detectFormat(head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head);
    // Old Mac exports end lines with a lone CR: split lines there, or every record would start on line 1.
    m_lineEnd = head.contains('\r') && !head.contains('\n') ? '\r' : '\n';
    if (m_format.split == CsvFormat::Split::Delimited) {
        m_parser = std::make_unique<csv_parser>();
        if (csv_init(m_parser.get(), 0) != 0)
            return m_status = Error{QCoreApplication::translate("import", "Cannot start the CSV parser."), {}};
        // libcsv grows its field buffer by 128 bytes at a time; a 16 MB field would take 130,000
        // reallocations (minutes under AddressSanitizer, whose realloc always copies).
        csv_set_blk_size(m_parser.get(), 1 << 16);
        csv_set_delim(m_parser.get(), static_cast<unsigned char>(m_format.delimiter));
        if (m_format.delimiter == '\t')
            csv_set_space_func(m_parser.get(), isSpaceOnly);
    }
    return m_status = {};
}

qint64 CsvReader::position() const
{
    return m_file.pos() - (m_buffer.size() - m_bufferPos);
}

bool CsvReader::readLine(std::string_view &line)
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
        if (!record.isBlank())
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
    onRecordEnd(0, this);
}

void CsvReader::feedDelimited(std::string_view line)
{
    // A record starts on the first non-blank line after the previous one ended (libcsv skips blank lines).
    if (m_awaitingRecord && !isBlankLine(line)) {
        m_recordStartLine = m_lineNumber;
        m_awaitingRecord = false;
    }
    if (csv_parse(m_parser.get(), line.data(), line.size(), onField, onRecordEnd, this) != line.size()) {
        m_status = Error{QCoreApplication::translate("import", "Cannot parse %1 at line %2: %3")
                             .arg(m_path).arg(m_lineNumber).arg(QString::fromUtf8(csv_strerror(csv_error(m_parser.get())))), {}};
        return;
    }
    if (csv_get_buffer_size(m_parser.get()) > kMaxRecordBytes)
        m_status = Error{QCoreApplication::translate("import", "%1: the quoted field starting at line %2 never ends.").arg(m_path).arg(m_recordStartLine), {}};
}

void CsvReader::finishDelimited()
{
    csv_fini(m_parser.get(), onField, onRecordEnd, this);
}

void CsvReader::onField(void *data, std::size_t length, void *self)
{
    auto *reader = static_cast<CsvReader *>(self);
    reader->m_building.append(static_cast<const char *>(data), length);
}

void CsvReader::onRecordEnd(int, void *self)
{
    auto *reader = static_cast<CsvReader *>(self);
    if (reader->m_format.split == CsvFormat::Split::Delimited)
        reader->m_building.setLine(reader->m_recordStartLine);
    if (reader->m_readyCount == reader->m_ready.size())
        reader->m_ready.emplace_back();
    std::swap(reader->m_ready[reader->m_readyCount++], reader->m_building);
    reader->m_building.clear();
    reader->m_awaitingRecord = true;
}

} // namespace lodestar
