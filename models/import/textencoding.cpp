#include "textencoding.h"

#include <QFile>

#include <cstring>

namespace lodestar {

namespace {

// Windows-1252 bytes 0x80-0x9F (WHATWG encoding standard); the five it leaves undefined keep the
// C1 control of the same number, as browsers do, so that every byte still has a character.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

void appendCodePoint(char16_t code, std::string &utf8)
{
    if (code < 0x800) {
        utf8 += char(0xC0 | (code >> 6));
        utf8 += char(0x80 | (code & 0x3F));
    } else {
        utf8 += char(0xE0 | (code >> 12));
        utf8 += char(0x80 | ((code >> 6) & 0x3F));
        utf8 += char(0x80 | (code & 0x3F));
    }
}

} // namespace

std::optional<TextEncoding> encodingFromName(const QString &name)
{
    const QString key = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (key == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (key == QLatin1String("windows1252") || key == QLatin1String("cp1252"))
        return TextEncoding::Windows1252;
    if (key == QLatin1String("latin1") || key == QLatin1String("iso88591"))
        return TextEncoding::Latin1;
    return std::nullopt;
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("utf-8");
    case TextEncoding::Windows1252: return QStringLiteral("windows-1252");
    case TextEncoding::Latin1: return QStringLiteral("latin-1");
    }
    return {};
}

// RFC 3629, section 4: the first continuation byte's range depends on the lead byte.
void Utf8Validator::add(std::string_view bytes)
{
    for (std::size_t i = 0; i < bytes.size() && !m_invalid; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (m_pending > 0) {
            if (c < m_lowest || c > m_highest) {
                m_invalid = true;
                break;
            }
            m_lowest = 0x80, m_highest = 0xBF;
            --m_pending;
            continue;
        }
        if (c < 0x80)
            continue;
        if (c >= 0xC2 && c <= 0xDF) {
            m_pending = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            m_pending = 2;
            m_lowest = c == 0xE0 ? 0xA0 : 0x80;
            m_highest = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            m_pending = 3;
            m_lowest = c == 0xF0 ? 0x90 : 0x80;
            m_highest = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            m_invalid = true;
        }
    }
}

std::optional<TextEncoding> detectFileEncoding(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    Utf8Validator validator;
    QByteArray chunk;
    while (!validator.failed()) {
        chunk = file.read(1 << 18);
        if (chunk.isEmpty())
            break;
        validator.add(std::string_view(chunk.constData(), std::size_t(chunk.size())));
    }
    if (file.error() != QFileDevice::NoError)
        return std::nullopt;
    return validator.valid() ? TextEncoding::Utf8 : TextEncoding::Windows1252;
}

void appendAsUtf8(std::string_view text, TextEncoding encoding, std::string &utf8)
{
    for (char byte : text) {
        const auto c = static_cast<unsigned char>(byte);
        if (c < 0x80)
            utf8 += byte;
        else if (encoding == TextEncoding::Windows1252 && c < 0xA0)
            appendCodePoint(kWindows1252High[c - 0x80], utf8);
        else
            appendCodePoint(char16_t(c), utf8);
    }
}

} // namespace lodestar
