#include "csvwriter.h"

#include <cmath>

namespace lodestar {

namespace {

// A number as the program formats it: digits, or a minus sign and digits; nothing around it.
bool isPlainNumber(const QString &value)
{
    const qsizetype digit = value.startsWith(QLatin1Char('-')) ? 1 : 0;
    if (value.size() <= digit || !value.at(digit).isDigit() || value.trimmed() != value)
        return false;
    bool ok = false;
    const double number = value.toDouble(&ok);
    return ok && std::isfinite(number);
}

} // namespace

bool startsFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
        || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

QByteArray csvPlainCell(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    const bool needsQuotes = bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')
        || bytes.startsWith(' ') || bytes.endsWith(' ');
    if (!needsQuotes)
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray csvCell(const QString &value)
{
    return csvPlainCell(startsFormula(value) ? QLatin1Char('\'') + value : value);
}

QByteArray csvLine(const QStringList &cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvCell(cells.at(i));
    }
    return line + "\r\n";
}

QByteArray csvLine(const QStringList &cells, const QList<CsvCellKind> &kinds)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += ',';
        const QString &cell = cells.at(i);
        // Only a cell that starts like a formula needs the (costly) number check: a negative number
        // stays as it is, anything else starting with '-' gets the quote mark.
        const bool plain = !startsFormula(cell)
            || (kinds.value(i, CsvCellKind::Text) == CsvCellKind::Number && isPlainNumber(cell));
        line += plain ? csvPlainCell(cell) : csvCell(cell);
    }
    return line + "\r\n";
}

} // namespace lodestar
