#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace lodestar {

/// One CSV cell, RFC 4180 quoted when needed. A cell a spreadsheet would run as a formula
/// (starting with = + - @, tab or CR) gets a leading apostrophe: exported rejects hold raw
/// values from untrusted files (OWASP "CSV injection").
QByteArray csvCell(const QString &value);

/// A CSV line of cells, ending in CRLF as RFC 4180 asks.
QByteArray csvLine(const QStringList &cells);

/// What a cell holds: text from anywhere (guarded against formulas) or a number the program
/// formatted, written as it is so a spreadsheet reads −3.5 as a number.
enum class CsvCellKind { Text, Number };

/// A CSV line whose cells are of the kinds given (missing kinds are Text). A Number cell that
/// is not a plain finite number (digits, optionally after a minus sign) is guarded as text, so no caller can let a formula through.
QByteArray csvLine(const QStringList &cells, const QList<CsvCellKind> &kinds);

/// True when a spreadsheet would evaluate a cell starting like this one (= + - @, tab or CR).
bool startsFormula(const QString &value);

/// A cell for trusted, program-made values (numbers, our own labels): quoted when needed, never altered.
QByteArray csvPlainCell(const QString &value);

} // namespace lodestar
