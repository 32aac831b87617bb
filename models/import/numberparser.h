#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace lodestar {

/// A parsed money or count value and the currency written beside it, if any ("EUR" for "€").
struct ParsedNumber
{
    double value = 0.0;
    QString currency;
};

/// Reads numbers as exports write them: "1234.5", "1.234,50", "1,234.50", "1 234,50", "$12.00",
/// "12,00 €", "EUR 12", "-3.00", "(3.00)" and "3.00-" (negatives: refunds stay negative).
/// With both '.' and ',' the last one is the decimal mark; a lone ',' followed by exactly three
/// digits is a thousands separator, otherwise a decimal comma; a lone '.' is a decimal point.
std::optional<ParsedNumber> parseNumber(std::string_view text);

} // namespace lodestar
