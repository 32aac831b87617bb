#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace lodestar {

/// How the fields of a line are separated: one delimiter character (RFC 4180 quoting applies),
/// or runs of spaces and tabs as in the CDNOW files.
struct CsvFormat
{
    enum class Split { Delimited, Whitespace };
    Split split = Split::Delimited;
    char delimiter = ',';

    bool operator==(const CsvFormat &) const = default;
};

/// Parses --delimiter: one character, "tab", "whitespace" (or "space"); nullopt if unusable.
std::optional<CsvFormat> parseDelimiterOption(const QString &text);

/// A user-facing name of a format: "comma", "semicolon", "tab", "pipe", "whitespace".
QString formatName(const CsvFormat &format);

/// Guesses the format from the first lines: the candidate delimiter that appears the same number
/// of times (outside quotes) on most lines wins; otherwise whitespace if that splits consistently.
CsvFormat detectFormat(const QByteArray &sample);

} // namespace lodestar
