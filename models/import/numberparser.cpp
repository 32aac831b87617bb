#include "numberparser.h"

#include <array>
#include <charconv>
#include <cstring>

namespace lodestar {

namespace {

struct Symbol
{
    const char *text;
    const char *code;
};

// UTF-8 currency symbols and their ISO codes; "$" is taken as USD, the most common meaning.
constexpr std::array<Symbol, 6> kSymbols{{
    {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA3", "GBP"}, {"\xC2\xA5", "JPY"}, {"$", "USD"}, {"\xE2\x82\xB9", "INR"}, {"CHF", "CHF"},
}};

bool isAsciiUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

std::string_view trimSpaces(std::string_view text)
{
    for (;;) {
        if (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
            text.remove_prefix(1);
        else if (text.size() >= 2 && text.substr(0, 2) == "\xC2\xA0")
            text.remove_prefix(2);
        else if (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
            text.remove_suffix(1);
        else if (text.size() >= 2 && text.substr(text.size() - 2) == "\xC2\xA0")
            text.remove_suffix(2);
        else
            return text;
    }
}

// Removes one currency symbol or three-letter code at either end, remembering its code.
std::string_view stripCurrency(std::string_view text, QString &currency)
{
    for (const Symbol &symbol : kSymbols) {
        const std::string_view s(symbol.text);
        if (text.starts_with(s) || text.ends_with(s)) {
            currency = QString::fromLatin1(symbol.code);
            text = text.starts_with(s) ? text.substr(s.size()) : text.substr(0, text.size() - s.size());
            return trimSpaces(text);
        }
    }
    if (text.size() > 3 && isAsciiUpper(text[0]) && isAsciiUpper(text[1]) && isAsciiUpper(text[2])) {
        currency = QString::fromLatin1(text.data(), 3);
        return trimSpaces(text.substr(3));
    }
    const std::size_t n = text.size();
    if (n > 3 && isAsciiUpper(text[n - 1]) && isAsciiUpper(text[n - 2]) && isAsciiUpper(text[n - 3])) {
        currency = QString::fromLatin1(text.data() + n - 3, 3);
        return trimSpaces(text.substr(0, n - 3));
    }
    return text;
}

// Copies the digits into buffer with '.' as the only decimal mark; false if anything else is left.
bool normaliseDigits(std::string_view text, char *buffer, std::size_t &length)
{
    const std::size_t lastDot = text.rfind('.');
    const std::size_t lastComma = text.rfind(',');
    char decimal = '.';
    if (lastDot != std::string_view::npos && lastComma != std::string_view::npos) {
        decimal = lastDot > lastComma ? '.' : ',';
    } else if (lastComma != std::string_view::npos) {
        const bool single = text.find(',') == lastComma;
        const bool threeAfter = text.size() - lastComma - 1 == 3;
        decimal = single && !threeAfter ? ',' : '\0';
    } else if (lastDot != std::string_view::npos && text.find('.') != lastDot) {
        decimal = '\0'; // "1.234.567": dots as thousands separators
    }
    length = 0;
    bool sawDecimal = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            buffer[length++] = c;
        } else if (c == decimal && !sawDecimal) {
            buffer[length++] = '.';
            sawDecimal = true;
        } else if (c == ',' || c == '.' || c == ' ' || c == '\'') {
            continue; // thousands separators
        } else if (text.substr(i, 2) == "\xC2\xA0") {
            ++i;
        } else {
            return false;
        }
        if (length >= 60)
            return false;
    }
    return length > 0;
}

} // namespace

std::optional<ParsedNumber> parseNumber(std::string_view text)
{
    ParsedNumber result;
    text = trimSpaces(text);
    bool negative = false;
    if (text.size() > 2 && text.front() == '(' && text.back() == ')') {
        negative = true;
        text = trimSpaces(text.substr(1, text.size() - 2));
    }
    text = stripCurrency(text, result.currency);
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        negative = negative || text.front() == '-';
        text = trimSpaces(text.substr(1));
    } else if (!text.empty() && text.back() == '-') {
        negative = true;
        text = trimSpaces(text.substr(0, text.size() - 1));
    }
    if (result.currency.isEmpty())
        text = stripCurrency(text, result.currency); // "-$12.00"
    char buffer[64];
    std::size_t length = 0;
    if (!normaliseDigits(text, buffer, length))
        return std::nullopt;
    const auto [end, error] = std::from_chars(buffer, buffer + length, result.value);
    if (error != std::errc() || end != buffer + length)
        return std::nullopt;
    if (negative)
        result.value = -result.value;
    return result;
}

} // namespace lodestar
