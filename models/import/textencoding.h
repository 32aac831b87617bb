#pragma once

#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace lodestar {

/// The character encodings a file to import may be in. Text is stored as UTF-8 whatever the file's.
enum class TextEncoding { Utf8, Windows1252, Latin1 };

/// Parses --encoding: "utf-8"/"utf8", "windows-1252"/"cp1252", "latin-1"/"iso-8859-1"; nullopt if unknown.
std::optional<TextEncoding> encodingFromName(const QString &name);
/// The name shown in reports: "utf-8", "windows-1252", "latin-1".
QString encodingName(TextEncoding encoding);

/// Whether text is well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
/// A sequence cut off at the end counts as valid, so a caller can check a file chunk by chunk.
class Utf8Validator
{
public:
    void add(std::string_view bytes);
    /// After the last chunk: whether everything was UTF-8 and no sequence was left unfinished.
    bool valid() const { return !m_invalid && m_pending == 0; }
    bool failed() const { return m_invalid; }

private:
    int m_pending = 0;        ///< continuation bytes still expected
    unsigned m_lowest = 0x80; ///< bounds of the next continuation byte (rules out overlong forms and surrogates)
    unsigned m_highest = 0xBF;
    bool m_invalid = false;
};

/// The encoding of a whole file: UTF-8 when every byte sequence is UTF-8, otherwise Windows-1252
/// (which reads any byte, and is what spreadsheets on Windows write). nullopt if it cannot be read.
std::optional<TextEncoding> detectFileEncoding(const QString &path);

/// Appends text in the single-byte encoding to utf8 (bytes below 0x80 are copied).
void appendAsUtf8(std::string_view text, TextEncoding encoding, std::string &utf8);

} // namespace lodestar
