#include "rowparser.h"

#include "numberparser.h"
#include "textencoding.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringDecoder>

#include <charconv>
#include <cmath>
#include <cstring>

namespace lodestar {

namespace {

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

bool isAscii(std::string_view text)
{
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

bool isValidUtf8(std::string_view text)
{
    if (isAscii(text))
        return true;
    Utf8Validator validator;
    validator.add(text);
    return validator.valid();
}

// Copies into the row's buffer, which keeps its capacity from row to row (no allocation per field).
void assign(QByteArray &target, std::string_view value)
{
    target.resize(qsizetype(value.size()));
    if (!value.empty())
        std::memcpy(target.data(), value.data(), value.size());
}

// The plain shape most exports use, "-?digits[.digits]", read directly; anything else (currency,
// separators, brackets) goes to parseNumber. Both read plain numbers the same way.
std::optional<double> plainNumber(std::string_view text)
{
    if (text.empty() || text.size() >= 60)
        return std::nullopt;
    std::size_t i = text.front() == '-' ? 1 : 0;
    const std::size_t digitsStart = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9')
        ++i;
    if (i == digitsStart)
        return std::nullopt;
    if (i < text.size() && text[i] == '.') {
        const std::size_t fractionStart = ++i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9')
            ++i;
        if (i == fractionStart)
            return std::nullopt;
    }
    if (i != text.size())
        return std::nullopt;
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

} // namespace

RowParser::RowParser(const ColumnMapping &mapping, DayMonthOrder order, DateRules rules)
    : m_mapping(mapping), m_dates(order, rules.twoDigitYears), m_order(order), m_rules(rules)
{
}

bool RowParser::checkDateRange(const CsvRecord &record, int column, EpochSeconds at, RejectedRow &reject) const
{
    if (at >= m_rules.earliest && at < m_rules.latest)
        return true;
    const auto day = [](EpochSeconds seconds) { return QDate(1970, 1, 1).addDays(epochDay(seconds)).toString(Qt::ISODate); };
    if (at < m_rules.earliest)
        return fail(record, column, QCoreApplication::translate("import", "date before %1 (the earliest accepted; see --min-date)")
                                        .arg(day(m_rules.earliest)), reject);
    return fail(record, column, QCoreApplication::translate("import", "date after %1 (the latest accepted; see --max-date)")
                                    .arg(day(m_rules.latest - 1)), reject);
}

bool RowParser::fail(const CsvRecord &record, int column, const QString &reason, RejectedRow &reject) const
{
    reject.line = record.line();
    reject.column = column >= 0 ? m_mapping.columnName(column) : QString();
    reject.value = column >= 0 && column < record.size() ? record.text(column) : QString();
    reject.reason = reason;
    return false;
}

bool RowParser::checkWidth(const CsvRecord &record, RejectedRow &reject) const
{
    if (record.problem() != CsvRecord::Problem::None)
        return fail(record, -1, record.problemText(), reject);
    if (record.size() == m_mapping.columnCount())
        return true;
    return fail(record, -1, QCoreApplication::translate("import", "expected %1 columns, found %2").arg(m_mapping.columnCount()).arg(record.size()), reject);
}

bool RowParser::readCustomer(const CsvRecord &record, QByteArray &customer, RejectedRow &reject) const
{
    const int column = m_mapping.column(ImportField::CustomerId);
    const std::string_view value = trimmed(record.field(column));
    if (value.empty())
        return fail(record, column, QCoreApplication::translate("import", "missing customer id"), reject);
    // The store keeps ids as text: two ids that differ only in bytes that are not UTF-8 would both
    // become U+FFFD there and collide (a Latin-1 export with "Müller" and "Möller" failed the import).
    if (!isValidUtf8(value))
        return fail(record, column, QCoreApplication::translate("import", "customer id is not UTF-8 text (save the file as UTF-8)"), reject);
    assign(customer, value);
    return true;
}

bool RowParser::readDate(const CsvRecord &record, ImportField field, bool required, std::optional<EpochSeconds> &at,
                         RejectedRow &reject) const
{
    at.reset();
    const int column = m_mapping.column(field);
    if (column < 0)
        return true;
    const std::string_view value = trimmed(record.field(column));
    if (value.empty())
        return required ? fail(record, column, QCoreApplication::translate("import", "missing date"), reject) : true;
    at = m_dates.parse(value);
    if (!at && !m_rules.twoDigitYears && hasTwoDigitYear(value))
        return fail(record, column, QCoreApplication::translate("import", "two-digit year is ambiguous (give the date format, e.g. --date-format d/M/yyyy)"), reject);
    if (!at)
        return fail(record, column, QCoreApplication::translate("import", "unparseable date"), reject);
    return checkDateRange(record, column, *at, reject);
}

bool RowParser::readNumber(const CsvRecord &record, ImportField field, bool required, double &value, QString *currency,
                           RejectedRow &reject) const
{
    value = kUnknown;
    const int column = m_mapping.column(field);
    if (column < 0)
        return true;
    const std::string_view text = trimmed(record.field(column));
    if (text.empty())
        return required ? fail(record, column, QCoreApplication::translate("import", "missing number"), reject) : true;
    if (const auto plain = plainNumber(text); plain && std::isfinite(*plain)) {
        value = *plain;
        return true;
    }
    const auto number = parseNumber(text);
    if (!number || !std::isfinite(number->value))
        return fail(record, column, QCoreApplication::translate("import", "unparseable number"), reject);
    value = number->value;
    if (currency && currency->isEmpty())
        *currency = number->currency;
    return true;
}

QString RowParser::readText(const CsvRecord &record, ImportField field) const
{
    const int column = m_mapping.column(field);
    return column < 0 ? QString() : record.text(column);
}

bool RowParser::parse(const CsvRecord &record, TransactionRow &row, RejectedRow &reject) const
{
    std::optional<EpochSeconds> at;
    if (!checkWidth(record, reject))
        return false;
    row.currency = readText(record, ImportField::Currency);
    if (!readCustomer(record, row.customer, reject)
        || !readDate(record, ImportField::Date, true, at, reject)
        || !readNumber(record, ImportField::Amount, true, row.amount, &row.currency, reject)
        || !readNumber(record, ImportField::Quantity, false, row.quantity, nullptr, reject)
        || !readNumber(record, ImportField::Discount, false, row.discount, nullptr, reject)
        || !readNumber(record, ImportField::Cost, false, row.cost, nullptr, reject))
        return false;
    row.occurredAt = *at;
    const int orderColumn = m_mapping.column(ImportField::OrderId);
    const std::string_view order = orderColumn < 0 ? std::string_view() : trimmed(record.field(orderColumn));
    // The store keeps order ids as text: bytes that are not UTF-8 become U+FFFD, as QString would make them.
    if (isValidUtf8(order))
        assign(row.orderId, order);
    else
        row.orderId = QString::fromUtf8(order.data(), qsizetype(order.size())).toUtf8();
    return true;
}

bool RowParser::parse(const CsvRecord &record, CustomerRow &row, RejectedRow &reject) const
{
    if (!checkWidth(record, reject) || !readCustomer(record, row.customer, reject)
        || !readDate(record, ImportField::SignupDate, false, row.signupAt, reject)
        || !readNumber(record, ImportField::AcquisitionCost, false, row.acquisitionCost, nullptr, reject))
        return false;
    if (row.acquisitionCost < 0.0)
        return fail(record, m_mapping.column(ImportField::AcquisitionCost),
                    QCoreApplication::translate("import", "negative acquisition cost"), reject);
    row.channel = readText(record, ImportField::Channel);
    row.region = readText(record, ImportField::Region);
    row.plan = readText(record, ImportField::Plan);
    row.attributes = QJsonObject();
    for (int column : m_mapping.unmappedColumns()) {
        const QString value = record.text(column);
        if (!value.isEmpty())
            row.attributes.insert(m_mapping.columnName(column), value);
    }
    return true;
}

bool RowParser::parse(const CsvRecord &record, MarketingSpendRow &row, RejectedRow &reject) const
{
    if (!checkWidth(record, reject))
        return false;
    const int monthColumn = m_mapping.column(ImportField::Month);
    const auto month = parseMonth(record.field(monthColumn), m_order);
    if (!month)
        return fail(record, monthColumn, QCoreApplication::translate("import", "unparseable month"), reject);
    row.month = *month;
    row.channel = readText(record, ImportField::Channel);
    if (row.channel.isEmpty())
        return fail(record, m_mapping.column(ImportField::Channel), QCoreApplication::translate("import", "missing channel"), reject);
    if (!readNumber(record, ImportField::Amount, true, row.amount, nullptr, reject))
        return false;
    // Refunds make a transaction negative; money spent on marketing cannot be.
    if (row.amount < 0.0)
        return fail(record, m_mapping.column(ImportField::Amount), QCoreApplication::translate("import", "negative marketing spend"), reject);
    return true;
}

bool RowParser::parse(const CsvRecord &record, NpsRow &row, RejectedRow &reject) const
{
    std::optional<EpochSeconds> at;
    double score = 0.0;
    if (!checkWidth(record, reject) || !readCustomer(record, row.customer, reject)
        || !readDate(record, ImportField::Date, true, at, reject)
        || !readNumber(record, ImportField::Score, true, score, nullptr, reject))
        return false;
    const int scoreColumn = m_mapping.column(ImportField::Score);
    if (score < 0.0 || score > 10.0 || score != std::floor(score))
        return fail(record, scoreColumn, QCoreApplication::translate("import", "score out of range (0 to 10)"), reject);
    row.occurredAt = *at;
    row.score = int(score);
    return true;
}

} // namespace lodestar
