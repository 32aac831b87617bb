#include "csvformat.h"

#include <algorithm>
#include <array>
#include <map>
#include <vector>

namespace lodestar {

namespace {

constexpr std::array<char, 4> kCandidates{',', ';', '\t', '|'};
constexpr int kSampleLines = 40;

// Splits the sample into records, honouring quotes so a quoted newline does not end a record.
std::vector<QByteArray> sampleRecords(const QByteArray &sample)
{
    std::vector<QByteArray> records;
    QByteArray current;
    bool quoted = false;
    for (char c : sample) {
        if (c == '"')
            quoted = !quoted;
        if (!quoted && (c == '\n' || c == '\r')) {
            if (!current.trimmed().isEmpty())
                records.push_back(current);
            current.clear();
            if (static_cast<int>(records.size()) >= kSampleLines)
                break;
            continue;
        }
        current += c;
    }
    // The sample may end mid-record; only a complete first record is worth using alone.
    if (records.empty() && !current.trimmed().isEmpty())
        records.push_back(current);
    return records;
}

int countOutsideQuotes(const QByteArray &record, char delimiter)
{
    int count = 0;
    bool quoted = false;
    for (char c : record) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == delimiter)
            ++count;
    }
    return count;
}

int whitespaceFieldCount(const QByteArray &record)
{
    return static_cast<int>(record.simplified().count(' ')) + 1;
}

// The most common value and the share of records that have it.
template <typename CountOf>
std::pair<int, double> modeAndConsistency(const std::vector<QByteArray> &records, CountOf countOf)
{
    std::map<int, int> histogram;
    for (const QByteArray &record : records)
        ++histogram[countOf(record)];
    int mode = 0;
    int modeCount = 0;
    for (const auto &[value, count] : histogram) {
        if (count > modeCount || (count == modeCount && value > mode)) {
            mode = value;
            modeCount = count;
        }
    }
    return {mode, records.empty() ? 0.0 : double(modeCount) / double(records.size())};
}

} // namespace

std::optional<CsvFormat> parseDelimiterOption(const QString &text)
{
    const QString lower = text.toLower();
    if (lower == QLatin1String("whitespace") || lower == QLatin1String("space") || lower == QLatin1String("spaces"))
        return CsvFormat{CsvFormat::Split::Whitespace, ' '};
    if (lower == QLatin1String("tab") || text == QLatin1String("\\t") || text == QLatin1String("\t"))
        return CsvFormat{CsvFormat::Split::Delimited, '\t'};
    if (lower == QLatin1String("comma"))
        return CsvFormat{CsvFormat::Split::Delimited, ','};
    if (lower == QLatin1String("semicolon"))
        return CsvFormat{CsvFormat::Split::Delimited, ';'};
    if (lower == QLatin1String("pipe"))
        return CsvFormat{CsvFormat::Split::Delimited, '|'};
    if (text.size() == 1 && text.at(0).unicode() < 128 && text.at(0) != QLatin1Char('"') && text.at(0) != QLatin1Char('\n'))
        return CsvFormat{CsvFormat::Split::Delimited, text.at(0).toLatin1()};
    return std::nullopt;
}

QString formatName(const CsvFormat &format)
{
    if (format.split == CsvFormat::Split::Whitespace)
        return QStringLiteral("whitespace");
    switch (format.delimiter) {
    case ',': return QStringLiteral("comma");
    case ';': return QStringLiteral("semicolon");
    case '\t': return QStringLiteral("tab");
    case '|': return QStringLiteral("pipe");
    default: return QString(QLatin1Char(format.delimiter));
    }
}

CsvFormat detectFormat(const QByteArray &sample)
{
    const std::vector<QByteArray> records = sampleRecords(sample);
    CsvFormat best;
    double bestConsistency = -1.0;
    int bestMode = 0;
    for (char candidate : kCandidates) {
        const auto countOf = [candidate](const QByteArray &record) { return countOutsideQuotes(record, candidate); };
        // A delimiter is on (nearly) every line; a ragged line must not hide it, so presence decides
        // eligibility and the same count on every line decides between eligible candidates.
        const auto present = std::count_if(records.begin(), records.end(), [&](const QByteArray &r) { return countOf(r) > 0; });
        if (records.empty() || double(present) / double(records.size()) < 0.8)
            continue;
        const auto [mode, consistency] = modeAndConsistency(records, countOf);
        if (consistency > bestConsistency || (consistency == bestConsistency && mode > bestMode)) {
            best = CsvFormat{CsvFormat::Split::Delimited, candidate};
            bestConsistency = consistency;
            bestMode = mode;
        }
    }
    if (bestConsistency >= 0.0)
        return best;
    const auto [fields, consistency] = modeAndConsistency(records, whitespaceFieldCount);
    if (fields >= 2 && consistency >= 0.8)
        return CsvFormat{CsvFormat::Split::Whitespace, ' '};
    return CsvFormat{};
}

} // namespace lodestar
